package news.dispatch.entity.person;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import news.dispatch.entity.language.SlavicInflections;
import news.dispatch.entity.person.SlavicNameGrammar.Agreement;
import news.dispatch.entity.person.SlavicWords.Word;

import static news.dispatch.entity.person.JuniorNames.withoutJunior;
import static news.dispatch.entity.person.SlavicNameGrammar.accusativeSurname;
import static news.dispatch.entity.person.SlavicNameGrammar.agreement;
import static news.dispatch.entity.person.SlavicNameGrammar.capitalsAsWritten;
import static news.dispatch.entity.person.SlavicNameGrammar.femaleForeign;
import static news.dispatch.entity.person.SlavicNameGrammar.manInAccusative;
import static news.dispatch.entity.person.SlavicNameGrammar.sameCaseEnding;
import static news.dispatch.entity.person.SlavicNameGrammar.titleCase;
import static news.dispatch.entity.person.SlavicNameGrammar.undeclinedAfterFeminine;
import static news.dispatch.entity.person.SlavicNameGrammar.womansGivenName;
import static news.dispatch.entity.person.SlavicPersons.CYRILLIC_LANGUAGES;

/**
 * The name a Slavic person is found under: the canonical name of the tables when its base form sounds like one
 * listed, else the base form in Latin letters. The base form of each part is voted from its case forms in the
 * article, weighed by the case agreement of given name and surname, foreign names' lost final vowels and Czech
 * and Slovak women's -ová; a surname alone is named by the listed person it stands for.
 */
final class SlavicNominatives {
    private final CrossScriptNames names = CrossScriptNames.standard();
    private final SlavicNameParts nameParts;

    SlavicNominatives(SlavicNameParts nameParts) {
        this.nameParts = nameParts;
    }

