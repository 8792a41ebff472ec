package news.dispatch.entity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import news.dispatch.entity.model.ModelSpan;
import news.dispatch.entity.model.NerModel;
import news.dispatch.entity.model.SentenceMemo;
import news.dispatch.entity.organization.OrganizationGazetteer;
import news.dispatch.entity.organization.OrganizationResolver;
import news.dispatch.entity.person.ArabicPersons;
import news.dispatch.entity.person.NameForms;
import news.dispatch.entity.person.NameOpeners;
import news.dispatch.entity.person.NotAPerson;
import news.dispatch.entity.person.PersonName;
import news.dispatch.entity.person.PersonResolver;
import news.dispatch.entity.person.PersonVariants;
import news.dispatch.entity.person.SlavicPersons;
import news.dispatch.entity.place.Country;
import news.dispatch.entity.place.CountryGazetteer;
import news.dispatch.entity.place.CountryResolver;
import news.dispatch.entity.place.CountryTerm;
import news.dispatch.entity.place.FoundCountry;
import news.dispatch.entity.place.GeoNamesReader;
import news.dispatch.entity.place.PlaceGazetteer;
import news.dispatch.entity.text.HoverCards;
import news.dispatch.entity.text.InvisibleCharacters;
import news.dispatch.entity.text.Token;
import news.dispatch.entity.text.Tokenizer;

/**
 * The standard extractor: the CoreNLP CRF finds candidate spans, the gazetteers and rules decide what they are
 * and name them canonically. Thread-safe: the model and gazetteers are read-only; the registry of known persons
 * is concurrent.
 */
public final class NewsEntityExtractor implements EntityExtractor {
    /**
     * A "word" longer than this (a pasted blob, a line of dashes) names no one, and the CRF's character features for
     * a megabyte-long token exhaust the heap: it is blanked with as many spaces, so offsets still match the text.
     */
    static final int LONGEST_WORD = 100;
    private static final Pattern OVERLONG_WORD = Pattern.compile("\\S{" + (LONGEST_WORD + 1) + ",}");

    private final NerModel model;
    /** Sentences already classified, shared by all threads: wire copies and re-runs repeat them. */
    private final SentenceMemo sentences = new SentenceMemo();
    private final PersonResolver persons;
    private final CountryResolver countries;
    private final OrganizationResolver organizations = new OrganizationResolver(OrganizationGazetteer.standard());
    /**
     * Articles in other languages than English. Persons: of Slavic languages by {@link SlavicPersons}, of Arabic by
     * the Arabic name table, of any other language, until a finder for it exists, as English's.
     */
    private final MultilingualExtractor multilingual = new MultilingualExtractor(new MultilingualExtractor.PersonFinder() {
        @Override
        public List<Entity> find(String text, String language) {
            return personsIn(text, language);
        }

        @Override
        public boolean givenName(String word, String language) {
            return SlavicPersons.standard().givenName(word, language);
        }
    });
    /** Persons known by one name only (Subroto, Suharto): the variants table lists them under that name. */
    private static final class SingleNames {
        static final Set<String> ALL = PersonVariants.standard().variantsOfCanonical().keySet().stream()
                .filter(name -> !PersonName.isFull(name)).collect(Collectors.toUnmodifiableSet());
    }

    private NewsEntityExtractor(NerModel model, PlaceGazetteer places) {
        this.model = model;
        CountryGazetteer gazetteer = CountryGazetteer.standard();
        Set<String> placeWords = new HashSet<>(places.curated().keySet());
        gazetteer.terms().stream().filter(t -> !CountryResolver.isPersonLike(t)).map(CountryTerm::surface).forEach(placeWords::add);
        Set<String> givenNames = new HashSet<>(NameForms.standard().givenNames());
        PersonVariants.standard().variantsOfCanonical().keySet().stream().filter(PersonName::isFull)
                .map(n -> PersonName.words(n)[0]).forEach(givenNames::add);
        this.persons = new PersonResolver(PersonVariants.standard(), NameForms.standard(), NameOpeners.standard(),
                GazetteerFile.words("not-persons.txt"), Set.copyOf(placeWords)::contains, new NotAPerson(givenNames),
                GazetteerFile.words("organization-words.txt"), GazetteerFile.words("common-surnames.txt"));
        this.countries = new CountryResolver(gazetteer, places, GazetteerFile.words("place-titles.txt"),
                GazetteerFile.words("us-context-words.txt"), GazetteerFile.words("us-state-abbreviations.txt"));
    }

    /** Loads the model and gazetteers once; the instance is shared by all threads. */
    public static NewsEntityExtractor load() {
        return new NewsEntityExtractor(NerModel.shared(), PlaceGazetteer.standard());
    }

    /** As {@link #load()} with another model: the evaluation compares models. */
    public static NewsEntityExtractor with(NerModel model) {
        return new NewsEntityExtractor(model, PlaceGazetteer.standard());
    }

