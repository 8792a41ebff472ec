package news.dispatch.entity.person;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import news.dispatch.entity.language.SlavicInflections;
import news.dispatch.entity.person.SlavicWords.Word;

import static news.dispatch.entity.person.SlavicPersons.CYRILLIC_LANGUAGES;

/**
 * What case a full name's given name is in, read from the name tables: written in its nominative, a man's genitive
 * or dative, or a foreign name in -i that takes no case ending. The surname of the name agrees with it, so
 * {@link SlavicNominatives} reads the surname's case from this.
 */
final class GivenNameCases {
    private final CrossScriptNames names;
    private final SlavicNameParts nameParts;

    GivenNameCases(CrossScriptNames names, SlavicNameParts nameParts) {
        this.names = names;
        this.nameParts = nameParts;
    }

    /**
     * A given name in -a the tables know as written while no form it may be a case of is one (Anna; not Kennetha,
     * nor Roberta, which is also Robert's genitive): a woman's nominative, so the surname ending like it (Anna Wicha)
     * is no man's genitive and keeps its -a. On the BSNLP dev stories one Polish person more named right (pl persons
     * F1 0.874 → 0.875); counting Roberta (known both ways) as a nominative lost Roberta Pestona (Robert Peston's).
     */
    boolean asWritten(Word given, String language) {
        if (given.initial()) return false;
        // A Polish woman's name the world tables do not list (Krystyna, not Krystyn's genitive).
        if (PolishWomensGivenNames.nominative(given.text(), language)) return true;
        if (!names.knownGivenName(names.latin(given.text(), language))) return false;
        for (String nominative : SlavicInflections.nominatives(given.text(), language)) {
            if (!nominative.equals(given.text()) && names.knownGivenName(names.latin(nominative, language))) return false;
        }
        return true;
    }

    /** The Cyrillic case endings a man's given name and surname share (Егора, Дмитрия; Егору, Юрию). */
    static final Pattern MANS_CASE_ENDING = Pattern.compile("(?iu)(?<=[бвгґджзйклмнпрстфхцчшщ])[аяую]$|(?<=[иі])[яю]$");
    /** The genitive and dative of a surname in -й (Рея, Клею: Рей's, Клей's). */
    private static final Pattern AFTER_J = Pattern.compile("(?iu)(?<=[аеёоуэє])[яю]$");

    /**
     * A man's given name in the genitive or dative before a surname in the same case, in Cyrillic: the given name as
     * written is no known given name while its nominative in a consonant or -й is one (Егора of Егор, Дмитрия of
     * Дмитрий), so the surname's -а or -я is his case too, even where it reads like a woman's surname (Егора Крючкова,
     * Айдара Ишмухаметова: Крючков's, Ишмухаметов's; Крістофера Рея: Рей's; Анна Попова keeps hers).
     */
    boolean mansInCase(Word given, Word surname, String language) {
        if (!CYRILLIC_LANGUAGES.contains(language) || "bg".equals(language) || given.initial()) return false;
        String g = given.text().toLowerCase(Locale.ROOT);
        String s = surname.text().toLowerCase(Locale.ROOT);
        if (g.length() < 4 || s.length() < 3 || !MANS_CASE_ENDING.matcher(g).find()
                || !MANS_CASE_ENDING.matcher(s).find() && !AFTER_J.matcher(s).find()
                || SlavicNameGrammar.hardVowel(g.charAt(g.length() - 1)) != SlavicNameGrammar.hardVowel(s.charAt(s.length() - 1))
                || WomansGivenNames.beforeWomansSurname(List.of(List.of(given, surname))) || known(given.text(), language)) {
            return false;
        }
        for (String nominative : SlavicInflections.nominatives(given.text(), language)) {
            char last = Character.toLowerCase(nominative.charAt(nominative.length() - 1));
            if (!nominative.equals(given.text()) && "аеёиоуыэюяіїєь".indexOf(last) < 0 && known(nominative, language)) return true;
        }
        return false;
    }

    private static final Set<String> I_UNDECLINED_LANGUAGES = Set.of("uk", "ru", "sl", "hr");
    /**
     * A given name ending in -i after a consonant (Kenny's Кенні, Vili, Берні); not after a vowel or j, where -i is
     * the case ending of a name in -ia or -ja (Melanii, Марії, Slovene Maji: Melania's, Марія's, Maja's).
     */
    private static final Pattern ENDS_IN_I = Pattern.compile("(?iu)[^aeiouyjаеиіоуюяєї][iіи]$");

