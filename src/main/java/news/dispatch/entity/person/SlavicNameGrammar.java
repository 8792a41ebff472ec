package news.dispatch.entity.person;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import news.dispatch.entity.language.SlavicInflections;
import news.dispatch.entity.person.SlavicWords.Word;

/**
 * What the case endings of a name's words say in the Slavic languages read by {@link SlavicPersons}: whether a word
 * is undeclined, a woman's surname or a possessive, whether a given name and its surname agree in case (and so
 * what case the surname is in), and how a name part is written back in Latin letters. Grammar only: no table is
 * read here, so every rule is a pure function of the words.
 */
final class SlavicNameGrammar {
    private SlavicNameGrammar() {
    }

    /** A word no case ending can be read off: its own nominative only (Салман, Тасир, Vaněk; not Пенджаба, Britská). */
    static boolean undeclined(Word w, String language) {
        return !w.initial() && SlavicInflections.nominatives(w.text(), language).size() == 1;
    }

    /**
     * A Czech or Slovak woman's surname in the nominative (Bibiová, Nováková): a capitalised word in -ová is a
     * surname, so the word before one, never written in lower case in the article, is her given name even where it
     * opens a sentence or is an English place (Asia Bibiová). Only the nominative: before a genitive in -ové stands
     * any noun of a headline (Vláda Mayové, Rodina Bibiové), and F1 fell with it.
     */
    static boolean womansSurname(Word w, String language) {
        if (!"cs".equals(language) && !"sk".equals(language) || !w.capital()) return false;
        String lower = w.text().toLowerCase(Locale.ROOT);
        return lower.endsWith("ová") && lower.length() - 3 >= 3;
    }

    /**
     * Case endings only a Czech or Slovak woman's surname in -ová takes: the nominative, the instrumental (-ou) and the
     * Slovak genitive and accusative (-ej, -ú); not the Czech genitive -ové, also a plural of men (Britové, Rusové).
     */
    private static final Pattern WOMANS_SURNAME_IN_ANY_CASE = Pattern.compile("(?iu)\\p{L}{3,}ov(?:á|ou|ej|ú)");

    /**
     * A Czech or Slovak woman's surname in a case only her surname takes (Bibiová, Bibiovou; Slovak Bibiovej,
     * Bibiovú): such a word names a woman alone, without her full name in the article.
     */
    static boolean womansSurnameInAnyCase(Word w, String language) {
        if (!"cs".equals(language) && !"sk".equals(language) || !w.capital()) return false;
        return WOMANS_SURNAME_IN_ANY_CASE.matcher(w.text()).matches();
    }

    /**
     * A Czech or Slovak man's possessive adjective (Trumpův náskok, Bidenův tým): an -ův word says whose, and is no
     * name part; the name it comes from stands alone beside it, so it is cut from the run, not the name dropped
     * ("Biden Trumpův náskok" is Biden and Trump's lead). The other possessive endings (-ova, -ovi, -ov) are also a
     * woman's surname, a dative or a Russian surname's, so they are left alone.
     */
    static boolean possessive(Word w, String language) {
        if (!"cs".equals(language) && !"sk".equals(language)) return false;
        String lower = w.text().toLowerCase(Locale.ROOT);
        return lower.length() >= 5 && lower.endsWith("ův");
    }

    /**
     * A man's name in the Russian or Ukrainian accusative with a surname in -a: the given name takes -а as a
     * consonant's accusative, the surname -у as an -а word's ("Таймура Разу", "Ахмеда Шаху": Таймур Раза, Ахмед
     * Шах). The two ends agree in no other case, so a given name in -а before a surname in -у names him so; the
     * surname's nominative is its -а form. Czech and Slovak decline a man's surname in -a so too (Czech accusative,
     * Slovak genitive and accusative: "Milana Lasicu", "Jozefa Síkelu": Milan Lasica, Jozef Síkela), which the
     * endings alone read as the dative of a surname in a consonant (Lasic) on the real Slovak news.
     */
    static boolean manInAccusative(Word given, Word surname, String language) {
        if (given.initial()) return false;
        String g = given.text().toLowerCase(Locale.ROOT);
        String s = surname.text().toLowerCase(Locale.ROOT);
        if ("cs".equals(language) || "sk".equals(language)) {
            return g.length() >= 4 && s.length() >= 4 && g.endsWith("a") && LATIN_CONSONANTS.indexOf(g.charAt(g.length() - 2)) >= 0
                    && s.endsWith("u") && LATIN_CONSONANTS.indexOf(s.charAt(s.length() - 2)) >= 0;
        }
        if (!"ru".equals(language) && !"uk".equals(language)) return false;
        return g.length() >= 4 && s.length() >= 4 && g.endsWith("а") && "бвгджзклмнпрстфхцчшщ".indexOf(g.charAt(g.length() - 2)) >= 0
                && s.endsWith("у") && "бвгджзклмнпрстфхцчшщ".indexOf(s.charAt(s.length() - 2)) >= 0;
    }

    private static final String LATIN_CONSONANTS = "bcdfghjklmnpqrstvwxzčďľňřšťž";

