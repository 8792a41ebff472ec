package news.dispatch.index;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;

/**
 * Every field of the index and its facet configuration, in one place. The indexer writes what this names; the
 * searcher reads it.
 */
public final class Schema {
    /** The article's stable id: exact, stored, the key of updates. */
    public static final String ID = "id";
    /** Analyzed English text with positions and offsets: phrases, and highlighting straight from the postings. */
    public static final String TITLE = "title";
    public static final String BODY = "body";
    /** Publication instant in epoch milliseconds: a point (range filters), doc values (sorting), stored. */
    public static final String DATE = "date";
    /** Outlet name: searchable word by word ({@code source:reuters}), stored for display. */
    public static final String SOURCE = "source";
    /** Who wrote it, as the source names them: searchable word by word ({@code author:"Jane Doe"}), stored. */
    public static final String AUTHOR = "author";
    /** Stored for display only: nobody searches inside URLs. */
    public static final String URL = "url";
    /** The article's language, ISO 639-1 ("en", "ru"): given by its input or detected (corpus.ArticleLanguage). */
    public static final String LANGUAGE = "language";
    /**
     * The analysis chain that read the article ({@link LanguageChains#of}): "en" for English and unknown languages,
     * else its language's chain. Exact, not stored: a query is read by each chain present and each reading searches
     * the articles of its chain only, so an exclusion ({@code -putin}) is judged in the article's own analysis.
     */
    public static final String ANALYSIS = "analysis";
    /**
     * The title and body of a non-English article as its language's chain reads them ({@link #titleField}):
     * {@code title_ru}, {@code body_ru}, …, not stored (the text is in {@link #TITLE}, {@link #BODY}), with offsets
     * for the highlighter, which marks them in the stored title and body.
     */
    private static final String TITLE_PREFIX = "title_";
    private static final String BODY_PREFIX = "body_";
    /**
     * Cross-script keys of a non-English article's words ({@link CrossScriptAnalyzer}): "Путина" and "Putinem" are
     * "putin" here, as the query "Putin" is. Only for alphabets with written vowels.
     */
    public static final String TITLE_LATIN = "title_latin";
    public static final String BODY_LATIN = "body_latin";
    /** Canonical names, searchable by their words and as a phrase ({@code person:"Joe Biden"}), stored. */
    public static final String PERSON = "person";
    public static final String COUNTRY = "country";
    /** Canonical organization names from organizations.tsv ({@code organization:NATO} finds "North Atlantic Treaty Organization" by alias). */
    public static final String ORGANIZATION = "organization";
    /**
     * Every entity with its mentions (offsets in title or body and the reason), for the article view: stored compactly
     * ({@link CompactEntities}; an index of an older scheme holds JSON, which still reads).
     */
    public static final String ENTITIES = "entities";
    /**
     * Entity corrections (README, Correcting entities). An article some rule changed keeps its entities as extracted
     * (same form as {@link #ENTITIES}) and what the rules changed, both stored, and is marked {@link #CORRECTED}, so
     * the rules can be re-applied or undone without the model. Every article's extracted values ("kind TAB name")
     * and mention texts ("kind TAB lower-case text") are indexed, not stored: the articles a rule affects, and the
     * person names of the whole index for one name per person, are term lookups.
     */
    public static final String EXTRACTED = "entities_extracted";
    public static final String CORRECTIONS = "corrections";
    public static final String CORRECTED = "corrected";
    public static final String EXTRACTED_VALUE = "extracted_value";
    public static final String EXTRACTED_MENTION = "extracted_mention";
    /** Content hash of everything the document is built from: an unchanged article is not rewritten. */
    public static final String HASH = "hash";
    /** The file the article came from, absolute: articles of files that vanished are removed. */
    public static final String FILE = "file";
    /**
     * The story the article belongs to: copies and rewrites of one wire story share it. Its value is the smallest
     * article id of the story (see {@link StoryGroups}); a binary doc value, so that regrouping rewrites it in place
     * (IndexWriter.updateBinaryDocValue) without rebuilding the document, and searches collapse on it.
     */
    public static final String STORY = "story";
    /**
     * The story as a number (numeric doc value, one per article, {@link StoryKeys}): two articles share it exactly when
     * they share {@link #STORY}. A collapsed search counts the matches of each story by it, in a table of longs,
     * instead of hashing the story's bytes (issue 29: that was about a fifth of a collapsed search's CPU at 16× the
     * corpus). Written with the story and rewritten in place with it; Lucene only (SolrCloud collapses on the story).
     */
    public static final String STORY_KEY = "story_key";
    /**
     * The article's MinHash signature ({@link StorySignature}, binary doc value, 128 bytes): compared when regrouping,
     * and its LSH bands read from it (no band terms: they cost ~1,000 bytes an article).
     */
    public static final String STORY_SIGNATURE = "story_signature";

