package news.dispatch.entity.person;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import news.dispatch.entity.person.SlavicWords.Word;

/**
 * A Croatian man's given name in -a (Luka, Nikola, Andrija) in an oblique case before his declined surname: "Luke
 * Modrića", "Nikoli Vlašiću", "Andrije Hebranga". The given name is declined like a woman's, so it was read as hers,
 * and her surname as written; but Croatian declines no woman's surname in a consonant (Ane Mandac, Kolinde Grabar
 * Kitarović), while a man's takes the ending of his case. So a surname written with a man's ending after a consonant,
 * beside a given name with the feminine ending of the same case, is a man's name: genitive -e and -a, dative -i and
 * -u, accusative -u and -a. A woman's surname in -a takes the feminine ending of her case too (Ivane Šole, Ivani
 * Šoli, Ivanu Šolu). The instrumental is left alone: -om ends a man's name in a consonant as well (Ivanom
 * Šimonovićem is Ivan's). A few men's names in -o are declined like Luka (Bruno, Brune): the -o form is the name where
 * Wikidata knows only it as a name part. A man's name in -io (Mario, Dario, Nevio) takes -j- in every other case, so
 * its genitive is a woman's nominative (Marija, Darija); beside a surname in -ića or -iću, the man's case of one in
 * -ić that no woman's surname takes, it is his (Marija Mandžukića, Darija Pleića → Mario Mandžukić, Dario Pleić; in -ijo where only that is known).
 */
final class MensNamesInA {
    private MensNamesInA() {
    }

    /** Given name's ending → the surname's ending in the same case of a man's name. */
    private static final List<String[]> CASES = List.of(
            new String[] {"e", "a"}, new String[] {"i", "u"}, new String[] {"u", "a"});

    /** The given name and surname in the nominative when every full mention is such a man's name in a case. */
    static Optional<List<String>> nominative(List<List<Word>> full, String language, CrossScriptNames names) {
        if (!"hr".equals(language) || full.isEmpty()) return Optional.empty();
        List<String> found = null;
        for (List<Word> m : full) {
            if (m.size() != 2 || m.getFirst().initial() || m.getLast().initial()) return Optional.empty();
            Optional<List<String>> read = read(m.getFirst().text(), m.getLast().text(), names, language);
            if (read.isEmpty() || found != null && !found.equals(read.get())) return Optional.empty();
            found = read.get();
        }
        return Optional.ofNullable(found);
    }

    /** The -io name's ending → the -ić surname's ending in the same case (genitive and accusative, dative). */
    private static final List<String[]> IO_CASES = List.of(new String[] {"ija", "ića"}, new String[] {"iju", "iću"});

    private static Optional<List<String>> read(String given, String surname, CrossScriptNames names, String language) {
        String g = given.toLowerCase(Locale.ROOT);
        String s = surname.toLowerCase(Locale.ROOT);
        for (String[] c : IO_CASES) {
            if (!g.endsWith(c[0]) || !s.endsWith(c[1]) || g.length() < c[0].length() + 2) continue;
            String givenStem = given.substring(0, given.length() - c[0].length());
            String man = surname.substring(0, surname.length() - 1);
            // -io is the commoner spelling (Dario, Nevio; Wikidata's table lacks both); -ijo where only it is known.
            boolean inIjo = names.isNamePart(givenStem + "ijo", language) && !names.isNamePart(givenStem + "io", language);
            return Optional.of(List.of(givenStem + (inIjo ? "ijo" : "io"), man));
        }
        for (String[] c : CASES) {
            if (!g.endsWith(c[0]) || !s.endsWith(c[1])) continue;
            String givenStem = given.substring(0, given.length() - c[0].length());
            String surnameStem = surname.substring(0, surname.length() - c[1].length());
            if (givenStem.length() < 3 || surnameStem.length() < 3 || vowel(surnameStem.charAt(surnameStem.length() - 1))
                    || vowel(givenStem.charAt(givenStem.length() - 1))) continue;
            // A few men's names in -o are declined so too (Bruno, Brune, Bruni): the -o form where only it is a name
            // part Wikidata gives persons (Bruno; Luka, Iva stay in -a).
            boolean inO = names.isNamePart(givenStem + "o", language) && !names.isNamePart(givenStem + "a", language);
            return Optional.of(List.of(givenStem + (inO ? "o" : "a"), surnameStem));
        }
        return Optional.empty();
    }

    private static boolean vowel(char c) {
        return "aeiouy".indexOf(Character.toLowerCase(c)) >= 0;
    }
}
