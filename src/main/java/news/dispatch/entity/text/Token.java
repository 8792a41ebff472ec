package news.dispatch.entity.text;

/** A word, abbreviation ("U.S."), number or punctuation mark of a text, with its UTF-16 span. */
public record Token(String text, int start, int end) {

    public boolean isWord() {
        return Character.isLetter(text.codePointAt(0));
    }

    /** True for words written in capitals only ("RUSSIA"), as in wire headlines. */
    boolean isAllCaps() {
        if (!isWord()) return false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) && Character.isLowerCase(c)) return false;
        }
        return true;
    }
}
