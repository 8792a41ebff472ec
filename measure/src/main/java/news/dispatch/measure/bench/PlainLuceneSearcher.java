package news.dispatch.measure.bench;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import news.dispatch.index.IndexFreshness;
import news.dispatch.index.Schema;
import news.dispatch.search.EntityFilter;
import news.dispatch.search.MentionScope;
import news.dispatch.search.SearchRequest;
import news.dispatch.search.TwinDrillSideways;

/**
 * The search baseline: what a plain Lucene program does for the same request on the same index. The classic
 * parser over title^2 and body with all words required, BM25 or date order, and the UnifiedHighlighter's stock
 * output for title and body; no aliases, cursors, story collapse or query guards. Its facet work is one of two
 * {@link Baseline}s: one SortedSetDocValues count (countries) with the filters as FILTER clauses, or the counts the
 * Dispatch answer lists, done the stock Lucene way (issue 29: at 16× the corpus the facet work grows with the
 * matches, so a ratio against one facet mixes Dispatch's extra counts with its overhead).
 */
final class PlainLuceneSearcher implements Closeable {
    private static final int SNIPPETS = 3;

    /** Which facet work the baseline does beside the hits and highlights. */
    enum Baseline {
        /** One dimension (countries) counted over the hits; filters are plain FILTER clauses, nothing sideways. */
        ONE_FACET("plain Lucene, one facet"),
        /**
         * The dimensions and top-N the Dispatch answer lists: DrillSideways over the same SortedSetDocValues state
         * (any-of filters and the date range drilled sideways, the day dimension counted in full for the date
         * histogram), each entity dimension's top values read from the dimension its mention scope counts, with the
         * other count of each listed value, then languages and sources.
         */
        SAME_FACETS("plain Lucene, same facets");

        final String label;

        Baseline(String label) {
            this.label = label;
        }
    }

    /** A listed facet value: its count, and for an entity its count in the twin dimension (about or every mention). */
    record Count(String label, int count, Integer twin) {
        @Override
        public String toString() {
            return twin == null ? label + "=" + count : label + "=" + count + "/" + twin;
        }
    }

    private final Baseline baseline;
    private final Directory dir;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final SortedSetDocValuesReaderState facetState;
    private final FacetsConfig config = Schema.facetsConfig();
    private final Analyzer analyzer = Schema.indexAnalyzer();
    private final UnifiedHighlighter highlighter;
    /** Whether the index has the about sets, which Dispatch then filters and lists by default (as it decides). */
    private final boolean knowsAbout;

    PlainLuceneSearcher(Path indexDir) throws IOException {
        this(indexDir, Baseline.ONE_FACET);
    }

    PlainLuceneSearcher(Path indexDir, Baseline baseline) throws IOException {
        this.baseline = baseline;
        this.dir = FSDirectory.open(indexDir);
        this.reader = DirectoryReader.open(dir);
        this.searcher = new IndexSearcher(reader);
        this.facetState = new DefaultSortedSetDocValuesReaderState(reader, config);
        this.highlighter = UnifiedHighlighter.builder(searcher, analyzer).withMaxLength(1_000_000).build();
        this.knowsAbout = IndexFreshness.hasAboutSets(reader.getIndexCommit().getUserData());
    }

    Baseline baseline() {
        return baseline;
    }

