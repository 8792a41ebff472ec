package news.dispatch.entity.person;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import news.dispatch.entity.language.SlavicInflections;

import static news.dispatch.entity.person.SlavicPersons.CYRILLIC_LANGUAGES;

/**
 * A foreign name's final vowel that a Slavic case ending replaced (George → Georga, Cuomo → Cuomom): the stem left
 * when the ending is read off is no nominative, so the vowel is given back.
 */
final class ForeignFinalVowels {
    private final CrossScriptNames names;
    private final SlavicNameParts nameParts;

    ForeignFinalVowels(CrossScriptNames names, SlavicNameParts nameParts) {
        this.names = names;
        this.nameParts = nameParts;
    }

    /** The vowels a foreign name ends in that a Slavic case ending replaces (George → Georga, Cuomo → Cuomom). */
    private static final List<String> FOREIGN_FINALS = List.of("e", "o");
    /** A stem ending in a consonant before r (Alejandr, Leandr): no native nominative of these languages ends so. */
    private static final Pattern OPEN_CLUSTER = Pattern.compile("(?iu)[^aeiouyáéíóúýěåäöüąęůrh]r$");
    private static final Pattern VOWEL_END = Pattern.compile("(?iu)[aeiouyáéíóúýěåäöüąęů]$");

    /**
     * A foreign name's nominative where the chosen one is a stem the article never writes: the stem takes off the
     * final vowel of a foreign name (Georga, Ala Gora, Alejandra are George's, Al Gore's, Alejandro's genitives), and
     * no ending gives it back. The stem plus that vowel is the name when the article writes it undeclined (a lone
     * "Gore", where the vowel is no case ending of the stem), when the English name tables know it and not the stem
     * ending in a consonant (George, not Georg; Steve), or when a stem of five letters or more ends in a consonant
     * other than h before r and is no known name part (Alejandr: native names put a vowel there, Aleksander,
     * Peter; German Mehr is a nominative). Latin-script languages only: Cyrillic names are spelt from their own tables.
     */
    String restored(String chosen, Set<String> written, String language) {
        if (CYRILLIC_LANGUAGES.contains(language) || written.contains(chosen) || chosen.length() < 2) return chosen;
        for (String vowel : FOREIGN_FINALS) {
            // Not where the vowel is a case ending of the stem (Czech Davise, Marxe: David Davis's, Karl Marx's).
            if (written.contains(chosen + vowel) && !SlavicInflections.nominatives(chosen + vowel, language).contains(chosen)) {
                return chosen + vowel;
            }
        }
        String ascii = CrossScriptNames.ascii(chosen).toLowerCase(Locale.ROOT);
        // A stem ending in a vowel is a nominative of its own (Antoni, Antoniemu: not Antonio).
        if (nameParts.inEnglishTables(ascii) || VOWEL_END.matcher(chosen).find()) return chosen;
        for (String vowel : FOREIGN_FINALS) {
            if (nameParts.inEnglishTables(ascii + vowel)) return chosen + vowel;
        }
        if (chosen.length() >= 5 && OPEN_CLUSTER.matcher(chosen).find() && !names.isNamePart(chosen, language)) return chosen + "o";
        return chosen;
    }
}
