package news.dispatch.entity.person;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import news.dispatch.entity.Entity;
import news.dispatch.entity.Mention;
import news.dispatch.entity.language.CommonWords;
import news.dispatch.entity.language.SlavicInflections;
import news.dispatch.entity.organization.OrganizationGazetteer;
import news.dispatch.entity.person.SlavicCandidates.Candidate;
import news.dispatch.entity.person.SlavicWords.Word;

import static news.dispatch.entity.person.SlavicCandidates.STEM_MARK;
import static news.dispatch.entity.person.SlavicNameGrammar.undeclined;
import static news.dispatch.entity.person.SlavicWords.ROMAN;
import static news.dispatch.entity.person.SlavicWords.adjacent;
import static news.dispatch.entity.person.SlavicWords.words;

/**
 * The persons of an article in Bulgarian, Czech, Croatian, Polish, Russian, Slovak, Slovene or Ukrainian, each under
 * one name shared with English coverage. No statistical model reads these languages here, so the rules use what
 * their writing gives: within a sentence only names are capitalised (months, offices, nationalities and the later
 * words of most institutions are not), so two or three capitalised words in a row are a name unless one of them is
 * a country; a capitalised word alone is a person only as the surname of a full name of the article, as a surname
 * of a person the tables know, or after a title ("президента Путина", "pani Merkel"). Forms of one name are grouped
 * by their stems ({@link SlavicInflections}), and the group named through {@link CrossScriptNames}.
 */
public final class SlavicPersons {
    /** ISO 639-1 codes of the languages read here. */
    public static final Set<String> LANGUAGES = Set.of("bg", "cs", "hr", "pl", "ru", "sk", "sl", "uk");
    /** The ones written in Cyrillic. */
    public static final Set<String> CYRILLIC_LANGUAGES = Set.of("bg", "ru", "uk");

    private final SlavicCues cues = new SlavicCues();
    private final SlavicNameParts nameParts = new SlavicNameParts();
    private final SlavicPlaces placeWords = new SlavicPlaces(nameParts);
    private final SlavicCandidates runs = new SlavicCandidates(cues, new CountryWords(), nameParts, placeWords);
    private final SlavicNominatives nominatives = new SlavicNominatives(nameParts);
    private final SlavicMentionGroups groups = new SlavicMentionGroups(nameParts, placeWords, nominatives);

    private static final class Holder {
        static final SlavicPersons INSTANCE = new SlavicPersons();
    }

    private SlavicPersons() {
    }

    public static SlavicPersons standard() {
        return Holder.INSTANCE;
    }

    /**
     * The language whose rules read the persons of an article in this language, or null: its own for
     * {@link #LANGUAGES}; Croatian's for Bosnian and Serbian written in Latin letters, one language in grammar and
     * name inflection with Croatian (Plenkovića, Vučićem, Angelom Merkel), which the detector tells apart from it by
     * vocabulary only (a Croatian text with Bosnian words comes out bs), so that such an article is not read by the
     * English model. Serbian in Cyrillic has no rules here.
     */
    public static String rulesFor(String language, String text) {
        if (reads(language)) return language;
        if (("bs".equals(language) || "sr".equals(language)) && text != null && mostlyLatin(text)) return "hr";
        return null;
    }