    /** Answers one request; returns the number of hits shown, so the work cannot be optimized away. */
    int search(SearchRequest request) throws IOException {
        Query words = parse(request.query());
        TopDocs top;
        int counted = 0;
        if (baseline == Baseline.ONE_FACET) {
            FacetsCollectorManager.FacetsResult result = oneFacet(words, request);
            top = result.topDocs();
            new SortedSetDocValuesFacetCounts(facetState, result.facetsCollector())
                    .getTopChildren(request.facets(), Schema.COUNTRIES_DIM);
        } else {
            DrillSideways.ConcurrentDrillSidewaysResult<TopDocs> result = sideways(words, request);
            top = result.collectorResult;
            for (List<Count> values : listed(result.facets, request).values()) counted += values.size();
        }
        Map<String, String[]> marked = highlighter.highlightFields(new String[] {Schema.TITLE, Schema.BODY}, words,
                top, new int[] {1, SNIPPETS});
        StoredFields stored = searcher.storedFields();
        int shown = 0;
        for (ScoreDoc hit : top.scoreDocs) {
            if (stored.document(hit.doc, java.util.Set.of(Schema.ID)).get(Schema.ID) != null) shown++;
        }
        return shown + marked.size() + counted;
    }

    /**
     * The facet values the same-facets baseline lists for a request, by dimension ({@link Schema#DAY_DIM}: every
     * day counted), to check them against the Dispatch answer's.
     */
    Map<String, List<Count>> facetCounts(SearchRequest request) throws IOException {
        return listed(sideways(parse(request.query()), request).facets, request);
    }

    private FacetsCollectorManager.FacetsResult oneFacet(Query words, SearchRequest request) throws IOException {
        BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(words, Occur.MUST);
        for (String c : request.countries()) filtered.add(valueQuery(Schema.COUNTRIES_DIM, c), Occur.FILTER);
        for (String p : request.persons()) filtered.add(valueQuery(Schema.PERSONS_DIM, p), Occur.FILTER);
        if (request.from() != null || request.to() != null) filtered.add(dateRange(request), Occur.FILTER);
        Query query = filtered.build();
        return request.sort() == SearchRequest.Sort.RELEVANCE
                ? FacetsCollectorManager.search(searcher, query, request.size(), new FacetsCollectorManager())
                : FacetsCollectorManager.search(searcher, query, request.size(), byDate(request.sort()),
                new FacetsCollectorManager());
    }

    /** Any-of values and the date range drilled sideways; all-of values and exclusions in the base query. */
    private DrillSideways.ConcurrentDrillSidewaysResult<TopDocs> sideways(Query words, SearchRequest request)
            throws IOException {
        MentionScope scope = scope(request);
        BooleanQuery.Builder base = new BooleanQuery.Builder().add(words, Occur.MUST);
        for (Map.Entry<String, EntityFilter> e : request.entities().entrySet()) {
            String dim = scope.facetDim(e.getKey());
            EntityFilter filter = e.getValue();
            if (filter.match() != EntityFilter.Match.ANY) {
                for (String v : filter.values()) base.add(valueQuery(dim, v), Occur.FILTER);
            }
            for (String v : filter.excluded()) base.add(valueQuery(dim, v), Occur.MUST_NOT);
        }
        DrillDownQuery ddq = new DrillDownQuery(config, base.build());
        request.entities().forEach((dim, filter) -> {
            if (filter.match() == EntityFilter.Match.ANY) filter.values().forEach(v -> ddq.add(scope.facetDim(dim), v));
        });
        if (request.from() != null || request.to() != null) ddq.add(Schema.DAY_DIM, dateRange(request));
        CollectorManager<?, ? extends TopDocs> hits = request.sort() == SearchRequest.Sort.RELEVANCE
                ? new TopScoreDocCollectorManager(request.size(), null, 10_000)
                : new TopFieldCollectorManager(byDate(request.sort()), request.size(), null, 10_000);
        @SuppressWarnings("unchecked")
        CollectorManager<?, TopDocs> manager = (CollectorManager<?, TopDocs>) hits;
        // Stock DrillSideways with the one override Lucene offers for it, Dispatch's: an entity dimension and its about
        // set share one facet field, so the sideways counts of the filtered one also answer for its twin.
        return new TwinDrillSideways(searcher, config, facetState).search(ddq, manager);
    }

