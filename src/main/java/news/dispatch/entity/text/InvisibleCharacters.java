package news.dispatch.entity.text;

/**
 * Characters that change no word a reader sees but cut or glue words for a machine: the soft hyphen that scraped
 * news carries ("Pu\u00adtin"), zero-width space and joiners, bidi marks and isolates that right-to-left pages and
 * copy-paste leave in Latin names, invisible math operators, the Mongolian vowel separator, tag characters,
 * variation selectors, the combining grapheme joiner, the byte-order mark. The extractor reads the text without
 * them and maps every offset back to the original text, so marks still land on the right letters; the index's
 * analysis leaves them out the same way (index.InvisibleCharFilter), so search sees the words a reader sees.
 *
 * <p>Which characters: Unicode's classes, not a list. Every format character (general category Cf), except the
 * prepended concatenation marks (Arabic number sign and its kin), which are drawn; every variation selector; and
 * the rest of Unicode's default-ignorable code points (combining grapheme joiner, Hangul fillers, which Unicode
 * classes as letters but no font draws, Khmer inherent vowels, the tag and variation selector supplement blocks,
 * the reserved U+2065 and U+FFF0–FFF8). Spaces are not among them: removing a space would glue two words.
 */
public final class InvisibleCharacters {
    private InvisibleCharacters() {
    }

    /** True for a code point a reader does not see and that belongs to no word (see the class comment). */
    public static boolean isInvisible(int codePoint) {
        if (codePoint < 0xAD) return false; // ASCII and Latin-1 controls and letters: the common case, decided at once
        if (Character.getType(codePoint) == Character.FORMAT) return !isPrependedConcatenationMark(codePoint);
        return codePoint == 0x034F                                  // combining grapheme joiner
                || codePoint == 0x115F || codePoint == 0x1160       // Hangul choseong and jungseong fillers
                || codePoint == 0x3164 || codePoint == 0xFFA0       // Hangul filler, halfwidth Hangul filler
                || codePoint == 0x17B4 || codePoint == 0x17B5       // Khmer inherent vowels
                || codePoint == 0x2065                              // reserved among the invisible operators
                || (codePoint >= 0x180B && codePoint <= 0x180F)     // Mongolian variation selectors and vowel separator
                || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)     // variation selectors
                || (codePoint >= 0xFFF0 && codePoint <= 0xFFF8)     // reserved, default ignorable
                || (codePoint >= 0xE0000 && codePoint <= 0xE0FFF);  // tags and variation selectors supplement
    }

    /** Format characters that are drawn: they stand before digits (U+0600 ARABIC NUMBER SIGN and the like). */
    private static boolean isPrependedConcatenationMark(int c) {
        return (c >= 0x0600 && c <= 0x0605) || c == 0x06DD || c == 0x070F || c == 0x0890 || c == 0x0891 || c == 0x08E2
                || c == 0x110BD || c == 0x110CD;
    }

    /** {@code text} without its invisible characters: a name as typed or pasted, compared with names as extracted. */
    public static String visible(String text) {
        if (text == null) return null;
        Stripped stripped = strip(text);
        return stripped == null ? text : stripped.text();
    }

    /** The text without invisible characters, and for each of its positions (and its end) the original position. */
    public record Stripped(String text, int[] original) {

        /** The original offset of a position in the stripped text (its end maps past the last kept character). */
        public int start(int offset) {
            return original[offset];
        }

        public int end(int offset) {
            return offset == 0 ? original[0] : original[offset - 1] + 1;
        }
    }

    /** Null when the text has none (the common case costs one scan and no copy). */
    public static Stripped strip(String text) {
        int first = -1;
        for (int i = 0; i < text.length() && first < 0; i += Character.charCount(text.codePointAt(i))) {
            if (isInvisible(text.codePointAt(i))) first = i;
        }
        if (first < 0) return null;
        StringBuilder b = new StringBuilder(text.length());
        int[] original = new int[text.length() + 1];
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int chars = Character.charCount(c);
            if (!isInvisible(c)) {
                // Each kept UTF-16 unit remembers where it was; a surrogate pair's two units stay side by side.
                for (int k = 0; k < chars; k++) original[n++] = i + k;
                b.appendCodePoint(c);
            }
            i += chars;
        }
        original[n] = text.length();
        return new Stripped(b.toString(), original);
    }
}