    /**
     * A given name written in -i after a consonant is its own nominative: foreign and pet names in -i (Кенні, Берні,
     * Vili, Toni) take no case ending, while the declensions read -i off as a case of a name in -a or a consonant
     * (Кенні → Кенна, Vili → Vila, a Russian name part's). Even after a title in an oblique case ("директора Кенні
     * Джейкобса") the given name stays as written. Unless the tables know another of its nominatives as a given name
     * and not it: then -i is a case ending (Kamali, Олені: Kamala's, Олена's). Not in Polish, Czech and Slovak,
     * where -i after a consonant is above all a woman's genitive or dative (Asi Bibi, Henryki Bochniarz: on the
     * BSNLP dev stories the rule named 15 Polish persons so, and none better).
     */
    boolean undeclinedInI(List<Word> forms, String language) {
        Word given = forms.getFirst();
        if (!I_UNDECLINED_LANGUAGES.contains(language) || given.initial()
                || forms.stream().anyMatch(f -> !f.text().equals(given.text()))) return false;
        String written = given.text();
        if (!ENDS_IN_I.matcher(written).find() || SlavicInflections.oblique(written, language)) return false;
        if (known(written, language)) return true;
        for (String nominative : SlavicInflections.nominatives(written, language)) {
            if (!nominative.equals(written) && known(nominative, language)) return false;
        }
        return true;
    }

    /** The instrumental ending of a man's given name (Adamem, Johnsonom; Джоном, Сергеем). */
    private static final Pattern MANS_INSTRUMENTAL = Pattern.compile("(?iu)(?:om|em|ом|ем)$");
    /**
     * A surname ending in a consonant other than m (and j, й, ь, which end adjectival and soft stems): a man's such
     * surname takes a case ending, and his instrumental ends in -m in every language read here (Corbynem,
     * Johnsonom, Путиным, Лавровим), so written so it is in no instrumental.
     */
    private static final Pattern NO_INSTRUMENTAL_SURNAME = Pattern.compile("(?iu)\\p{L}{2,}[b-df-hk-lnp-tv-xzčćďľňřšťžłńśźżбвгґджзклнпрстфхцчшщ]$");
    /** A stem ending in an obstruent before l (Özl, Озл): no nominative does, native names put a vowel there (Pavel, Павел). */
    private static final Pattern OBSTRUENT_L = Pattern.compile("(?iu)[bcdfghkpqstvxzčćďšťžśźżбвгґджзкпстфхцчшщ][lł]$|[бвгґджзкпстфхцчшщ]ль?$");

    /**
     * A given name in -om or -em that is no instrumental, where the stem the ending would leave is no known given name
     * (Джер, Özl; not Джон): beside a surname that is in no instrumental in every full mention (Джером Пауэлл: his
     * instrumental would be Джеромом Пауэллом), or where the stem ends in an obstruent before l, as no nominative does
     * (Özlem, Озлем Тюреджі: her foreign surname takes no case ending to tell).
     */
    boolean ownInstrumentalEnding(List<List<Word>> full, String language) {
        if (full.isEmpty() || full.getFirst().size() < 2) return false;
        Word given = full.getFirst().getFirst();
        String written = given.text();
        if (given.initial() || written.length() < 5 || !MANS_INSTRUMENTAL.matcher(written).find()
                || full.stream().anyMatch(m -> !m.getFirst().text().equals(written))) return false;
        List<String> stems = SlavicInflections.nominatives(written, language).stream().filter(n -> !n.equals(written)).toList();
        if (stems.stream().anyMatch(n -> known(n, language))) return false;
        return full.stream().allMatch(m -> !m.getLast().initial() && NO_INSTRUMENTAL_SURNAME.matcher(m.getLast().text()).matches())
                || stems.stream().allMatch(n -> OBSTRUENT_L.matcher(n).find());
    }

    /**
     * A given name of the persons table or a name word of the English tables; in Cyrillic also a name part of the
     * Russian Wikidata table (Анджела of Анджели), which in Latin letters would also know surnames
     * (Vila, the Russian Вила's) that are no given name.
     */
    private boolean known(String part, String language) {
        String latin = names.latin(part, language);
        return names.knownGivenName(latin) || nameParts.inEnglishTables(latin)
                || CYRILLIC_LANGUAGES.contains(language) && names.isNamePart(part, language);
    }
}
