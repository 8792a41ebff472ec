package news.dispatch.entity.text;

/** Paragraph breaks (a line break, optional blanks, another line break) that the model must not read across. */
public final class Paragraphs {
    private Paragraphs() {
    }

    /** The end of the paragraph starting at {@code from}: the first line break followed by a blank line, or the end. */
    public static int end(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) != '\n') continue;
            int j = i + 1;
            while (j < text.length() && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) j++;
            if (j < text.length() && text.charAt(j) == '\n') return i;
        }
        return text.length();
    }

    /** Where the next paragraph starts after a paragraph ending at {@code end}: past the blank lines. */
    public static int nextStart(String text, int end) {
        int i = end;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }
}
