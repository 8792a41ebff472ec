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
import news.dispatch.entity.language.SlavicInflections;
import news.dispatch.entity.organization.OrganizationGazetteer;
import news.dispatch.entity.person.SlavicCandidates.Candidate;
import news.dispatch.entity.person.SlavicWords.Word;

import static news.dispatch.entity.person.SlavicCandidates.STEM_MARK;
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
 * <p>Each step has its class: {@link SlavicWords} reads the words, {@link SlavicCandidates} finds the runs of
 * capitals, {@link SlavicFullNames} cuts them to full names, {@link SlavicMentionGroups} gathers the mentions into
 * persons and {@link SlavicNominatives} names each; this class runs them in order and drops the names that turn out
 * to be a body's or a medium's.
 */
public final class SlavicPersons {
    /** ISO 639-1 codes of the languages read here. */
    public static final Set<String> LANGUAGES = Set.of("bg", "cs", "hr", "pl", "ru", "sk", "sl", "uk");
    /** The ones written in Cyrillic. */
    public static final Set<String> CYRILLIC_LANGUAGES = Set.of("bg", "ru", "uk");

    private final SlavicCues cues = new SlavicCues();
    private final SlavicNameParts nameParts = new SlavicNameParts();
    private final SlavicPlaces placeWords = new SlavicPlaces(nameParts);
    private final NamedAfterPersons namedAfterPersons = new NamedAfterPersons(cues);
    private final SlavicCandidates runs = new SlavicCandidates(cues, new CountryWords(), nameParts, placeWords,
            namedAfterPersons);
    private final SlavicFullNames fullNames = new SlavicFullNames(cues, nameParts, placeWords);
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

