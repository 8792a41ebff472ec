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
    private final PersonResolver persons;
    private final CountryResolver countries;
    /** Persons known by one name only (Subroto, Suharto): the variants table lists them under that name. */
    private final Set<String> singleNamePersons;

    private NewsEntityExtractor(NerModel model, PlaceGazetteer places) {
        this.model = model;
        CountryGazetteer gazetteer = CountryGazetteer.standard();
        Set<String> titles = GazetteerFile.words("person-titles.txt");
        Set<String> placeWords = new HashSet<>(places.curated().keySet());
        gazetteer.terms().stream().filter(t -> !CountryResolver.isPersonLike(t)).map(CountryTerm::surface).forEach(placeWords::add);
        this.singleNamePersons = PersonVariants.standard().variantsOfCanonical().keySet().stream()
                .filter(name -> !PersonName.isFull(name)).collect(Collectors.toUnmodifiableSet());
        this.persons = new PersonResolver(PersonVariants.standard(), new KnownPersons(), titles,
                GazetteerFile.words("not-persons.txt"), Set.copyOf(placeWords)::contains,
                GazetteerFile.words("organization-words.txt"), GazetteerFile.words("common-surnames.txt"));
        this.countries = new CountryResolver(gazetteer, places, GazetteerFile.words("place-titles.txt"),
                GazetteerFile.words("us-context-words.txt"), GazetteerFile.words("us-state-abbreviations.txt"));
    }

    /** Loads the model and gazetteers once; the instance is shared by all threads. */
    public static NewsEntityExtractor load() {
        return new NewsEntityExtractor(NerModel.shared(), PlaceGazetteer.standard());
    }

    /** As {@link #load()}, with a GeoNames cities dump (cities15000.txt format) for places beyond places.tsv. */
    public static NewsEntityExtractor load(Path geoNamesFile) throws IOException {
        return new NewsEntityExtractor(NerModel.shared(), PlaceGazetteer.withGeoNames(GeoNamesReader.read(geoNamesFile)));
    }

    @Override
    public Entities extract(String text) {
        if (text == null || text.isBlank()) return Entities.NONE;
        text = OVERLONG_WORD.matcher(text).replaceAll(m -> " ".repeat(m.group().length()));
        List<ModelSpan> spans = model.tag(text);
        List<Entity> people = persons.resolve(text, spans);
        Set<String> surnames = people.stream().flatMap(p -> p.mentions().stream())
                .map(Mention::text).collect(Collectors.toCollection(HashSet::new));
        people.forEach(p -> surnames.add(PersonName.surname(p.name())));
        Map<Country, List<Mention>> byCountry = new LinkedHashMap<>();
        for (CountryResolver.Found f : countries.resolve(text, Tokenizer.tokens(text), spans, surnames)) {
            byCountry.computeIfAbsent(f.country(), k -> new ArrayList<>()).add(f.mention());
        }
        List<Entity> places = byCountry.entrySet().stream()
                .map(e -> new Entity(e.getKey().name(), e.getKey().code(), e.getValue())).toList();
        // A lone surname that neither the article nor the tables complete ("Baker said…") names nobody a reader
        // can filter by: kept out of the result (it still keeps "Baker" from being read as a place above).
        List<Entity> named = people.stream()
                .filter(p -> PersonName.isFull(p.name()) || singleNamePersons.contains(p.name())).toList();
        return new Entities(named, places);
    }
}
