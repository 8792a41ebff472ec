package news.dispatch.entity.person;

import java.util.List;
import java.util.Locale;

import news.dispatch.entity.person.SlavicWords.Word;

/**
 * A Croatian woman's given name in -a written in its dative or locative -i (Marijani, Damiri: Marijana's, Damira's)
 * before her surname in a consonant. Croatian declines no woman's surname in a consonant (Marijani Puljak, Ane
 * Mandac), so the surname gives no case and the given name in -i after a consonant was kept as written, as foreign and
 * pet names in -i are (Vili, Toni: {@link GivenNameCases#undeclinedInI}). The tables list few Croatian women
 * (Marijana, Damira are in none), so the test is the other way round: where the written form is no given name or
 * name part the tables know, and no short pet name (those in -i have four or five letters: Vili, Toni, Dani), the -i
 * is her case ending and the nominative ends in -a.
 */
final class WomensGivenNamesInTheDative {
    private WomensGivenNamesInTheDative() {
    }

    /** The given name's nominative in -a where the rule above holds, else {@code voted}. */
    static String nominative(String voted, List<List<Word>> full, String language, CrossScriptNames names) {
        if (!"hr".equals(language) || full.isEmpty()) return voted;
        String written = full.getFirst().getFirst().text();
        for (List<Word> m : full) {
            Word given = m.getFirst();
            String surname = m.getLast().text().toLowerCase(Locale.ROOT);
            if (m.size() != 2 || given.initial() || !given.text().equals(written) || surname.length() < 3
                    || !Character.isLetter(surname.charAt(surname.length() - 1)) || vowel(surname.charAt(surname.length() - 1))) {
                return voted;
            }
        }
        String lower = written.toLowerCase(Locale.ROOT);
        if (!voted.equals(written) || lower.length() < 6 || !lower.endsWith("i") || vowel(lower.charAt(lower.length() - 2))) return voted;
        String surname = full.getFirst().getLast().text();
        if (known(written, language, names) || names.known(names.latin(written, language), names.latin(surname, language)).isPresent()) {
            return voted;
        }
        return written.substring(0, written.length() - 1) + "a";
    }

    /** A given name of the tables or a Wikidata name part. */
    private static boolean known(String name, String language, CrossScriptNames names) {
        return names.knownGivenName(names.latin(name, language).toLowerCase(Locale.ROOT)) || names.isNamePart(name, language);
    }

    private static boolean vowel(char c) {
        return "aeiouy".indexOf(Character.toLowerCase(c)) >= 0;
    }
}
