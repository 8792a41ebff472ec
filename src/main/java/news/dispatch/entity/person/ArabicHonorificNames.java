package news.dispatch.entity.person;

import java.util.Locale;
import java.util.Set;

import news.dispatch.entity.GazetteerFile;
import news.dispatch.entity.language.SlavicInflections;

/**
 * Arabic honorifics that are part of a person's name (arabic-honorific-names.txt: Hafiz Saeed, Qari Muhammad Sallam),
 * which a Slavic dictionary lists as common nouns (hafiz, мулла): read in any case, so "Hafiza Saeeda" and "Хафізом"
 * open a name as "Hafiz" does.
 */
final class ArabicHonorificNames {
    private static final Set<String> HONORIFICS = Set.copyOf(GazetteerFile.words("arabic-honorific-names.txt"));

    private ArabicHonorificNames() {
    }

    /** True when the word, in some case of the language, is one of the honorifics. */
    static boolean honorific(String word, String language) {
        for (String nominative : SlavicInflections.nominatives(word, language)) {
            if (HONORIFICS.contains(nominative.toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }
}
