package news.dispatch.entity.person;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import news.dispatch.entity.person.SlavicWords.Word;

/**
 * A Croatian man's given name in -ko written only in its oblique cases (Darka, Marku, Matkom: Darko, Marko, Matko):
 * the name is declined as one in a consonant, so the vote over case endings ({@link NamePartVote}) ties its
 * nominative with the bare stem (Dark, Mark, Matk) and gives the tie to the stem. No Croatian given name ends in a
 * consonant and -k, while the pet names in -ko are many (Darko, Marko, Zlatko, Rajko, Mirko, Slavko, Branko), so the
 * form in -o is the name; a foreign given name the tables know in -k (Mark, Frank) keeps it unless the surname is a
 * South Slavic one in -ić or with a fleeting a (Marka Đurića, Marka Primorca: Marko; Marka Ruttea stays Mark), and so does a stem a listed person bears
 * with that surname.
 */
final class MensNamesInKo {
    private MensNamesInKo() {
    }

    /** The given name's nominative in -o where the rule above holds, else {@code voted}. */
    static String nominative(String voted, String surname, List<Word> forms, String language, CrossScriptNames names) {
        if (!"hr".equals(language) || voted.length() < 3 || forms.isEmpty()) return voted;
        for (Word form : forms) {
            String written = form.text();
            if (form.initial() || !written.startsWith(voted) || !OBLIQUE.contains(written.substring(voted.length()))) return voted;
        }
        String lower = voted.toLowerCase(Locale.ROOT);
        if (!CONSONANT_K.matcher(lower).find()) return voted;
        boolean southSlavic = surname.toLowerCase(Locale.ROOT).endsWith("ić") || FLEETING_A.matcher(surname.toLowerCase(Locale.ROOT)).find();
        String latin = names.latin(voted, language);
        if (names.knownGivenName(latin) && !southSlavic || names.known(latin, names.latin(surname, language)).isPresent()) return voted;
        return voted + "o";
    }

    /** A Croatian surname with a fleeting a (Primorac, Mravak), as South Slavic as one in -ić (Marka Primorca: Marko). */
    private static final Pattern FLEETING_A = Pattern.compile("[^aeiouy]a[ck]$");

    /** A stem ending in a consonant and k (Dark, Zlatk; not Erik, Jack's Jack). */
    private static final Pattern CONSONANT_K = Pattern.compile("[^aeiouy]k$");

    /** The case endings a man's name in -o takes in the singular: genitive and accusative, dative and locative, instrumental. */
    private static final List<String> OBLIQUE = List.of("a", "u", "om");
}
