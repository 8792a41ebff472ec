package news.dispatch.corpus;

import java.util.regex.Pattern;

/**
 * Cleanup shared by every format. Bodies keep their whitespace exactly (entity offsets are computed on
 * them) except for line endings, a BOM, blank lines before the first line of text and trailing space;
 * titles are single-line and trimmed.
 */
final class ArticleText {
    static final int TITLE_LENGTH = 120;

    private static final char BOM = '\uFEFF';
    private static final Pattern LEADING_BLANK_LINES = Pattern.compile("\\A([ \\t]*\\n)+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /**
     * Control characters other than tab and line feed, the noncharacters U+FFFE and U+FFFF, unpaired surrogates: no
     * reader sees them, XML cannot carry them (an Atom feed of the article would fail), and Lucene's highlighter takes
     * U+0000 for the end of a value (the title shown would be cut there). Each becomes a space, so no offset moves.
     */
    private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\uFFFE\\uFFFF]"
            // Half a surrogate pair (a JSON escape "\\ud800" alone): no character at all, and no UTF-8 can carry it.
            + "|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+");
    /** A sentence ends at . ! or ? before a space, unless the word is an initial or abbreviation ("U.S.", "Mr."). */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<![\\s.][\\p{L}.]{1,3})[.!?](?=\\s)");

    private ArticleText() {
    }

    /** Strips a BOM and turns {@code \r\n} and lone {@code \r} into {@code \n}. */
    static String normalize(String text) {
        if (text == null) return null;
        String t = !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
        return t.indexOf('\r') < 0 ? t : t.replace("\r\n", "\n").replace('\r', '\n');
    }

    static String body(String raw) {
        if (raw == null) return "";
        return LEADING_BLANK_LINES.matcher(withoutControls(normalize(raw))).replaceFirst("").stripTrailing();
    }

    static String title(String raw) {
        return raw == null ? "" : WHITESPACE.matcher(withoutControls(normalize(raw))).replaceAll(" ").strip();
    }

    private static String withoutControls(String text) {
        return CONTROLS.matcher(text).replaceAll(" ");
    }

    /** Longer bylines are cut: a credit line of a whole desk is no author. */
    static final int AUTHOR_LENGTH = 200;

    /** The author as one line of text, cut past {@value #AUTHOR_LENGTH} characters; null when there is none. */
    static String author(String raw) {
        String line = title(raw);
        if (line.isEmpty()) return null;
        return line.length() <= AUTHOR_LENGTH ? line : line.substring(0, AUTHOR_LENGTH).strip() + "…";
    }

    /**
     * A title for an article that has none: its first line of text (a Markdown heading mark removed), or
     * its first sentence when that line is long, cut at a word boundary with an ellipsis past
     * {@value #TITLE_LENGTH} characters.
     */
    static String titleFromBody(String body) {
        String line = body.lines().filter(l -> l.codePoints().anyMatch(Character::isLetterOrDigit))
                .findFirst().orElse("");
        line = title(MARKDOWN_HEADING.matcher(line.strip()).replaceFirst(""));
        if (line.length() <= TITLE_LENGTH) return line;
        var sentenceEnd = SENTENCE_END.matcher(line);
        if (sentenceEnd.find() && sentenceEnd.end() <= TITLE_LENGTH) return line.substring(0, sentenceEnd.end());
        return cutAtWord(line, TITLE_LENGTH);
    }

    private static String cutAtWord(String text, int max) {
        int cut = text.lastIndexOf(' ', max - 1);
        String head = cut > max / 2 ? text.substring(0, cut) : text.substring(0, max - 1);
        return head.stripTrailing().replaceAll("[\\s,;:.\\-–—]+$", "") + "…";
    }
}