    /**
     * True when the word, as written in an article of this language, is a case form of a given name the tables know
     * (Доминика, Dominika): where a country's name opens a person's name, it is then the person's given name.
     */
    public boolean givenName(String word, String language) {
        return reads(language) && nameParts.knownGivenName(new Word(0, word.length(), word, false, true, false, false, true), language);
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
        SlavicFullNames.Cut cut = fullNames.cut(candidates, words, language);
        for (List<Word> named : cut.fullNames()) groups.addFull(persons, named, language);
        List<Candidate> lone = new ArrayList<>(cut.lone());
        for (Candidate c : candidates) {
            if (c.words().size() == 1) lone.add(c);
        }
        lone.addAll(OpeningSurnames.of(words, cut.fullNames(), candidates, language, lowerWords));
        // The word right before each word, when nothing but a space parts them: a title naming a given name.
        Map<Integer, Word> wordBefore = new HashMap<>();
        for (int k = 1; k < words.size(); k++) {
            if (adjacent(words.get(k - 1), words.get(k))) wordBefore.put(words.get(k).start(), words.get(k - 1));
        }
        titlesOverConjunctions(words, wordBefore);
        Set<String> speakers = speakerStems(words, language);
        speakers.addAll(womenBySurname(words, language));
        for (Candidate c : lone) groups.addLone(persons, c, language, wordBefore, speakers);
        persons.removeIf(p -> placeWords.writtenAsAPlace(p, words, language));
        List<Entity> entities = new ArrayList<>();
        Map<String, List<Mention>> byName = new LinkedHashMap<>();
        for (SlavicPerson p : persons) {
            String name = PeerNames.standard().name(nominatives.name(p, language, oblique), p.mentions, wordBefore);
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
        // A name after "имени" / "им." is an institution's (Институт имени Роберта Коха): that mention goes, the
        // person's other mentions stay.
        byName.values().forEach(mentions -> mentions.removeIf(m -> namedAfterPersons.afterNamedAfterWord(text, m.start())));
        byName.values().removeIf(List::isEmpty);
        byName.values().removeIf(mentions -> mentions.stream().anyMatch(m -> abbreviatedAfter(text, m)));
        byName.values().removeIf(mentions -> mentions.stream().allMatch(m -> quoted(text, m)));
        byName.forEach((name, mentions) -> {
            mentions.sort(Comparator.comparingInt(Mention::start));
            entities.add(new Entity(name, null, mentions));
        });
        entities.sort(Comparator.comparingInt(e -> e.mentions().getFirst().start()));
        return entities;
    }

    /**
     * The stems of the capitalised words a verb of saying stands right next to ("– powiedział Rachman", "Olbrycht
     * podkreślił", "заяви Илиев"): a word the article names alone there is its speaker, a person, as after a title.
     * Every mention of such a word in the article is then that person, wherever it stands. Only a verb before the
     * name counts: one after it also follows a capital city or a medium speaking ("Londyn twierdzi", "Sky podaje").
     */
    private Set<String> speakerStems(List<Word> words, String language) {
        Set<String> stems = new HashSet<>();
        for (int k = 0; k < words.size(); k++) {
            Word w = words.get(k);
            // A sentence's first word is capitalised anyway (Той каза, Он сказал); a known given name alone ("– mówi
            // Anna") is one of many and would be joined to the listed person of that name across the index.
            if (!w.capital() || w.sentenceStart() || nameParts.knownGivenName(w, language)) continue;
            boolean verbBefore = cues.speechVerbBefore(words, k, language);
            if (verbBefore) stems.add(SlavicInflections.stem(w.text(), language));
        }
        return stems;
    }

    /** Conjunctions joining two names under one title: and (i, a, oraz, и, і, й, та, in). */
    private static final Set<String> CONJUNCTIONS = Set.of("i", "a", "oraz", "и", "і", "й", "та", "in");
    /** How many words before the conjunction a title may stand and still govern the name after it. */
    private static final int COORDINATED_REACH = 5;

    /**
     * A title governs each name of a coordinated pair: "papieże Benedykt XVI i Franciszek", "папа Бенедикт, и от
     * Франциск" (a preposition of up to three letters may follow the conjunction): the capitalised word after the
     * conjunction takes the title standing a few words before it in the sentence as its title, so that a given name
     * the titled-names table knows with that title names that person.
     */
    private void titlesOverConjunctions(List<Word> words, Map<Integer, Word> wordBefore) {
        for (int k = 2; k < words.size(); k++) {
            Word name = words.get(k);
            if (!name.capital() || name.sentenceStart() || wordBefore.containsKey(name.start()) && cues.isCue(wordBefore.get(name.start()))) continue;
            int c = k - 1;
            Word between = words.get(c);
            if (!between.capital() && !CONJUNCTIONS.contains(between.text()) && between.text().length() <= 3 && !between.sentenceStart()) c--;
            if (c < 1 || !CONJUNCTIONS.contains(words.get(c).text()) || words.get(c).sentenceStart()) continue;
            for (int b = c - 1; b >= Math.max(0, c - COORDINATED_REACH); b--) {
                if (cues.isCue(words.get(b))) {
                    wordBefore.put(name.start(), words.get(b));
                    break;
                }
                if (words.get(b).sentenceStart()) break;
            }
        }
    }

    /**
     * The stems of the Czech or Slovak women's surnames the article writes inside a sentence in a case of their own
     * (Bibiová, Bibiovou; Slovak Bibiovej, Bibiovú): such a word names a woman even where the article never gives her
     * full name, and so do its other forms (Bibiové), which alone could be a plural of men (Britové, Rusové).
     */
    private static Set<String> womenBySurname(List<Word> words, String language) {
        Set<String> stems = new HashSet<>();
        for (Word w : words) {
            if (!w.sentenceStart() && SlavicNameGrammar.womansSurnameInAnyCase(w, language)) {
                stems.add(SlavicInflections.stem(w.text(), language));
            }
        }
        return stems;
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

    /** True for a word "the younger" in any case (младшего, Mladšího): the Jr. of an English name. */
    static boolean junior(String word) {
        return JuniorNames.junior(word);
    }
}