    static String accusativeSurname(String written) {
        return written.substring(0, written.length() - 1) + "а";
    }

    /** Instrumental endings of a man's surname in a consonant (Corbynem, Путиным's -ом, Johnsonom). */
    /** Apostrophes inside a name part: compiled once, where String.replaceAll compiled it anew for each part. */
    private static final Pattern APOSTROPHES = Pattern.compile("['’]");
    private static final Pattern INSTRUMENTAL = Pattern.compile("(?iu)(?:om|em|ом|ем)$");

    /**
     * A surname in -om or -em after a given name in -a is written as it is, not an instrumental: a given name and its
     * surname agree in case, and a man's given name in the instrumental does not end in -a ("Andrea Leadsom",
     * "Андреа Лидсом": her surname is not declined; "Jeremym Corbynem" is his instrumental). Every full mention of
     * the name must be so.
     */
    static boolean undeclinedAfterFeminine(List<List<Word>> full, String language) {
        if (full.isEmpty()) return false;
        for (List<Word> m : full) {
            String given = m.getFirst().text().toLowerCase(Locale.ROOT);
            String surname = m.getLast().text();
            if (m.getFirst().initial() || given.length() < 3 || "aая".indexOf(given.charAt(given.length() - 1)) < 0
                    || surname.length() < 5 || !INSTRUMENTAL.matcher(surname).find()) return false;
        }
        return full.stream().map(m -> m.getLast().text()).distinct().count() == 1;
    }

    private static final String VOWELS = "aeiouyáéíóúýěåäöüąęůаеёиоуыэюяіїєъь";

    /**
     * A given name in -a before a surname ending in a consonant is a woman's nominative, as written (sl "Karla
     * Krajnik", not Karl's genitive): these languages decline a man's surname in a consonant in every oblique case
     * (Karla Krajnika), a woman's not at all, so the text gives no case reason to read the -a as a man's ending.
     * Every full mention must write the name so, with one spelling of the given name, and the surname in no man's
     * form ({@link #MANS_SURNAME}).
     */
    static boolean womansGivenName(List<List<Word>> full) {
        if (full.isEmpty() || full.getFirst().size() < 2) return false;
        String first = full.getFirst().getFirst().text();
        for (List<Word> m : full) {
            String given = m.getFirst().text().toLowerCase(Locale.ROOT);
            String surname = m.getLast().text().toLowerCase(Locale.ROOT);
            if (m.getFirst().initial() || !m.getFirst().text().equals(first) || given.length() < 4
                    || "aая".indexOf(given.charAt(given.length() - 1)) < 0 || surname.length() < 3
                    || !Character.isLetter(surname.charAt(surname.length() - 1))
                    || VOWELS.indexOf(surname.charAt(surname.length() - 1)) >= 0
                    || MANS_SURNAME.matcher(surname).find()) return false;
        }
        return true;
    }

    /**
     * A man's form of a Slavic surname, or an instrumental: no woman's nominative (hers is Timakova, Novotná, Шицсова),
     * so the -a before it is a case ending after all ("Андриса и Юриса Шицсов", a plural genitive).
     */
    private static final Pattern MANS_SURNAME = Pattern.compile("(?:ов|ев|ёв|ин|ын|ий|ый|ой|ом|ем|ov|ev|in|yn|ij|yj|oj|om|em|ý|ski|cki)$");

    /**
     * What a full name's given name says of its surname's case: the two agree in case, so a given name read as
     * declined (Marka, Jeremyho, Терезы → Mark, Jeremy, Тереза) says the surname is declined too. A man's surname
     * then loses its ending (Zuckerberga → Zuckerberg, Лохера → Лохер); a woman's foreign surname is not declined
     * in these languages (Asii Bibi, Терезы Мэй) and keeps its written form unless that form has an ending no
     * nominative has (Захаровой → Захарова).
     */
    enum Agreement {
        NONE, DECLINED_MALE, DECLINED_FEMALE, NOMINATIVE;

        Comparator<Map.Entry<String, Integer>> order(Set<String> written, String language) {
            return switch (this) {
                case NONE -> (a, b) -> 0;
                case DECLINED_MALE -> Comparator.comparing(e -> !written.contains(e.getKey()));
                // A surname in -a after such a name is still a genitive: a foreign given name is not declined
                // (Andrew Marra, Andrew Mortona: Marr's, Morton's).
                case NOMINATIVE -> Comparator.comparing(e -> written.contains(e.getKey())
                        && "aаяá".indexOf(Character.toLowerCase(e.getKey().charAt(e.getKey().length() - 1))) < 0);
                case DECLINED_FEMALE -> Comparator.comparing(e -> written.contains(e.getKey())
                        && !SlavicInflections.oblique(e.getKey(), language));
            };
        }
    }

