package news.dispatch.entity.text;

import java.util.regex.Pattern;

/**
 * The pop-up cards of a news page, flattened into its text by a scraper. A site such as The Hill follows a linked
 * person's name with a card holding the person's full legal name and the headlines of other stories about them,
 * closed by "MORE":
 * <pre>
 * … said Robert Mueller Robert (Bob) Swan MuellerSpeier says inquiry shows 'bribery' by Trump Gowdy: I '100 percent' … MORE submits …
 * </pre>
 * Read as prose, the card makes the article mention every person of those other stories, and glues headlines into
 * false names ("Trump Gowdy"). The card is recognised by its shape alone: the visible name's last word, then up to
 * six name words, then that last word again with the first headline glued to it (no space), then "MORE" within a
 * few hundred characters. The extractor reads the card as blanks (same length, so offsets still match the text);
 * the stored article and the search index keep the text as it came.
 */
public final class HoverCards {
    private static final String WORD_CLOSING_A_CARD = " MORE";
    private static final Pattern CARD = Pattern.compile(
            // the visible name's last word: capitalized, with a lower-case letter (so no shouted ALL-CAPS text)
            "\\b(\\p{Lu}[\\p{L}'’-]*\\p{Ll}[\\p{L}'’-]*)\\s+"
                    // the card: the legal name's other words ("Robert (Bob) Swan "), the same last word, a headline
                    // glued to it, the other headlines, then MORE
                    + "((?:[\\p{Lu}(][\\p{L}.'’()-]*\\s+){0,6}\\1(?=[\\p{Lu}\\p{N}'‘’“\"$])[^\\n]{0,600}?\\sMORE)\\b");

    private HoverCards() {
    }

    /** The text with each card's characters (from the legal name to "MORE") replaced by spaces. */
    public static String blank(String text) {
        if (!text.contains(WORD_CLOSING_A_CARD)) return text;
        var matcher = CARD.matcher(text);
        StringBuilder blanked = null;
        while (matcher.find()) {
            if (blanked == null) blanked = new StringBuilder(text);
            for (int i = matcher.start(2); i < matcher.end(2); i++) blanked.setCharAt(i, ' ');
        }
        return blanked == null ? text : blanked.toString();
    }
}