    /** The person's name: the table's canonical name when the name sounds like one listed, else its nominative in Latin letters. */
    String name(SlavicPerson p, String language, Set<Integer> oblique) {
        if (p.sacred != null && !p.sacred.isEmpty()) return p.sacred;
        if (p.length == 2) {
            // Both words one sacred figure's (Иисуса Христа, Jezus Chrystus): its English name.
            List<Word> first = p.mentions.stream().filter(m -> m.size() == 2).findFirst().orElseThrow();
            Optional<String> given = nameParts.sacred(first.get(0), language);
            if (given.isPresent() && !given.get().isEmpty() && given.equals(nameParts.sacred(first.get(1), language))) return given.get();
        }
        List<List<Word>> full = p.mentions.stream().filter(m -> m.size() == p.length).toList();
        if (p.length >= 2 && !full.isEmpty() && full.stream().allMatch(m -> withoutJunior(m) != null)) {
            // "Джордж Буш-младший", "Джорджа Буша Младшего": the name before it, and Jr. as English writes it.
            SlavicPerson named = new SlavicPerson();
            named.length = withoutJunior(full.getFirst()).size();
            for (List<Word> m : p.mentions) named.mentions.add(m.size() == p.length ? withoutJunior(m) : m);
            if (named.mentions.stream().allMatch(m -> m.size() == named.length)) return name(named, language, oblique) + " Jr.";
        }
        List<String> parts = new ArrayList<>();
        Agreement agreement = Agreement.NONE;
        boolean accusative = p.length >= 2 && full.stream().allMatch(m -> manInAccusative(m.getFirst(), m.getLast(), language));
        boolean declined = p.length >= 2 && (accusative
                || full.stream().allMatch(m -> sameCaseEnding(m.getFirst(), m.getLast(), language)
                && !givenNameAsWritten(m.getFirst(), language))
                || full.stream().allMatch(m -> mansGivenNameInCase(m.getFirst(), m.getLast(), language)));
        for (int i = 0; i < p.length; i++) {
            final int at = i;
            List<Word> forms = full.stream().map(m -> m.get(at)).toList();
            Agreement given = i == 0 && declined ? Agreement.DECLINED_MALE : Agreement.NONE;
            String part = i == p.length - 1 && accusative ? accusativeSurname(forms.getFirst().text())
                    : i == 0 && p.length >= 2 && undeclinedGivenNameInI(forms, language) ? forms.getFirst().text()
                    : i == p.length - 1 && p.length >= 2 && undeclinedAfterFeminine(full, language)
                    ? forms.getFirst().text() : nominative(forms, language, oblique, i == p.length - 1 ? agreement : given,
                    i == p.length - 1 ? lone(p) : List.of());
            if (i == 0 && p.length >= 2 && (womansGivenName(full) || womansGivenNameBeside(full, language))) part = forms.getFirst().text();
            if (i == 0) agreement = womansNominative(part, forms, language) ? Agreement.DECLINED_FEMALE : agreement(part, forms, language);
            if (i == 0 && p.length >= 2 && undeclinedGivenNameInI(forms, language) && surnameDeclinedElsewhere(p, language)) {
                agreement = Agreement.DECLINED_MALE;
            }
            if (i == p.length - 1 && p.length >= 2) part = surnameBesideNominative(full, parts.getFirst(), language).orElse(part);
            if (i == p.length - 1 && p.length >= 2) part = foreignWomansSurname(parts.getFirst(), part, language);
            parts.add(part);
        }
        if (p.length == 1) {
            for (List<Word> m : full) {
                Optional<String> alone = knownAlone(m.getFirst(), language);
                if (alone.isPresent()) return alone.get();
            }
        }
        List<String> latin = parts.stream().map(part -> names.latin(part, language)).toList();
        Optional<String> known = latin.size() >= 2 ? names.known(latin.getFirst(), latin.getLast())
                : names.known(null, latin.getFirst());
        if (known.isPresent()) return known.get();
        List<String> spelt = names.spelling(parts);
        List<String> written = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) written.add(capitalsAsWritten(parts.get(i), titleCase(spelt.get(i))));
        return String.join(" ", written);
    }

    /**
     * The nominative of one name part from its forms in the article: the candidate most forms may stand for, then
     * one that is a known name part, then one the article writes (measured on the BSNLP dev stories: preferring the
     * written form names more persons right than preferring the derived one, F1 0.71 against 0.66).
     */
    private String nominative(List<Word> forms, String language, Set<Integer> obliqueAt, Agreement agreement, List<Word> alone) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        Set<String> written = new HashSet<>();
        for (Word w : forms) {
            if (w.initial()) continue;
            String form = femaleForeign(w.text(), language);
            boolean oblique = obliqueAt.contains(w.start()) || SlavicInflections.oblique(form, language);
            if (!oblique) written.add(w.text());
            List<String> candidates = SlavicInflections.nominatives(form, language);
            for (String candidate : candidates) {
                if (!oblique || !candidate.equals(form) || candidates.size() == 1) votes.merge(candidate, 1, Integer::sum);
            }
        }
        if (votes.isEmpty()) return forms.getFirst().text().substring(0, 1);
        Comparator<Map.Entry<String, Integer>> known = Comparator.comparing(e -> names.isNamePart(e.getKey(), language));
        Comparator<Map.Entry<String, Integer>> asWritten = Comparator.comparing(e -> written.contains(e.getKey()));
        // The name parts table is Russian Wikidata's: a Ukrainian spelling (і, ї, є, Вара beside Вар) is judged by its
        // transliteration only, so there the written form comes first (uk persons F1 0.732 -> 0.785 per article on
        // the dev stories; for the other languages the order as it was measured higher).
        Comparator<Map.Entry<String, Integer>> tie = "uk".equals(language) ? asWritten.thenComparing(known) : known.thenComparing(asWritten);
        tie = agreement.order(written, language).thenComparing(tie);
        String chosen = votes.entrySet().stream().max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                .thenComparing(tie)).orElseThrow().getKey();
        Set<String> seen = new HashSet<>(written);
        for (Word w : alone) {
            if (!w.initial() && !obliqueAt.contains(w.start()) && !SlavicInflections.oblique(w.text(), language)) seen.add(w.text());
        }
        return foreignStem(chosen, seen, language);
    }

    /**
     * A given name in -a the tables know as written while no form it may be a case of is one (Anna; not Kennetha,
     * nor Roberta, which is also Robert's genitive): a woman's nominative, so the surname ending like it (Anna Wicha)
     * is no man's genitive and keeps its -a. On the BSNLP dev stories one Polish person more named right (pl persons
     * F1 0.874 → 0.875); counting Roberta (known both ways) as a nominative lost Roberta Pestona (Robert Peston's).
     */
    private boolean givenNameAsWritten(Word given, String language) {
        if (given.initial() || !names.knownGivenName(names.latin(given.text(), language))) return false;
        for (String nominative : SlavicInflections.nominatives(given.text(), language)) {
            if (!nominative.equals(given.text()) && names.knownGivenName(names.latin(nominative, language))) return false;
        }
        return true;
    }

    /**
     * A woman's given name in the nominative, every form as written (Анна, Мария; not Евгения, also Евгений's
     * genitive): her surname is in the nominative too, so its written form, a woman's (Анна Попова), comes before the
     * man's it may be a case of (Попов), however the tables rank them.
     */
    private boolean womansNominative(String given, List<Word> forms, String language) {
        if (!womansEnding(given)) return false;
        return forms.stream().allMatch(w -> w.text().equals(given) && givenNameAsWritten(w, language));
    }

    /** A given name of three letters or more ending in -a, -а or -я, as a woman's nominative does. */
    private static boolean womansEnding(String given) {
        return given.length() >= 3 && "aая".indexOf(Character.toLowerCase(given.charAt(given.length() - 1))) >= 0;
    }

    /** A woman's surname in the nominative that no case of a man's name has: the adjectival -ая, -ська (Новодворская). */
    private static final Pattern WOMANS_ADJECTIVAL_SURNAME = Pattern.compile("(?iu)\\p{L}{2,}(?:[сц]кая|[сц]ька|ая|яя)$");

    /**
     * A given name in -а or -я before a surname only a woman's nominative has (Валерия Новодворская): hers as
     * written, though it may also be a man's genitive (Валерия of Валерий).
     */
    private boolean womansGivenNameBeside(List<List<Word>> full, String language) {
        if (full.isEmpty() || full.getFirst().size() < 2) return false;
        String given = full.getFirst().getFirst().text();
        if (!womansEnding(given)) return false;
        return full.stream().allMatch(m -> m.getFirst().text().equals(given)
                && WOMANS_ADJECTIVAL_SURNAME.matcher(m.getLast().text()).matches());
    }

    /** The Cyrillic case endings a man's given name and surname share (Егора, Дмитрия; Егору, Юрию). */
    private static final Pattern MANS_CASE_ENDING = Pattern.compile("(?iu)(?<=[бвгґджзйклмнпрстфхцчшщ])[аяую]$|(?<=[иі])[яю]$");
    /** The genitive and dative of a surname in -й (Рея, Клею: Рей's, Клей's). */
    private static final Pattern AFTER_J = Pattern.compile("(?iu)(?<=[аеёоуэє])[яю]$");

    /**
     * A man's given name in the genitive or dative before a surname in the same case, in Cyrillic: the given name as
     * written is no known given name while its nominative in a consonant or -й is one (Егора of Егор, Дмитрия of
     * Дмитрий), so the surname's -а or -я is his case too, even where it reads like a woman's surname (Егора Крючкова,
     * Айдара Ишмухаметова: Крючков's, Ишмухаметов's; Крістофера Рея: Рей's; Анна Попова keeps hers).
     */
    private boolean mansGivenNameInCase(Word given, Word surname, String language) {
        if (!CYRILLIC_LANGUAGES.contains(language) || "bg".equals(language) || given.initial()) return false;
        String g = given.text().toLowerCase(Locale.ROOT);
        String s = surname.text().toLowerCase(Locale.ROOT);
        if (g.length() < 4 || s.length() < 3 || !MANS_CASE_ENDING.matcher(g).find()
                || !MANS_CASE_ENDING.matcher(s).find() && !AFTER_J.matcher(s).find()
                || SlavicNameGrammar.hardVowel(g.charAt(g.length() - 1)) != SlavicNameGrammar.hardVowel(s.charAt(s.length() - 1))
                || womansGivenNameBeside(List.of(List.of(given, surname)), language) || knownGivenName(given.text(), language)) {
            return false;
        }
        for (String nominative : SlavicInflections.nominatives(given.text(), language)) {
            char last = Character.toLowerCase(nominative.charAt(nominative.length() - 1));
            if (!nominative.equals(given.text()) && "аеёиоуыэюяіїєь".indexOf(last) < 0 && knownGivenName(nominative, language)) return true;
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
    private boolean undeclinedGivenNameInI(List<Word> forms, String language) {
        Word given = forms.getFirst();
        if (!I_UNDECLINED_LANGUAGES.contains(language) || given.initial()
                || forms.stream().anyMatch(f -> !f.text().equals(given.text()))) return false;
        String written = given.text();
        if (!ENDS_IN_I.matcher(written).find() || SlavicInflections.oblique(written, language)) return false;
        if (knownGivenName(written, language)) return true;
        for (String nominative : SlavicInflections.nominatives(written, language)) {
            if (!nominative.equals(written) && knownGivenName(nominative, language)) return false;
        }
        return true;
    }

    /**
     * After a given name in -i that takes no case ending (Кенні, Гарри), the surname's -а alone cannot say whether it
     * is a man's genitive or a nominative (Кенні Джейкобса, Рене ДиРеста): the person's other mentions can. When one
     * writes the surname as the stem the -а leaves, or in another case of that stem (Джейкобс, Джейкобсом), the -а
     * is a case ending too.
     */
    private static boolean surnameDeclinedElsewhere(SlavicPerson p, String language) {
        List<String> written = p.mentions.stream().filter(m -> m.size() == p.length).map(m -> m.getLast().text()).distinct().toList();
        if (written.size() != 1 || !MANS_CASE_ENDING.matcher(written.getFirst()).find()) return false;
        String surname = written.getFirst();
        List<String> stems = SlavicInflections.nominatives(surname, language).stream().filter(n -> !n.equals(surname)).toList();
        for (List<Word> m : p.mentions) {
            String other = m.getLast().text();
            if (other.equals(surname) || m.getLast().initial()) continue;
            if (SlavicInflections.nominatives(other, language).stream().anyMatch(stems::contains)) return true;
        }
        return false;
    }

    /** A given name ending in a consonant: a man's, which a case ending would change (Chris, Chrisa; Егор, Егора). */
    private static final Pattern ENDS_IN_CONSONANT = Pattern.compile("(?iu)[b-df-hj-np-tv-xzčćďľňřšťžłńśźżбвгґджзйклмнпрстфхцчшщ]$");

    /**
     * Endings of a man's surname in a case after a consonant, in every language (-a, -u, -em, -om, -owi; -а, -у, -ом):
     * a place named after a person keeps the given name as written before a declined surname (sl "na Roland Garrosu").
     */
    private static final Pattern MANS_CASE = Pattern.compile("(?iu)(?<=[^aeiouyаеиоуыэюяіїє])(?:a|u|em|om|ovi|owi|iem|ju|ja|jem|а|у|ом|ем|ым|ові)$");

    /**
     * The surname as a full mention writes it after the given name in its nominative, where the article writes the
     * surname in more than one form (sl "Chris Wallace" beside "Chrisa Wallaca": Wallace, not the Wallaca the Slovene
     * -e/-a endings vote for): a man's given name in a consonant shows his case, so beside it in the nominative the
     * surname is one too. Only one such form, never an initial, an oblique form, a man's case ending nor a Czech or
     * Slovak woman's -ová (Kim Wehleová is Kim Wehle).
     */
    private static Optional<String> surnameBesideNominative(List<List<Word>> full, String given, String language) {
        if (!ENDS_IN_CONSONANT.matcher(given).find() || full.stream().map(m -> m.getLast().text()).distinct().count() < 2) {
            return Optional.empty();
        }
        List<String> surnames = full.stream().filter(m -> !m.getFirst().initial() && m.getFirst().text().equals(given))
                .map(m -> m.getLast()).filter(w -> !w.initial() && !SlavicInflections.oblique(w.text(), language)
                        && femaleForeign(w.text(), language).equals(w.text()) && !MANS_CASE.matcher(w.text()).find())
                .map(Word::text).distinct().toList();
        return surnames.size() == 1 ? Optional.of(surnames.getFirst()) : Optional.empty();
    }

    /**
     * A given name of the persons table or a name word of the English tables; in Cyrillic also a name part of the
     * Russian Wikidata table (Анджела of Анджели), which in Latin letters would also know surnames
     * (Vila, the Russian Вила's) that are no given name.
     */
    private boolean knownGivenName(String part, String language) {
        String latin = names.latin(part, language);
        return names.knownGivenName(latin) || nameParts.inEnglishTables(latin)
                || CYRILLIC_LANGUAGES.contains(language) && names.isNamePart(part, language);
    }

    /** The lone mentions of a person (its surname written alone: "Gore" beside "Ala Gora"). */
    private static List<Word> lone(SlavicPerson p) {
        return p.length < 2 ? List.of() : p.mentions.stream().filter(m -> m.size() == 1).map(List::getFirst).toList();
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
    private String foreignStem(String chosen, Set<String> written, String language) {
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

    private static final Pattern WOMANS_ENDING = Pattern.compile("(?iu)(?<=[^aeiouyáéíóúý])(?:ová|ové|ovou|ovej|ovú)$");
    /** Letters of Czech and Slovak spelling that English names do not have (Urbišová, Nováková are native). */
    private static final Pattern NATIVE_LETTER = Pattern.compile("[áčďéěíňóřšťúůýžäĺľôŕÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]");

    /**
     * Czech and Slovak give a foreign woman's surname -ová after a consonant too (Penny Mordauntová, Carrie
     * Lamová): after a given name of the English name tables, a surname written with no letter of their own
     * alphabets is named as other languages name her (Mordaunt, Lam).
     */
    private String foreignWomansSurname(String given, String surname, String language) {
        if (!"cs".equals(language) && !"sk".equals(language)
                || !nameParts.inEnglishTables(CrossScriptNames.ascii(given).toLowerCase(Locale.ROOT))) return surname;
        Matcher m = WOMANS_ENDING.matcher(surname);
        if (!m.find() || m.start() < 3) return surname;
        String stem = surname.substring(0, m.start());
        return NATIVE_LETTER.matcher(stem).find() ? surname : stem;
    }

    /**
     * The listed person a word alone names: by its nominative as {@link #nominative} chooses it, else by any other
     * nominative it may stand for (Tuskove, Hitlerjevo, Powellov: Slovene possessives, whose written form wins the
     * choice when the bare surname is no Wikidata name part), else as a woman's -ová form.
     */
    Optional<String> knownAlone(Word w, String language) {
        Optional<String> known = names.known(null, names.latin(nominative(List.of(w), language, Set.of(), Agreement.NONE, List.of()), language));
        if (known.isPresent()) return known;
        for (String nominative : SlavicInflections.nominatives(femaleForeign(w.text(), language), language)) {
            // The written form was weighed by the choice above (Menem of "nad Menem", the river Main, is an oblique case).
            if (nominative.length() < 4 || nominative.equals(w.text())) continue;
            known = names.known(null, names.latin(nominative, language));
            if (known.isPresent()) return known;
        }
        return womansFormOfKnown(w, language);
    }

    private static final Pattern WOMANS_FORM = Pattern.compile("(?iu)^(\\p{L}{3,}?)ov(?:á|é|ou|ej|ú)$");

    /**
     * Czech and Slovak write a foreign woman's surname with -ová after a consonant too (Merkelová, Clintonová,
     * Mayová): alone, in any case (Merkelovej, Clintonovou), it names the listed person of that surname.
     */
    private Optional<String> womansFormOfKnown(Word w, String language) {
        if (!"cs".equals(language) && !"sk".equals(language)) return Optional.empty();
        Matcher m = WOMANS_FORM.matcher(w.text());
        if (!m.matches()) return Optional.empty();
        return names.known(null, names.latin(m.group(1), language));
    }
}
