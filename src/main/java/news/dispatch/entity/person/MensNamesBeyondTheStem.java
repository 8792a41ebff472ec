package news.dispatch.entity.person;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import news.dispatch.entity.person.SlavicWords.Word;

/**
 * A Croatian man's given name whose nominative is not the stem of its other cases: one in -e (Hrvoje: Hrvoja, Hrvoju,
 * Hrvojem) and one with a fleeting a before its last consonant (Petar, Aleksandar: Petra, Petru, Petrom). Written only
 * in those cases, the vote over case endings ({@link NamePartVote}) gives the bare stem (Hrvoj) or the stem in -o
 * (Petro), which no one is called. Beside a surname in a man's oblique case (a consonant and -a, -u, -om, -em: no
 * woman's surname in a consonant is declined), the given name is a man's in the same case, so its nominative is the
 * form in -e that Wikidata gives persons as a name part where the stem is none (Marka, Ivana are Marko's and Ivan's),
 * or the form with the a where the stem ends in a consonant and r, which no Croatian nominative does; unless the
 * tables list the person by the stem or the stem in -o (Petra Pavela is the Czech Petr Pavel).
 */
final class MensNamesBeyondTheStem {
    private MensNamesBeyondTheStem() {
    }

    /** The oblique endings of a man's name in the singular: genitive and accusative, dative and locative, instrumental. */
    private static final List<String> OBLIQUE = List.of("om", "em", "a", "u");

    /** The given name's nominative in -e or with its fleeting a where the rule above holds, else {@code voted}. */
    static String nominative(String voted, String surname, List<List<Word>> full, String language, CrossScriptNames names) {
        if (!"hr".equals(language) || full.isEmpty()) return voted;
        String stem = null;
        for (List<Word> m : full) {
            if (m.size() != 2 || m.getFirst().initial() || !mansOblique(m.getLast().text())) return voted;
            Optional<String> s = stem(m.getFirst().text());
            if (s.isEmpty() || stem != null && !stem.equals(s.get())) return voted;
            stem = s.get();
        }
        String surnameLatin = names.latin(surname, language);
        if (stem.length() < 3 || names.known(names.latin(stem, language), surnameLatin).isPresent()
                || names.known(names.latin(stem + "o", language), surnameLatin).isPresent()) return voted;
        if (names.isNamePart(stem + "e", language) && !names.isNamePart(stem, language)
                && !names.isNamePart(stem + "o", language)) return stem + "e";
        // No Croatian nominative ends in a consonant and r (Petr, Aleksandr): the a fell out, as in every case but
        // the nominative, even where Czech Petr or Ukrainian Petro are name parts too.
        String fleeting = stem.substring(0, stem.length() - 1) + "a" + stem.charAt(stem.length() - 1);
        if (stem.toLowerCase(Locale.ROOT).endsWith("r") && !vowel(stem.charAt(stem.length() - 2))
                && names.isNamePart(fleeting, language)) return fleeting;
        return voted;
    }

    /** The stem before an oblique ending, when the word has one after a consonant. */
    private static Optional<String> stem(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (String ending : OBLIQUE) {
            if (lower.endsWith(ending) && lower.length() > ending.length() + 2
                    && !vowel(lower.charAt(lower.length() - ending.length() - 1))) {
                return Optional.of(word.substring(0, word.length() - ending.length()));
            }
        }
        return Optional.empty();
    }

    /** A surname in a man's oblique case: a consonant and one of the endings above (Matejčića, Pripuzom). */
    private static boolean mansOblique(String surname) {
        return stem(surname).isPresent();
    }

    private static boolean vowel(char c) {
        return "aeiouy".indexOf(Character.toLowerCase(c)) >= 0;
    }
}