    /** As {@link #load()}, with a GeoNames cities dump (cities15000.txt format) for places beyond places.tsv. */
    public static NewsEntityExtractor load(Path geoNamesFile) throws IOException {
        return new NewsEntityExtractor(NerModel.shared(), PlaceGazetteer.withGeoNames(GeoNamesReader.read(geoNamesFile)));
    }

    @Override
    public Entities extract(String text) {
        return extract(text, null);
    }

    /**
     * English (or an unknown language) as always; any other language by its own names ({@link MultilingualExtractor}).
     * A regional tag reads as its language ("pt-BR" as pt). In every language the text is read without its invisible
     * characters (bidi marks, soft hyphens: right-to-left pages are full of them) and mentions point into the text as
     * given.
     */
    @Override
    public Entities extract(String text, String language) {
        if (text == null || text.isBlank()) return Entities.NONE;
        String lang = language == null ? "" : language.strip().toLowerCase(java.util.Locale.ROOT).split("[-_]")[0];
        java.util.function.Function<String, Entities> reader = lang.isEmpty() || lang.equals("en")
                ? this::extractVisible : visible -> multilingual.extract(visible, lang);
        InvisibleCharacters.Stripped stripped = InvisibleCharacters.strip(text);
        if (stripped == null) return reader.apply(text);
        Entities found = reader.apply(stripped.text());
        return new Entities(backToOriginal(found.persons(), stripped, text), backToOriginal(found.countries(), stripped, text),
                backToOriginal(found.organizations(), stripped, text));
    }

    private List<Entity> personsIn(String text, String language) {
        String slavic = SlavicPersons.rulesFor(language, text);
        if (slavic != null) return SlavicPersons.standard().find(text, slavic);
        if (language.equals("ar")) return ArabicPersons.standard().find(text);
        return extractVisible(text).persons();
    }

    private static List<Entity> backToOriginal(List<Entity> entities, InvisibleCharacters.Stripped stripped, String text) {
        return entities.stream().map(e -> new Entity(e.name(), e.code(), e.mentions().stream().map(m -> {
            int start = stripped.start(m.start());
            int end = stripped.end(m.end());
            return new Mention(start, end, text.substring(start, end), m.reason());
        }).toList())).toList();
    }

    private Entities extractVisible(String text) {
        if (mayHoldOverlongWord(text)) text = OVERLONG_WORD.matcher(text).replaceAll(m -> " ".repeat(m.group().length()));
        text = HoverCards.blank(text);
        List<ModelSpan> spans = model.tagSparingly(text, sentences);
        // One tokenization for both the persons' and the countries' rules (it was ~3 % of extraction, done twice).
        List<Token> tokens = Tokenizer.tokens(text);
        // An organization the gazetteer knows is never a person, whatever the model says ("Boko Haram", "Al Qaeda").
        List<Entity> people = persons.resolve(text, tokens, spans).stream()
                .filter(p -> !organizations.isOrganization(p.name())).toList();
        Set<String> surnames = people.stream().flatMap(p -> p.mentions().stream())
                .map(Mention::text).collect(Collectors.toCollection(HashSet::new));
        people.forEach(p -> surnames.add(PersonName.surname(p.name())));
        Set<String> nameWords = new HashSet<>();
        for (Entity p : people) {
            String[] words = p.name().split(" ");
            if (words.length < 2) continue;
            nameWords.add(words[0]);
            nameWords.add(words[words.length - 1]);
        }
        Map<Country, List<Mention>> byCountry = new LinkedHashMap<>();
        for (FoundCountry f : countries.resolve(text, tokens, spans, surnames, nameWords)) {
            byCountry.computeIfAbsent(f.country(), k -> new ArrayList<>()).add(f.mention());
        }
        List<Entity> places = byCountry.entrySet().stream()
                .map(e -> new Entity(e.getKey().name(), e.getKey().code(), e.getValue())).toList();
        // A body's generic name ("Supreme Court") is read as the body of the article's most named country that has one.
        List<String> countryCodes = places.stream()
                .sorted(java.util.Comparator.comparingInt((Entity e) -> -e.mentions().size())).map(Entity::code).toList();
        return new Entities(people, places, organizations.resolve(text, spans, countryCodes));
    }

    /**
     * False when no run of characters between ASCII whitespace (what {@code \S} matches) is longer than
     * {@link #LONGEST_WORD}: the common case, checked without the regular expression, which cost ~2 % of extraction.
     */
    public static boolean mayHoldOverlongWord(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Tokenizer.isAsciiSpace(c)) run = 0;
            else if (++run > LONGEST_WORD) return true;
        }
        return false;
    }

    /** Sentences answered from the memo, and classified, so far (the speed evaluation reports them). */
    public long[] memoHitsAndMisses() {
        return new long[] {sentences.hits(), sentences.misses()};
    }

    /**
     * True for a person name a reader can filter by: a full name, or a one-name person of the variants table
     * (Suharto). A lone word that neither the article nor the tables complete ("Baker said…") is still a person
     * mention (marked in the text, counted by the evaluation) but no facet value.
     */
    public static boolean identifies(String personName) {
        return PersonName.isFull(personName) || SingleNames.ALL.contains(personName);
    }
}
