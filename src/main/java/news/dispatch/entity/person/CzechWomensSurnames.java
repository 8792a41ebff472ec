package news.dispatch.entity.person;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import news.dispatch.entity.GazetteerFile;
import news.dispatch.entity.person.SlavicWords.Word;

/**
 * Czech and Slovak write a foreign woman's surname with -ová after a consonant too (Penny Mordauntová, Merkelová),
 * which other languages do not: the name she is found under is the one they give her (Mordaunt, Merkel).
 */
final class CzechWomensSurnames {
    private final CrossScriptNames names;
    private final SlavicNameParts nameParts;

    CzechWomensSurnames(CrossScriptNames names, SlavicNameParts nameParts) {
        this.names = names;
        this.nameParts = nameParts;
    }

    private static final Pattern WOMANS_ENDING = Pattern.compile("(?iu)(?<=[^aeiouyáéíóúý])(?:ová|ové|ovou|ovej|ovú)$");
    /** Letters of Czech and Slovak spelling that English names do not have (Urbišová, Nováková are native). */
    private static final Pattern NATIVE_LETTER = Pattern.compile("[áčďéěíňóřšťúůýžäĺľôŕÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]");

    /**
     * Czech and Slovak give a foreign woman's surname -ová after a consonant too (Penny Mordauntová, Carrie
     * Lamová): after a given name of the English name tables, a surname written with no letter of their own
     * alphabets is named as other languages name her (Mordaunt, Lam). Not after a given name written with such a
     * letter (Kristína Tormová, Zdenka Šimková): the English tables know Kristina, but the spelling is Slovak, and so is
     * the woman.
     */
    String afterForeignGivenName(String given, String surname, String language) {
        if (!"cs".equals(language) && !"sk".equals(language) || nativeSpelling(given)
                || !nameParts.inEnglishTables(CrossScriptNames.ascii(given).toLowerCase(Locale.ROOT))) return surname;
        Matcher m = WOMANS_ENDING.matcher(surname);
        if (!m.find() || m.start() < 3) return surname;
        String stem = surname.substring(0, m.start());
        if (nativeSpelling(stem)) return surname;
        // A Czech or Slovak woman's given name (Anna, Zuzana) says the -ová is hers, unless the tables know the
        // person without it (Angela Merkel): on the real Slovak news Anna Geislerová and Adela Vinczeová lost it.
        if (NATIVE_GIVEN_NAMES.contains(CrossScriptNames.ascii(given))
                && names.known(names.latin(given, language), names.latin(stem, language)).isEmpty()) return surname;
        return stem;
    }

    /** czech-slovak-womens-given-names.txt: the common Czech and Slovak women's given names, in plain letters. */
    private static final Set<String> NATIVE_GIVEN_NAMES = GazetteerFile.words("czech-slovak-womens-given-names.txt");

    /** A word written with a letter of Czech or Slovak spelling that English names do not have. */
    static boolean nativeSpelling(String word) {
        return NATIVE_LETTER.matcher(word).find();
    }

    private static final Pattern WOMANS_FORM = Pattern.compile("(?iu)^(\\p{L}{3,}?)ov(?:á|é|ou|ej|ú)$");

    /**
     * Czech and Slovak write a foreign woman's surname with -ová after a consonant too (Merkelová, Clintonová,
     * Mayová): alone, in any case (Merkelovej, Clintonovou), it names the listed person of that surname.
     */
    Optional<String> knownAlone(Word w, String language) {
        if (!"cs".equals(language) && !"sk".equals(language)) return Optional.empty();
        Matcher m = WOMANS_FORM.matcher(w.text());
        if (!m.matches()) return Optional.empty();
        return names.known(null, names.latin(m.group(1), language));
    }
}
