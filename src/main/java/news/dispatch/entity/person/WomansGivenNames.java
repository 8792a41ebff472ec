package news.dispatch.entity.person;

import java.util.List;
import java.util.regex.Pattern;

import news.dispatch.entity.language.SlavicInflections;
import news.dispatch.entity.person.SlavicWords.Word;

/**
 * A woman's given name in the nominative, though its -a or -я may also be read as a man's genitive (Валерия of
 * Валерий): then it stays as written, and her surname is a nominative too.
 */
final class WomansGivenNames {
    private final GivenNameCases givenNames;

    WomansGivenNames(GivenNameCases givenNames) {
        this.givenNames = givenNames;
    }

    /**
     * A woman's given name in the nominative, every form as written (Анна, Мария; not Евгения, also Евгений's
     * genitive): her surname is in the nominative too, so its written form, a woman's (Анна Попова), comes before the
     * man's it may be a case of (Попов), however the tables rank them.
     */
    boolean nominative(String given, List<Word> forms, String language) {
        if (!womansEnding(given)) return false;
        return forms.stream().allMatch(w -> w.text().equals(given) && givenNames.asWritten(w, language));
    }

    /** A given name of three letters or more ending in -a, -а or -я, as a woman's nominative does. */
    private static boolean womansEnding(String given) {
        return given.length() >= 3 && "aая".indexOf(Character.toLowerCase(given.charAt(given.length() - 1))) >= 0;
    }

    /**
     * A woman's surname in the nominative that no case of a man's name has: the adjectival -ая, -ська (Новодворская),
     * and Czech and Slovak -á (Račková, Novotná, Bydžovská), whose oblique cases end otherwise (-ovej, -ové, -ou, -ú)
     * and which no man's surname ends in (his are -ý, -ého, -ov). On the real Slovak news a -ová beside a woman's name
     * the tables lack had cut the name to a man's stem (Daša, Kristína read as Daš's, Kristín's genitive).
     */
    private static final Pattern WOMANS_ADJECTIVAL_SURNAME = Pattern.compile("(?iu)\\p{L}{2,}(?:[сц]кая|[сц]ька|ая|яя|á)$");

    /** A Czech or Slovak woman's surname in an oblique case only hers takes (Novákovej, Novákovou, Novákovú; Bydžovskej). */
    private static final Pattern WOMANS_OBLIQUE_SURNAME = Pattern.compile("(?iu)\\p{L}{2,}(?:ov|[sc]k)(?:ej|ou|ú)$");

    /**
     * A Czech or Slovak given name before a woman's surname in an oblique case is hers in that case, so its nominative
     * ends in -a (Ireny, Ksenie, Irenou Novákovou: Irena, Ksenia): the vote over endings kept the written genitive on
     * the real Slovak news, where the tables know neither form. Every full mention must be so; else {@code voted}.
     */
    static String beforeWomansObliqueSurname(List<List<Word>> full, String voted, String language) {
        if (!"cs".equals(language) && !"sk".equals(language) || full.isEmpty() || full.getFirst().size() < 2) return voted;
        String given = full.getFirst().getFirst().text();
        if (given.length() < 3 || womansEnding(given) || full.stream().anyMatch(m -> m.getFirst().initial()
                || !m.getFirst().text().equals(given) || !WOMANS_OBLIQUE_SURNAME.matcher(m.getLast().text()).matches())) return voted;
        for (String nominative : SlavicInflections.nominatives(given, language)) {
            if (!nominative.equals(given) && womansEnding(nominative)) return nominative;
        }
        return voted;
    }

    /**
     * A given name in -а or -я before a surname only a woman's nominative has (Валерия Новодворская): hers as
     * written, though it may also be a man's genitive (Валерия of Валерий).
     */
    static boolean beforeWomansSurname(List<List<Word>> full) {
        if (full.isEmpty() || full.getFirst().size() < 2) return false;
        String given = full.getFirst().getFirst().text();
        if (!womansEnding(given)) return false;
        return full.stream().allMatch(m -> m.getFirst().text().equals(given)
                && WOMANS_ADJECTIVAL_SURNAME.matcher(m.getLast().text()).matches());
    }
}