    /**
     * The fields a user may name in a query ({@code person:"Joe Biden"}), as the README documents them. Every other
     * field (id, hash, file, …) is internal: naming it is a warning and no clause. A new searchable field is added
     * here.
     */
    public static final List<String> QUERY_FIELDS = List.of(TITLE, BODY, PERSON, COUNTRY, ORGANIZATION, SOURCE, AUTHOR);

    /** Facet dimensions (SortedSetDocValues, so no taxonomy index to keep in step). */
    public static final String PERSONS_DIM = "persons";
    public static final String COUNTRIES_DIM = "countries";
    public static final String ORGANIZATIONS_DIM = "organizations";
    /** The entity dimensions, in the order pages and APIs list them; each is multi-valued, one value per entity. */
    public static final List<String> ENTITY_DIMS = List.of(PERSONS_DIM, COUNTRIES_DIM, ORGANIZATIONS_DIM);
    /**
     * The "about" set of each entity dimension ({@code persons_about}, …; {@link #aboutDim}): the values an article is
     * about ({@link news.dispatch.entity.about.About}: lead, repetition, the only one of its kind), a subset of the
     * plain
     * dimension. Why a second dimension beside the plain one, and this way round: the plain dimension
     * ({@code persons}) keeps every mention, as it has since the first index, so an index written before "about"
     * existed still means what its dimension names say and merely lacks the about set (a search then falls back to
     * every mention and says so, never a wrong count); and both sets live in the same facet field, so one counting
     * pass over the matches gives both counts of a value ("12 about · 30 mention") without a second search.
     * Searches count and filter the about set unless asked for every mention ({@code mentions=all}). Not a public
     * constant: Schema's public strings are field names (the Solr configset declares each).
     */
    private static final String ABOUT_SUFFIX = "_about";
    /** Stored: the names of the article's about set of a dimension ({@code about_person}, …; {@link #aboutField}). */
    private static final String ABOUT_PREFIX = "about_";
    /** Publication day ("2022-12-02"); month and year counts are sums of it. Articles without a date: {@link #UNDATED}. */
    public static final String DAY_DIM = "day";
    /** The article's language code as a facet value (articles of unknown language have none). */
    public static final String LANGUAGES_DIM = "languages";
    /** The outlet ({@link #SOURCE}) as a facet value, exactly as the input names it; one per article, if any. */
    public static final String SOURCES_DIM = "sources";
    /**
     * A longer outlet name is stored and searchable but no {@link #SOURCES_DIM} value: it is no outlet's name (a whole
     * page in a {@code source:} line), and a facet label has a length limit of its own in Lucene and Solr.
     */
    public static final int MAX_SOURCE_FACET_CHARS = 200;
    /**
     * The prefix of a carried field ({@link news.dispatch.corpus.CarriedFields}: what an input carries beyond the
     * fields above, AllSides' {@code bias}, {@code topic}): {@code meta.bias}. The prefix keeps a carried field named
     * like one of the index's own ({@code id}, {@code hash}, {@code story}) apart from it, and the dot cannot occur
     * in a carried name, so none can clash with another. Each carried field is three things under that one name:
     * stored, searchable word by word ({@code bias:left}), and a facet dimension of its own.
     *
     * <p>Why a dimension per field, not one "meta" dimension with paths [field, value]: drill sideways counts a
     * dimension as if its own filter were not applied, so with one shared dimension a {@code bias} filter would also
     * widen {@code topic}'s counts, and values of two fields would be OR'ed (any of) where a reader means AND; one
     * dimension per field behaves like every other filter here. The cost is nothing at index time (all share the one
     * doc values field) and a dimension entry per field in the reader's facet state, which the bound on carried
     * fields keeps small. Not a public constant: Schema's public strings are field names (the Solr configset declares
     * each), and this is a prefix.
     */
    private static final String CARRIED_PREFIX = "meta.";
    /**
     * The names of the carried fields an article has ({@code bias}, {@code topic}), on a SolrCloud collection: the
     * cluster lists the carried fields by a facet on it, where the embedded index reads its facet state's dimensions.
     */
    public static final String CARRIED_NAMES = "carried_names";
    /**
     * A carried field is offered as a facet when it has at most this many distinct values in the index: AllSides'
     * {@code topic} has 108 over 20,000 articles, {@code bias} 3, the worldwide newswire's {@code region} 5; an
     * identifier or a headline has one per article and is no facet. Measured, not fitted: see docs/operations.md.
     */
    public static final int MAX_FACET_VALUES = 200;
    public static final String UNDATED = "undated";