    /**
     * True when a given name and surname end in the same case ending, the surname no woman's in the nominative
     * (Boruta Pahorja, Kennetha Clarka, Мартина Лохера; not Мария Захарова, Anna Zalewska): a man's name in an
     * oblique case, both words declined.
     */
    static boolean sameCaseEnding(Word given, Word surname, String language) {
        String g = given.text().toLowerCase(Locale.ROOT);
        String s = surname.text().toLowerCase(Locale.ROOT);
        // Czech and Slovak decline a foreign surname in a vowel with -ho, a man's genitive only (Michaela O'Learyho,
        // Harryho): the given name in -a before it is his genitive too.
        if (("cs".equals(language) || "sk".equals(language)) && !given.initial() && g.length() >= 4 && g.endsWith("a")
                && s.length() >= 5 && s.endsWith("ho") && "yie".indexOf(s.charAt(s.length() - 3)) >= 0) return true;
        if (given.initial() || g.length() < 3 || s.length() < 3 || g.charAt(g.length() - 1) != s.charAt(s.length() - 1)
                || "auауяю".indexOf(s.charAt(s.length() - 1)) < 0) return false;
        if (WOMANS_SURNAME.matcher(s).find()) return false;
        return SlavicInflections.nominatives(given.text(), language).size() > 1
                && SlavicInflections.nominatives(surname.text(), language).size() > 1;
    }

    /**
     * Cyrillic writes one case ending with a hard or a soft vowel after the stem's last consonant: Дмитрия Ковальчука
     * and Петра Журавеля are both genitives, Юрию Гайдуку both datives ({@link GivenNameCases#mansInCase}: a known
     * man's given name in a case before it).
     */
    static char hardVowel(char vowel) {
        return switch (vowel) {
            case 'я' -> 'а';
            case 'ю' -> 'у';
            default -> vowel;
        };
    }

    /** Endings of women's surnames in the nominative: -ova, -ska, -ová, -ова, -ина, -ская … */
    private static final Pattern WOMANS_SURNAME = Pattern.compile(
            "(?:ova|eva|ina|yna|owa|ewa|ska|cka|dzka|ová|ská|cká|ая|яя|ова|ева|ёва|ина|ына|ська|цька)$");

    /** The agreement a given name's nominative sets for its surname: declined when no written form is that nominative. */
    static Agreement agreement(String given, List<Word> forms, String language) {
        if (given.length() < 2 || forms.stream().anyMatch(Word::initial)) return Agreement.NONE;
        // A given name no ending can be read off (Ejaz, Shahbaz, Roman; not Jeremy'ego) is a man's nominative, so his
        // surname is one too: its written form (Ashrafi, Bhatti) before one with an ending taken off (Ashraf, Bhatt).
        if (forms.stream().allMatch(w -> undeclined(w, language) && !SlavicInflections.oblique(w.text(), language))) {
            return Agreement.NOMINATIVE;
        }
        if (forms.stream().anyMatch(w -> w.text().equals(given))) return Agreement.NONE;
        char last = Character.toLowerCase(given.charAt(given.length() - 1));
        return "aаяá".indexOf(last) >= 0 ? Agreement.DECLINED_FEMALE : Agreement.DECLINED_MALE;
    }

    /**
     * Czech and Slovak give a foreign woman's surname -ová after its last vowel (Bibiová, Mayová): it goes, so that
     * she has the name other languages give her; a native surname (Nováková, stem ending in a consonant) keeps it, and
     * so does one whose stem is written with a letter of Czech or Slovak spelling (Vášáryová, a Slovak woman's
     * surname of Hungarian origin: Vášáry is no name of other languages).
     */
    static String femaleForeign(String word, String language) {
        if (!"cs".equals(language) && !"sk".equals(language)) return word;
        String lower = word.toLowerCase(Locale.ROOT);
        for (String ending : List.of("ovou", "ovej", "ové", "ová", "ovú")) {
            if (lower.endsWith(ending) && lower.length() > ending.length() + 1
                    && "aeiouyáéíóúý".indexOf(lower.charAt(lower.length() - ending.length() - 1)) >= 0) {
                String stem = word.substring(0, word.length() - ending.length());
                return CzechWomensSurnames.nativeSpelling(stem) ? word : stem;
            }
        }
        return word;
    }

    static String titleCase(String latin) {
        StringBuilder out = new StringBuilder(latin.length());
        boolean upper = true;
        for (char c : latin.toCharArray()) {
            out.append(upper ? Character.toUpperCase(c) : c);
            upper = c == '-' || c == ' ' || c == '\'';
        }
        return out.toString();
    }

    /**
     * A Latin name part keeps the capitals and apostrophes the article writes inside it (McCain, McSally, MacLeod,
     * O'Malley): the plain spelling, letter for letter the same name, would make them Mccain, Mcsally and Omalley,
     * which no one writes.
     */
    static String capitalsAsWritten(String part, String spelt) {
        String letters = APOSTROPHES.matcher(part).replaceAll("");
        if (letters.length() != spelt.length() || letters.codePoints().skip(1).noneMatch(Character::isUpperCase)
                || letters.codePoints().filter(Character::isLetter)
                        .anyMatch(c -> Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN)) return spelt;
        StringBuilder out = new StringBuilder(part.length());
        int at = 0;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '\'' || c == '’') {
                out.append('\'');
                continue;
            }
            char letter = spelt.charAt(at++);
            out.append(Character.isUpperCase(c) ? Character.toUpperCase(letter) : letter);
        }
        return out.toString();
    }
}
