package news.dispatch.measure.eval;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import news.dispatch.entity.GazetteerFile;

/**
 * What a stored country mention is, read from the text around it: a plain mention, a word inside a longer proper
 * name ("Washington" in "Washington Examiner", "Israel" in "Beth Israel", "Jersey" in "New Jersey"), or a place name
 * (a city or region, or a country name that is also something else: Georgia, Jersey). A lead for a reader, not a
 * verdict: the enclosing name is shown so that one can tell a newspaper from a country's own army.
 */
public final class CountryMentionKind {
    /** {@code name}: the enclosing proper name for {@link Kind#IN_NAME}, else the mention's text. */
    public record Reading(Kind kind, String name) {
    }

    public enum Kind { PLAIN, IN_NAME, PLACE }

    /** Capitalized words that start sentences or name roles, not parts of a proper name around a country word. */
    private static final Set<String> NOT_NAME_WORDS = lower(Set.copyOf(
            java.util.stream.Stream.concat(GazetteerFile.words("sentence-openers.txt").stream(),
                    news.dispatch.entity.person.NameOpeners.standard().titles().stream()).toList()));
    /**
     * Words that make a name a country's own body or thing ("U.S. Army", "Bank of Japan", "Russian Embassy"): by
     * the extractor's decision such names count for their country, so they are no flag.
     */
    private static final Set<String> STATE_WORDS = lower(Set.of("Army", "Navy", "Air", "Marines", "Marine", "Coast",
            "Congress", "Senate", "House", "Parliament", "Court", "Supreme", "Government", "Embassy", "Consulate",
            "Ministry", "Department", "Forces", "Force", "Military", "Treasury", "Attorney", "Central", "National",
            "Federal", "Border", "Bank", "Mission", "Command", "Special", "Armed", "State", "States", "Interior",
            "Foreign", "Defense", "Defence", "Olympic", "Open", "Census", "Postal", "Customs", "Secret", "Intelligence",
            "Security", "Constitution", "Chamber", "Agency", "Office", "Party", "Cabinet", "Assembly", "Council",
            "Republic", "Kingdom", "Empire", "Union", "Federation", "Gulf", "Sea", "Ocean", "City", "Province",
            "Region", "Territory", "Capitol", "Airport", "Stock", "Exchange", "Oblast"));

    private CountryMentionKind() {
    }

    private static Set<String> lower(Set<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * @param text             the mention's field (title or body)
     * @param ambiguousCountry the country's own name is also a US state or a common word (countries.tsv notes)
     */
    public static Reading of(String text, int start, int end, String reason, boolean ambiguousCountry, boolean titleField) {
        String surface = text.substring(start, end);
        if (reason.startsWith("dateline")) return new Reading(Kind.PLAIN, surface);
        boolean demonym = reason.startsWith("demonym");
        // A Title Case headline capitalizes every word: no run of capitals tells a name there.
        if (!demonym && !(titleField && titleCase(text))) {
            String name = enclosingName(text, start, end);
            if (!name.equals(surface)) return new Reading(Kind.IN_NAME, name);
        }
        boolean place = reason.startsWith("place ") || reason.contains("read from the article's other places")
                || reason.startsWith("US state") || (ambiguousCountry && reason.equals("gazetteer name"));
        return new Reading(place ? Kind.PLACE : Kind.PLAIN, surface);
    }

    /**
     * The run of capitalized words (joined by single spaces, "of" between two of them) around the mention; the
     * mention itself when a word beside it is a sentence opener, a title, or heads one of its country's own bodies.
     */
    static String enclosingName(String text, int start, int end) {
        int from = start;
        while (true) {
            int[] w = wordBefore(text, from);
            if (w == null) break;
            String word = text.substring(w[0], w[1]);
            if (word.equals("of")) {
                int[] before = wordBefore(text, w[0]);
                if (before == null || !nameWord(text.substring(before[0], before[1]))) break;
                from = before[0];
            } else if (nameWord(word) && !sentenceEndBefore(text, w[0])) {
                from = w[0];
            } else {
                break;
            }
        }
        int to = end;
        boolean first = true;
        while (true) {
            int[] w = wordAfter(text, to);
            if (w == null) break;
            String word = text.substring(w[0], w[1]);
            if (first && from == start && STATE_WORDS.contains(word.toLowerCase(Locale.ROOT))) break;
            if (word.equals("of")) {
                int[] after = wordAfter(text, w[1]);
                if (after == null || !nameWord(text.substring(after[0], after[1]))) break;
                to = after[1];
            } else if (nameWord(word)) {
                to = w[1];
            } else {
                break;
            }
            first = false;
            if (to < text.length() && text.charAt(to) != ' ') break;
        }
        return text.substring(from, to).replaceAll("\\s+", " ");
    }

    private static boolean nameWord(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && word.chars().anyMatch(Character::isLetter)
                && !NOT_NAME_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The word ending right before {@code at} after one space, or null (punctuation, line break, start of text). */
    private static int[] wordBefore(String text, int at) {
        if (at < 2 || text.charAt(at - 1) != ' ') return null;
        int e = at - 1;
        int s = e;
        while (s > 0 && wordChar(text.charAt(s - 1))) s--;
        if (s == e || (s > 0 && !Character.isWhitespace(text.charAt(s - 1)) && text.charAt(s - 1) != '"')) return null;
        return new int[] {s, e};
    }

    /** The word starting right after {@code at} after one space, without trailing punctuation, or null. */
    private static int[] wordAfter(String text, int at) {
        if (at + 1 >= text.length() || text.charAt(at) != ' ') return null;
        int s = at + 1;
        int e = s;
        while (e < text.length() && wordChar(text.charAt(e))) e++;
        if (e == s) return null;
        // "Washington Post's" and "Post," end the word; the name may still end there.
        return new int[] {s, e};
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '\'' || c == '\u2019' || c == '&';
    }

    private static boolean sentenceEndBefore(String text, int wordStart) {
        int i = wordStart - 1;
        while (i >= 0 && text.charAt(i) == ' ') i--;
        return i < 0 || ".!?\n:\"\u201c".indexOf(text.charAt(i)) >= 0;
    }

    /** Most words of four letters or more capitalized: a Title Case headline. */
    static boolean titleCase(String title) {
        int words = 0;
        int capitalized = 0;
        for (String w : title.split("\\s+")) {
            if (w.length() < 4 || !Character.isLetter(w.charAt(0))) continue;
            words++;
            if (Character.isUpperCase(w.charAt(0))) capitalized++;
        }
        return words > 0 && capitalized * 10 >= words * 7;
    }
}