    /** Days are UTC days, so an article's day does not depend on the server's zone. */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    /** Title and body: stored for snippets, offsets in the postings for the UnifiedHighlighter. */
    static final FieldType TEXT = textType();
    /** A language chain's reading of the title or body: as {@link #TEXT}, not stored. */
    static final FieldType UNSTORED_TEXT = unstoredTextType();

    private Schema() {
    }

    /**
     * The dimensions a search filters on by value ({@code person=}, {@code language=}, …): the entity dimensions and
     * the language.
     */
    public static List<String> filterDims() {
        List<String> dims = new java.util.ArrayList<>(ENTITY_DIMS);
        dims.add(LANGUAGES_DIM);
        dims.add(SOURCES_DIM);
        return dims;
    }

    /** The index field (and facet dimension) of a carried field: {@code bias} → {@code meta.bias}. */
    public static String carriedField(String name) {
        return CARRIED_PREFIX + name;
    }

    /**
     * The carried field's name of an index field or dimension ({@code meta.bias} → bias), or null for any other (and
     * for a name no input could give: {@code meta.Bias}, {@code meta.a.b}).
     */
    public static String carriedName(String field) {
        if (field == null || !field.startsWith(CARRIED_PREFIX)) return null;
        String name = field.substring(CARRIED_PREFIX.length());
        return name.equals(news.dispatch.corpus.CarriedFields.name(name)) ? name : null;
    }

    /** The entity dimensions a search can filter on, count, compare and export: {@link #ENTITY_DIMS}. */
    public static List<String> entityDims() {
        return ENTITY_DIMS;
    }

    /**
     * The stored field of an entity dimension's canonical names: its singular ({@link #PERSONS_DIM} →
     * {@link #PERSON}, {@link #COUNTRIES_DIM} → {@link #COUNTRY}, organizations → organization).
     */
    public static String storedField(String dim) {
        if (carriedName(dim) != null) return dim;
        if (dim.endsWith("ies")) return dim.substring(0, dim.length() - 3) + "y";
        return dim.endsWith("s") ? dim.substring(0, dim.length() - 1) : dim;
    }

    /** The about dimension of an entity dimension: {@code persons} → {@code persons_about}. */
    public static String aboutDim(String dim) {
        return dim + ABOUT_SUFFIX;
    }

    /** The stored field holding the about names of an entity dimension: {@code persons} → {@code about_person}. */
    public static String aboutField(String dim) {
        return ABOUT_PREFIX + storedField(dim);
    }

    /** The entity dimension whose about dimension {@code name} is ({@code persons_about} → persons), or null. */
    public static String dimOfAbout(String name) {
        return ENTITY_DIMS.stream().filter(d -> aboutDim(d).equals(name)).findFirst().orElse(null);
    }

