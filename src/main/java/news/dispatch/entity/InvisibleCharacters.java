package news.dispatch.entity;

/**
 * Characters that change no word a reader sees but cut or glue words for a machine: the soft hyphen that scraped
 * news carries ("Pu\u00adtin"), zero-width space and (non-)joiners, word joiner, byte-order mark. The extractor reads
 * the text without them and maps every offset back to the original text, so marks still land on the right letters.
 */
public final class InvisibleCharacters {
    private InvisibleCharacters() {
    }

    public static boolean isInvisible(char c) {
        return c == '\u00AD' || (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF';
    }

    /** The text without invisible characters, and for each of its positions (and its end) the original position. */
    record Stripped(String text, int[] original) {

        /** The original offset of a position in the stripped text (its end maps past the last kept character). */
        int start(int offset) {
            return original[offset];
        }

        int end(int offset) {
            return offset == 0 ? original[0] : original[offset - 1] + 1;
        }
    }

    /** Null when the text has none (the common case costs one scan and no copy). */
    static Stripped strip(String text) {
        int first = -1;
        for (int i = 0; i < text.length() && first < 0; i++) if (isInvisible(text.charAt(i))) first = i;
        if (first < 0) return null;
        StringBuilder b = new StringBuilder(text.length());
        int[] original = new int[text.length() + 1];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isInvisible(c)) continue;
            original[n++] = i;
            b.append(c);
        }
        original[n] = text.length();
        return new Stripped(b.toString(), original);
    }
}