    /**
     * The counts the Dispatch answer lists: each entity dimension's top values in the dimension its mention scope
     * reads, each with its count in the twin dimension, then the selected values not among them; languages; sources;
     * every day.
     */
    private Map<String, List<Count>> listed(Facets facets, SearchRequest request) throws IOException {
        MentionScope scope = scope(request);
        int n = request.facets();
        Map<String, List<Count>> byDim = new LinkedHashMap<>();
        for (String dim : Schema.entityDims()) {
            String counted = scope.facetDim(dim);
            String twin = counted.equals(dim) ? Schema.aboutDim(dim) : dim;
            List<Count> values = new ArrayList<>();
            for (Count c : top(facets, counted, n, request.filter(dim).values())) {
                values.add(new Count(c.label(), c.count(), knowsAbout ? specific(facets, twin, c.label()) : null));
            }
            byDim.put(dim, values);
        }
        byDim.put(Schema.LANGUAGES_DIM, top(facets, Schema.LANGUAGES_DIM, n, request.filter(Schema.LANGUAGES_DIM)
                .values()));
        byDim.put(Schema.SOURCES_DIM, top(facets, Schema.SOURCES_DIM, n, request.filter(Schema.SOURCES_DIM).values()));
        List<Count> days = new ArrayList<>();
        FacetResult all = facets.getAllChildren(Schema.DAY_DIM);
        if (all != null) {
            for (LabelAndValue lv : all.labelValues) days.add(new Count(lv.label, lv.value.intValue(), null));
        }
        byDim.put(Schema.DAY_DIM, days);
        return byDim;
    }

    private static List<Count> top(Facets facets, String dim, int n, List<String> selected) throws IOException {
        List<Count> values = new ArrayList<>();
        FacetResult top = null;
        try {
            if (n > 0) top = facets.getTopChildren(n, dim);
        } catch (IllegalArgumentException noSuchDim) {
            // A dimension no article has: no values.
        }
        List<String> listed = new ArrayList<>();
        if (top != null) {
            for (LabelAndValue lv : top.labelValues) {
                values.add(new Count(lv.label, lv.value.intValue(), null));
                listed.add(lv.label);
            }
        }
        for (String s : selected) {
            if (!listed.contains(s)) values.add(new Count(s, specific(facets, dim, s), null));
        }
        return values;
    }

    private static int specific(Facets facets, String dim, String label) throws IOException {
        try {
            Number n = facets.getSpecificValue(dim, label);
            return n == null ? 0 : Math.max(0, n.intValue());
        } catch (IllegalArgumentException noSuchDim) {
            return 0;
        }
    }

    /** The mention scope Dispatch answers a request in: the about sets unless asked for all or the index has none. */
    private MentionScope scope(SearchRequest request) {
        return knowsAbout && request.mentions() != MentionScope.ALL ? MentionScope.ABOUT : MentionScope.ALL;
    }

    private Query valueQuery(String dim, String value) {
        return new TermQuery(DrillDownQuery.term(config.getDimConfig(dim).indexFieldName, dim, value));
    }

    private Query parse(String text) {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {Schema.TITLE, Schema.BODY}, analyzer,
                Map.of(Schema.TITLE, 2f, Schema.BODY, 1f));
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException("the baseline cannot parse '" + text + "': " + e.getMessage(), e);
        }
    }

    private static Sort byDate(SearchRequest.Sort sort) {
        boolean newest = sort == SearchRequest.Sort.NEWEST;
        return new Sort(LongField.newSortField(Schema.DATE, newest, SortedNumericSelector.Type.MIN));
    }

    private static Query dateRange(SearchRequest request) {
        return LongField.newRangeQuery(Schema.DATE, millis(request.from(), 0, Long.MIN_VALUE),
                millis(request.to(), 1, Long.MAX_VALUE) - 1);
    }

    private static long millis(LocalDate day, int plusDays, long none) {
        return day == null ? none : day.plusDays(plusDays).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    @Override
    public void close() throws IOException {
        reader.close();
        dir.close();
    }
}
