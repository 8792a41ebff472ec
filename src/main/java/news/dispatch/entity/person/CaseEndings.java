package news.dispatch.entity.person;

import java.util.List;

import news.dispatch.entity.text.NameFold;

/**
 * The case endings Slavic languages put on a foreign name, folded to ASCII: Czech, Polish or Slovak decline a foreign
 * man's given name and surname (Andreja, Corbyna, Corbynowi) and give a foreign woman's surname a feminine ending
 * (Merkelová, Ruddová). A name in a case is the same person as the name without it, so the joins across scripts read
 * the endings off before comparing sounds, and never name a group by a case form.
 */
final class CaseEndings {
    /** Case endings of the Slavic languages' declension of a foreign surname, folded to ASCII, longest first. */
    static final List<String> CASE_ENDINGS = List.of("owi", "ovi", "em", "om", "ym", "im", "ou", "a", "u", "e",
            "i", "y");
    /** Czech and Slovak endings of a foreign woman's surname, in its cases (Merkelová, Mayové, Merkelovou). */
    static final List<String> FEMININE_ENDINGS = List.of("ovou", "ovej", "ova", "ove");

    private CaseEndings() {
    }

    /** The word without a case ending after a consonant or y ({@link #caseOf}), or as it is. */
    static String withoutCase(String word) {
        for (int cut = 3; cut >= 1; cut--) {
            if (word.length() - cut >= 3 && caseOf(word, word.substring(0, word.length() - cut))) {
                return word.substring(0, word.length() - cut);
            }
        }
        return word;
    }

    /** Czech -ová of a foreign woman's surname: Ruddová of Rudd, Hidalgová of Hidalgo. */
    static boolean feminine(String form, String surname) {
        return form.equals(surname + "ova") || surname.endsWith("o") && form.equals(surname + "va");
    }

    /** True when {@code form} is {@code name} and a case ending after its last consonant or y (Andrej-a, Geoffrey-ja). */
    static boolean caseOf(String form, String name) {
        if (name.length() < 3 || "aeiou".indexOf(name.charAt(name.length() - 1)) >= 0 || !form.startsWith(name)) return false;
        String ending = form.substring(name.length());
        return CASE_ENDINGS.contains(ending) || ending.equals("ja") || ending.equals("ju") || ending.equals("jem");
    }

    /**
     * {@link #caseOf}, also where one romanization writes y and x for another's i and ks (cs Maksyma, the genitive of
     * Maksym, beside the Cyrillic fold's Maksim and the tables' Maxim). Only those letters: a wider spelling key also
     * read an English silent e as a case ending (O'Rourke as a case of the Cyrillic Orurk).
     */
    static boolean caseOfAnySpelling(String form, String name) {
        return caseOf(form, name) || caseOf(romanized(form), romanized(name));
    }

    private static String romanized(String word) {
        return word.replace("x", "ks").replace('y', 'i');
    }

    /**
     * A name in an oblique case beside its nominative, where the article's reading of the given name differs in its
     * ending: "Evgenia Timakovu" (Евгению Тимакову, a dative whose given name was read as a woman's Евгения) of
     * "Evgenij Timakov". Some word is a case form of the other's ({@link #inflectionOf}'s test), every other word is
     * the other's or shares with it a stem of four letters or more that each ends by at most one letter; never a
     * woman's name beside a man's (Evgenia Timakova of Evgenij Timakov: a given name in -a and a surname whose case
     * ending is -a are her nominative), nor a given name in -a read as a man's unless his surname shows a case.
     */
    static boolean caseFormOf(String name, String other) {
        if (inflectionOf(name, other)) return true;
        String[] a = NameFold.fold(name).split(" ");
        String[] b = NameFold.fold(other).split(" ");
        if (a.length != b.length || a.length < 2) return false;
        int last = a.length - 1;
        // A given name in -a read as a man's (Ivana of Ivan) needs a man's surname in a case other than -a to say so
        // (Timakovu of Timakov); beside Ivan Zelnickova, sl Ivana Zelnickovo is a woman in the accusative.
        // A surname both write alike is his: a woman's would take a female form of its own (Jana Nováková), so
        // "Maksyma Stepanov" beside "Maxim Stepanov" is his genitive.
        if (a[0].endsWith("a") && !b[0].endsWith("a") && !a[last].equals(b[last])
                && !(caseOf(a[last], b[last]) && !a[last].equals(b[last] + "a"))) return false;
        boolean declined = false;
        for (int i = 0; i < a.length; i++) {
            if (a[i].equals(b[i])) continue;
            if (caseOfAnySpelling(a[i], b[i])) {
                declined = true;
                continue;
            }
            int stem = Math.max(a[i].length(), b[i].length()) - 1;
            if (stem < 4 || Math.abs(a[i].length() - b[i].length()) > 1 || !a[i].regionMatches(0, b[i], 0, stem)) return false;
        }
        return declined;
    }

    /**
     * "Jeremy Corbyna" of "Jeremy Corbyn": every word the other's or, after a consonant, it with a case ending of one
     * or two letters.
     */
    static boolean inflectionOf(String name, String other) {
        String[] a = NameFold.fold(name).split(" ");
        String[] b = NameFold.fold(other).split(" ");
        if (a.length != b.length || name.equals(other)) return false;
        boolean longer = false;
        for (int i = 0; i < a.length; i++) {
            if (a[i].equals(b[i])) continue;
            // Czech and Slovak write a foreign woman's surname with -ová (Sturgeonová): no spelling of her name.
            if (a[i].equals(b[i] + "ova")) {
                longer = true;
                continue;
            }
            // Case endings go on a consonant (Corbyn-a, David-a, Raab-a); Asia is no case of Asi, and a doubled
            // consonant no ending (Matt is no case of the Bulgarian Мат "Mat").
            if (!a[i].startsWith(b[i]) || a[i].length() - b[i].length() > 2
                    || "aeiouy".indexOf(b[i].charAt(b[i].length() - 1)) >= 0 || !caseOf(a[i], b[i])) return false;
            longer = true;
        }
        return longer;
    }
}