    /**
     * The other dimension of an entity pair ({@code persons} ↔ {@code persons_about}), or null: the two share one facet
     * field, so the sideways counts of the filtered one also answer for the other.
     */
    public static String twinDim(String dim) {
        return ENTITY_DIMS.contains(dim) ? aboutDim(dim) : dimOfAbout(dim);
    }

    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new CarriedFacetsConfig();
        for (String dim : facetDims()) {
            config.setMultiValued(dim, true);
            // Without it the dimension's own count reads -1 for multi-valued dims.
            config.setRequireDimCount(dim, true);
        }
        config.setRequireDimCount(DAY_DIM, true);
        config.setRequireDimCount(LANGUAGES_DIM, true);
        config.setRequireDimCount(SOURCES_DIM, true);
        return config;
    }

    /**
     * The facets configuration of dimensions nobody names in advance: every carried field's ({@code meta.…}) is
     * multi-valued (a JSON list gives several values) and counts its articles. Configured by prefix, so a corpus with
     * new fields needs no code change and no list of them kept in step between indexer and searcher.
     */
    private static final class CarriedFacetsConfig extends FacetsConfig {
        private static final DimConfig CARRIED = carried();

        private static DimConfig carried() {
            DimConfig c = new DimConfig();
            c.multiValued = true;
            c.requireDimCount = true;
            return c;
        }

        @Override
        public DimConfig getDimConfig(String dim) {
            return carriedName(dim) != null ? CARRIED : super.getDimConfig(dim);
        }
    }

    /** Every entity facet dimension in the index: each entity dimension and its about dimension. */
    static List<String> facetDims() {
        List<String> dims = new java.util.ArrayList<>(ENTITY_DIMS);
        ENTITY_DIMS.forEach(d -> dims.add(aboutDim(d)));
        return dims;
    }

    /** The title field a language chain reads ({@link LanguageChains}); English's is {@link #TITLE}. */
    public static String titleField(String chain) {
        return chain.equals(LanguageChains.ENGLISH) ? TITLE : TITLE_PREFIX + chain;
    }

    /** The body field a language chain reads; English's is {@link #BODY}. */
    public static String bodyField(String chain) {
        return chain.equals(LanguageChains.ENGLISH) ? BODY : BODY_PREFIX + chain;
    }

    /**
     * The fields holding a reading of the title ({@link #TITLE}) or body by the analysis chains {@code chains} and
     * the cross-script one: the highlighter marks their matches in the stored title or body. Empty when only English
     * reads the index (the field's own terms are all there is).
     */
    public static java.util.Set<String> readingsOf(String field, java.util.Collection<String> chains) {
        if (!field.equals(TITLE) && !field.equals(BODY)) return java.util.Set.of();
        java.util.Set<String> readings = new java.util.LinkedHashSet<>();
        readings.add(field);
        boolean title = field.equals(TITLE);
        for (String chain : chains) readings.add(title ? titleField(chain) : bodyField(chain));
        if (readings.size() == 1) return java.util.Set.of();
        readings.add(title ? TITLE_LATIN : BODY_LATIN);
        return readings;
    }

    /**
     * The other readings of an article's title and body, by field: its language chain's ({@link #titleField}) and, for
     * an alphabet with written vowels, the cross-script keys. None for English and unknown languages, which
     * {@link #TITLE} and {@link #BODY} read as before. The embedded index and the Solr documents both add these.
     */
    public static Map<String, String> readings(String language, String title, String body) {
        String chain = LanguageChains.of(language);
        if (chain.equals(LanguageChains.ENGLISH)) return Map.of();
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put(titleField(chain), title);
        fields.put(bodyField(chain), body);
        if (LanguageChains.transliterated(language)) {
            fields.put(TITLE_LATIN, title);
            fields.put(BODY_LATIN, body);
        }
        return fields;
    }

    /** How documents are analyzed. */
    public static Analyzer indexAnalyzer() {
        return perField(new NewsAnalyzer(null));
    }

    /**
     * How queries are analyzed: the index analysis plus the alias synonyms on title and body (English; the other
     * chains' fields are read as they were indexed).
     */
    public static Analyzer queryAnalyzer(SynonymMap aliases) {
        return perField(new NewsAnalyzer(aliases));
    }

    /** The chains' and cross-script analyzers by field, for the title and body of non-English articles. */
    private static Map<String, Analyzer> readingAnalyzers() {
        Map<String, Analyzer> byField = new java.util.HashMap<>();
        for (String chain : LanguageChains.others()) {
            Analyzer analyzer = LanguageChains.analyzer(chain);
            byField.put(titleField(chain), analyzer);
            byField.put(bodyField(chain), analyzer);
        }
        Analyzer latin = new CrossScriptAnalyzer();
        byField.put(TITLE_LATIN, latin);
        byField.put(BODY_LATIN, latin);
        return byField;
    }

    /** The analyzer alias rules are read with: the query chain up to where the aliases are applied. */
    public static Analyzer aliasRuleAnalyzer() {
        return NewsAnalyzer.aliasWords();
    }

    private static Analyzer perField(Analyzer text) {
        Analyzer names = new NameAnalyzer();
        Map<String, Analyzer> byField = readingAnalyzers();
        byField.putAll(Map.of(PERSON, names, COUNTRY, names, ORGANIZATION, names, SOURCE, names, AUTHOR, names));
        Map<String, Analyzer> fixed = Map.copyOf(byField);
        // Carried fields are named by the corpus, not here: read by prefix, as names (lower-cased, folded, no stemming).
        return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String field) {
                Analyzer known = fixed.get(field);
                if (known != null) return known;
                return carriedName(field) != null ? names : text;
            }
        };
    }

    private static FieldType unstoredTextType() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static FieldType textType() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