    private static boolean mostlyLatin(String text) {
        long latin = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN).count();
        long cyrillic = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC).count();
        return latin > cyrillic;
    }

    /** True when {@link #find} reads this language. */
    public static boolean reads(String language) {
        return language != null && LANGUAGES.contains(language);
    }

    /** The persons of a text in one of {@link #LANGUAGES}, one entity per person, mentions in text order. */
    public List<Entity> find(String text, String language) {
        if (text == null || text.isBlank() || !reads(language)) return List.of();
        List<Word> words = words(text);
        Set<String> lowerWords = new HashSet<>();
        Set<String> capitalStems = new HashSet<>();
        for (Word w : words) {
            // A word with a capital after its first letter (o’Leary, d'Estaing, McDonald written mcDonald) is a name
            // written with a lower-case particle, not the name's word in lower case.
            if (!w.capital() && !w.initial() && w.text().equals(w.text().toLowerCase(Locale.ROOT))) {
                lowerWords.add(w.text().toLowerCase(Locale.ROOT));
                lowerWords.add(STEM_MARK + SlavicInflections.stem(w.text(), language));
            }
            else if (w.capital() && !w.sentenceStart()) capitalStems.add(SlavicInflections.stem(w.text(), language));
        }
        // Starts of the words a title in an oblique case stands before: never their own nominative.
        Set<Integer> oblique = new HashSet<>();
        List<Candidate> candidates = runs.candidates(words, language, lowerWords, capitalStems, oblique);
        List<SlavicPerson> persons = new ArrayList<>();
        // The names of two words the article writes, by the stems of both: a third word before one is no part of it
        // ("Brukseli Mateusz Morawiecki" beside "Mateusz Morawiecki"), nor is a surname of one before another name
        // ("Bibiové Saif Mulúk": Bibi's, then Saif Mulúk's).
        Set<String> pairs = new HashSet<>();
        Set<String> surnames = new HashSet<>();
        Map<String, Set<String>> pairsOfSurname = new HashMap<>();
        Map<String, Integer> pairCounts = new HashMap<>();
        for (Candidate c : candidates) {
            if (c.words().size() != 2) continue;
            String pair = pair(c.words().get(0), c.words().get(1), language);
            pairs.add(pair);
            pairCounts.merge(pair, 1, Integer::sum);
            String surname = SlavicInflections.stem(c.words().get(1).text(), language);
            surnames.add(surname);
            pairsOfSurname.computeIfAbsent(surname, k -> new HashSet<>()).add(pair);
        }
        List<Candidate> lone = new ArrayList<>();
        Set<String> aloneStems = aloneStems(words, language);
        Set<Integer> afterTitle = afterTitle(words);
        for (Candidate c : candidates) {
            if (c.words().size() < 2) continue;
            List<Word> named = c.words();
            // Two surnames of two other full names of the article side by side, written so once, are two persons, not
            // one ("a Trumpovi Putin odpovedal": Trump's dative, Putin's nominative; "Merkelové Putin"): the free word
            // order puts them so. A name the article writes twice (Jeremy Corbyn, Jeremyja Corbyna) is one.
            if (named.size() == 2 && pairCounts.getOrDefault(pair(named.get(0), named.get(1), language), 0) == 1
                    && surnameOfAnother(named.get(0), named, pairsOfSurname, language)
                    && surnameOfAnother(named.get(1), named, pairsOfSurname, language)) {
                named.forEach(w -> lone.add(new Candidate(List.of(w), false)));
                continue;
            }
            // A capitalised word before a name ("Brexit Michel Barnier", "Unii Angela Merkel") is no part of it; nor is
            // one the article writes alone elsewhere, no name part Wikidata knows, when the two words do not share a
            // case ("Szkocji Nicola Sturgeon" beside "Szkocja"; "Мухаммед Афзал Кадри" beside the Prophet's "Мухаммед"
            // stays), nor one in the other script ("Cockpit Інгольф Шумахер", "Ryanair Девіда Бондермана").
            // A title right before the run says where the name starts: its first word stays even when Wikidata does not
            // know it ("генерал Камар Джавед Баджва"), if it is undeclined, as the given name of a foreign name is, no
            // word of the dictionary and not written alone in the article: "šéf Ryanairu Michael O'Leary" is the
            // title's genitive, "kanclerz Niemiec Angela Merkel" a common word's (a German; of Germany).
            while (named.size() > 2 && (!nameParts.namePart(named.getFirst(), language) && nameParts.namePart(named.get(1), language)
                    && !namedAfterTitle(named.getFirst(), afterTitle, aloneStems, language)
                    || pairs.contains(pair(named.get(1), named.get(2), language))
                    || surnames.contains(SlavicInflections.stem(named.getFirst().text(), language))
                    || gluedBefore(named, language, aloneStems)
                    || CrossScriptNames.isCyrillic(named.get(0).text()) != CrossScriptNames.isCyrillic(named.get(1).text()))) {
                named = named.subList(1, named.size());
            }
            // Nor is a word after a name the article writes alone ("Lukáš Vaněk Britská" beside "Lukáš Vaněk"); and
            // the words of one name agree in case, so a declined word before two undeclined ones belongs to the words
            // before ("Пенджаба Салман Тасир": Punjab's governor Salman Taseer), as does one after them in a case no
            // nominative has (an ambiguous ending may be a foreign surname's own: Muhammad Afzal Qadri).
            if (named.size() == 3 && (pairs.contains(pair(named.get(0), named.get(1), language))
                    || undeclined(named.get(0), language) && undeclined(named.get(1), language)
                    && SlavicInflections.oblique(named.get(2).text(), language))) {
                named = named.subList(0, 2);
            }
            else if (named.size() == 3 && !undeclined(named.get(0), language) && undeclined(named.get(1), language)
                    && undeclined(named.get(2), language)) {
                named = named.subList(1, 3);
            }
            // In a Cyrillic article, Latin capitals are mostly the names of foreign firms and media (Deutsche Welle,
            // Vereinigung Cockpit): there a name needs a part Wikidata knows, or a title before it.
            boolean foreign = CYRILLIC_LANGUAGES.contains(language) && !CrossScriptNames.isCyrillic(named.getFirst().text());
            // A person's name is written in one script: words of two (Об’єднання Cockpit, Меллону Manx) are none; a
            // regnal number is a word of neither (Елизавета II).
            boolean mixed = named.stream().filter(w -> !ROMAN.matcher(w.text()).matches())
                    .map(w -> CrossScriptNames.isCyrillic(w.text())).distinct().count() > 1;
            if (!mixed && !placeWords.longPlace(named, language) && (!foreign || c.cued() || named.stream().anyMatch(w -> nameParts.namePart(w, language)))) groups.addFull(persons, named, language);
        }
        for (Candidate c : candidates) {
            if (c.words().size() == 1) lone.add(c);
        }
        // The word right before each word, when nothing but a space parts them: a title naming a given name.
        Map<Integer, Word> wordBefore = new HashMap<>();
        for (int k = 1; k < words.size(); k++) {
            if (adjacent(words.get(k - 1), words.get(k))) wordBefore.put(words.get(k).start(), words.get(k - 1));
        }
        for (Candidate c : lone) groups.addLone(persons, c, language, wordBefore);
        persons.removeIf(p -> placeWords.writtenAsAPlace(p, words, language));
        List<Entity> entities = new ArrayList<>();
        Map<String, List<Mention>> byName = new LinkedHashMap<>();
        for (SlavicPerson p : persons) {
            String name = nominatives.name(p, language, oblique);
            List<Mention> mentions = byName.computeIfAbsent(name, k -> new ArrayList<>());
            for (List<Word> m : p.mentions) {
                int start = m.getFirst().start();
                int end = m.getLast().end();
                mentions.add(new Mention(start, end, text.substring(start, end), "slavic name"));
            }
        }
        // A name the organizations table knows (Boko Haram, Cambridge Analytica) is no person, in any script.
        byName.keySet().removeIf(name -> OrganizationGazetteer.standard().canonicalOf(name).isPresent()
                || byName.get(name).stream().anyMatch(m -> OrganizationGazetteer.standard().canonicalOf(m.text()).isPresent()));
        byName.values().removeIf(mentions -> mentions.stream().anyMatch(m -> abbreviatedAfter(text, m)));
        byName.values().removeIf(mentions -> mentions.stream().allMatch(m -> quoted(text, m)));
        byName.forEach((name, mentions) -> {
            mentions.sort(Comparator.comparingInt(Mention::start));
            entities.add(new Entity(name, null, mentions));
        });
        entities.sort(Comparator.comparingInt(e -> e.mentions().getFirst().start()));
        return entities;
    }

    private static final String OPENING_QUOTES = "\"„“«‚‘'";
    private static final String CLOSING_QUOTES = "\"“”»‘’'";

    /**
     * A name in quotation marks, the marks around it and nothing else, is the name of a medium, firm, party or
     * campaign („Дейли Мейл“, "Frankfurter Allgemeine Zeitung", «Українські Новини»): these languages quote such
     * names and not persons'. On the dev stories 33 such names were found as persons, none of them one.
     */
    private static boolean quoted(String text, Mention m) {
        return m.start() > 0 && m.end() < text.length() && OPENING_QUOTES.indexOf(text.charAt(m.start() - 1)) >= 0
                && CLOSING_QUOTES.indexOf(text.charAt(m.end())) >= 0;
    }

    private static final Pattern ABBREVIATION = Pattern.compile("\\G\\s*\\((\\p{Lu}{2,6})\\)");

    /**
     * A name followed by its own abbreviation in brackets is a body's, not a person's: "Tehríke Labajk (TLP)",
     * "Vereinigung Cockpit (VC)". Its words' initials open the abbreviation, in order; a party after a person's
     * name does not ("Andrej Babiš (ANO)").
     */
    private static boolean abbreviatedAfter(String text, Mention m) {
        Matcher after = ABBREVIATION.matcher(text);
        if (!after.find(m.end())) return false;
        String abbreviation = after.group(1);
        String[] parts = m.text().split("[\\s\\-]+");
        if (parts.length < 2 || parts[0].isEmpty() || abbreviation.charAt(0) != Character.toUpperCase(parts[0].charAt(0))) return false;
        int at = 1;
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].isEmpty()) continue;
            at = abbreviation.indexOf(Character.toUpperCase(parts[i].charAt(0)), at);
            if (at < 0) return false;
            at++;
        }
        return true;
    }

    /**
     * Stems of the capitalised words the article writes inside a sentence with no capitalised word beside them
     * (Szkocji, Londynie, Кремля): words it uses on their own.
     */
    private static Set<String> aloneStems(List<Word> words, String language) {
        Set<String> stems = new HashSet<>();
        for (int k = 0; k < words.size(); k++) {
            Word w = words.get(k);
            if (!w.capital() || w.sentenceStart()) continue;
            boolean before = k > 0 && (words.get(k - 1).capital() || words.get(k - 1).initial()) && adjacent(words.get(k - 1), w);
            boolean after = k + 1 < words.size() && words.get(k + 1).capital() && adjacent(w, words.get(k + 1));
            if (!before && !after) stems.add(SlavicInflections.stem(w.text(), language));
        }
        return stems;
    }

    private static boolean namedAfterTitle(Word first, Set<Integer> afterTitle, Set<String> aloneStems, String language) {
        return afterTitle.contains(first.start()) && undeclined(first, language)
                && !(CommonWords.reads(language) && CommonWords.common(first.text(), language))
                && !aloneStems.contains(SlavicInflections.stem(first.text(), language));
    }

    /** Starts of the capitalised words right after a title (генерал, premier, президент): where a name opens. */
    private Set<Integer> afterTitle(List<Word> words) {
        Set<Integer> starts = new HashSet<>();
        for (int k = 1; k < words.size(); k++) {
            if (words.get(k).capital() && cues.isCue(words.get(k - 1)) && adjacent(words.get(k - 1), words.get(k))) {
                starts.add(words.get(k).start());
            }
        }
        return starts;
    }

    /** The word's stem is the surname of a full name of two words the article writes other than these words. */
    private static boolean surnameOfAnother(Word w, List<Word> named, Map<String, Set<String>> pairsOfSurname, String language) {
        String own = pair(named.get(0), named.get(1), language);
        return pairsOfSurname.getOrDefault(SlavicInflections.stem(w.text(), language), Set.of()).stream()
                .anyMatch(p -> !p.equals(own));
    }

    /**
     * The first of three or more words is glued to the name after it: the article writes it alone elsewhere, it is
     * no name part Wikidata knows, and it does not share a case with the next word (both undeclined, as in
     * "Мухаммед Афзал Кадри", they may be one name; before an initial, "Jože P. Damijan", they are).
     */
    private boolean gluedBefore(List<Word> named, String language, Set<String> aloneStems) {
        Word first = named.get(0);
        Word next = named.get(1);
        return !next.initial() && !nameParts.namePart(first, language) && !(undeclined(first, language) && undeclined(next, language))
                && aloneStems.contains(SlavicInflections.stem(first.text(), language));
    }

    private static String pair(Word first, Word second, String language) {
        return SlavicInflections.stem(first.text(), language) + " " + SlavicInflections.stem(second.text(), language);
    }

    /** True for a word "the younger" in any case (младшего, Mladšího): the Jr. of an English name. */
    static boolean junior(String word) {
        return JuniorNames.junior(word);
    }
}
