package news.dispatch.entity.person;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import news.dispatch.entity.person.SlavicWords.Word;

/**
 * A Croatian man's surname with a fleeting a before its last consonant (Primorac, Miljavac, Mravak: Primorca,
 * Miljavcu, Mravkom). Written only in its oblique cases, the vote over case endings ({@link NamePartVote}) gives the
 * bare stem (Primorc, Miljavc, Mravk), which no Croatian nominative is: none ends in a consonant and c, and none in a
 * consonant and k but foreign ones (Mark, Frank, Falk, Musk), so k counts only after a consonant those never put
 * before it. Beside a given name, in a man's oblique case, the nominative is the stem with the a put back; unless the
 * tables list the person by the stem.
 */
final class SurnamesWithFleetingA {
    private SurnamesWithFleetingA() {
    }

    /** A stem ending in a consonant and c, or in a consonant and k that is no foreign name's (Miljavc, Mravk; not Mark, Musk). */
    private static final Pattern STEM = Pattern.compile("([^aeiouy]c|[^aeiouyrnlsšcz]k)$");

    /** The case endings of a man's name in a consonant: genitive and accusative, dative and locative, instrumental. */
    private static final List<String> OBLIQUE = List.of("a", "u", "om", "em");

    /** The surname's nominative with its fleeting a where the rule above holds, else {@code voted}. */
    static String nominative(String voted, String given, List<List<Word>> full, String language, CrossScriptNames names) {
        if (!"hr".equals(language) || voted.length() < 4 || full.isEmpty()) return voted;
        for (List<Word> m : full) {
            String written = m.getLast().text();
            if (m.size() < 2 || !written.startsWith(voted) || !OBLIQUE.contains(written.substring(voted.length()))) return voted;
        }
        String lower = voted.toLowerCase(Locale.ROOT);
        if (!STEM.matcher(lower).find()) return voted;
        if (names.known(names.latin(given, language), names.latin(voted, language)).isPresent()) return voted;
        return voted.substring(0, voted.length() - 1) + "a" + voted.substring(voted.length() - 1);
    }
}
