package news.dispatch.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import news.dispatch.entity.QueryAliases;
import news.dispatch.index.Schema;
import news.dispatch.search.SearchResponse.Facets;
import news.dispatch.search.SearchResponse.Filters;
import news.dispatch.search.SearchResponse.Hit;

/**
 * The search engine over one index folder: highlighted hits, drill-sideways facets, articles and their related
 * coverage. Thread-safe; {@link #maybeRefresh()} picks up what an indexer committed meanwhile. The search itself is
 * here; the article view ({@link LuceneArticleView}), the counts ({@link LuceneCounts}) and the timeline
 * ({@link LuceneTimeline}) are their own steps, each on the generation {@link SearcherLease} lends.
 */
public final class LuceneSearcher implements NewsSearcher {
    /** Totals are exact up to here, then a lower bound: counting every match of a broad query costs time. */
    static final int EXACT_TOTAL_UP_TO = 10_000;
    private static final Set<String> HIT_FIELDS = hitFields();

    private final Path indexDir;
    private final Directory directory;
    private final SearcherLease lease;
    private final FacetsConfig config = Schema.facetsConfig();
    private final RequestDrillDown drillDown = new RequestDrillDown(config);
    private final LuceneArticleView articles;
    private final LuceneCounts counts;
    private final LuceneTimeline timeline;

    private LuceneSearcher(Path indexDir, Directory directory, CompletableFuture<QueryLanguage> language,
                           Duration timeBudget) throws IOException {
        this.indexDir = indexDir;
        this.directory = directory;
        SearchBudget budget = new SearchBudget(timeBudget);
        // The reader asks the budget while it enumerates terms and reads doc values and points.
        this.lease = new SearcherLease(new SearcherManager(
                ExitableDirectoryReader.wrap(DirectoryReader.open(directory), budget), new FacetedSearcher.Factory()),
                budget, language);
        this.articles = new LuceneArticleView(lease);
        this.counts = new LuceneCounts(lease, drillDown, config);
        this.timeline = new LuceneTimeline(lease, drillDown);
    }

    /** Opens the index for searching. A missing index is an {@link IndexMissingException} with a clear message. */
    public static LuceneSearcher open(Path indexDir) throws IOException {
        return open(indexDir, QueryLimits.TIME_BUDGET);
    }

    /** Opens the index with another time budget per request than {@link QueryLimits#TIME_BUDGET}. */
    public static LuceneSearcher open(Path indexDir, Duration timeBudget) throws IOException {
        return open(indexDir, () -> CompletableFuture.supplyAsync(
                () -> QueryLanguage.of(new QueryAliasMap(QueryAliases.load().groups()))), timeBudget);
    }

    /**
     * A new searcher over what the index folder holds now, with this one's query language (alias tables, built once)
     * and time budget: for a folder deleted or replaced under a server.
     */
    LuceneSearcher reopen() throws IOException {
        return open(indexDir, lease::languageBuilt, lease.budget().budget());
    }

    /** The unique id of the commit being served (every commit of every index has its own). */
    byte[] servedCommitId() throws IOException {
        return lease.current(searcher -> {
            var reader = org.apache.lucene.index.FilterDirectoryReader.unwrap((DirectoryReader) searcher.getIndexReader());
            return ((org.apache.lucene.index.StandardDirectoryReader) reader).getSegmentInfos().getId();
        });
    }

    static LuceneSearcher open(Path indexDir, QueryAliasMap aliases) throws IOException {
        return open(indexDir, () -> CompletableFuture.completedFuture(QueryLanguage.of(aliases)), QueryLimits.TIME_BUDGET);
    }

    /** Opens the index with alias tables that arrive later (or never): what a server sees while it starts. */
    static LuceneSearcher open(Path indexDir, CompletableFuture<QueryAliasMap> aliases) throws IOException {
        return open(indexDir, () -> aliases.thenApply(QueryLanguage::of), QueryLimits.TIME_BUDGET);
    }

    private static LuceneSearcher open(Path indexDir, Supplier<CompletableFuture<QueryLanguage>> language,
                                       Duration timeBudget) throws IOException {
        if (!Files.isDirectory(indexDir)) throw new IndexMissingException(indexDir);
        Directory dir = FSDirectory.open(indexDir);
        try {
            if (!DirectoryReader.indexExists(dir)) throw new IndexMissingException(indexDir);
            return new LuceneSearcher(indexDir, dir, language.get(), timeBudget);
        } catch (IOException | RuntimeException e) {
            dir.close();
            if (e instanceof IndexNotFoundException) throw new IndexMissingException(indexDir);
            throw e;
        }
    }

    /**
     * Completes when the alias tables are built (they are built on another thread while a server starts), or
     * exceptionally when the gazetteers they come from cannot be read: a server then stops with that reason.
     */
    public CompletableFuture<Void> ready() {
        return lease.languageBuilt().thenAccept(l -> { });
    }

    public Path indexDir() {
        return indexDir;
    }

    /** Opens a new reader when the index has a newer commit; cheap when nothing changed. */
    @Override
    public void maybeRefresh() throws IOException {
        lease.maybeRefresh();
    }

    @Override
    public SearchResponse search(SearchRequest request) throws IOException {
        long started = System.nanoTime();
        return lease.withinBudget((searcher, language, scope) -> {
            ReadQuery read = RequestDrillDown.read(searcher, language, request.query());
            MentionScope mentions = searcher.mentions(request);
            DrillDownQuery ddq = drillDown.of(searcher, read, request, mentions);
            if (request.collapse()) return collapsed(searcher, language, read, ddq, request, mentions, started, scope);

            int offset = request.cursor() == null ? (request.page() - 1) * request.size() : 0;
            if (offset + request.size() > EXACT_TOTAL_UP_TO) {
                throw new BadRequestException("Pages reach only the first " + EXACT_TOTAL_UP_TO
                        + " hits; go further with the cursor (next_cursor).");
            }
            ScoreDoc after = request.cursor() == null ? null : Cursor.decode(request.sort(), request.cursor());
            // One hit more than the page shows tells whether there is a next page.
            var result = new TwinDrillSideways(searcher, config)
                    .search(ddq, collector(request.sort(), offset + request.size() + 1, after));
            scope.check();
            TopDocs top = result.collectorResult;
            int end = Math.min(offset + request.size(), top.scoreDocs.length);
            ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(offset, end), end);

            List<Hit> hits = hits(searcher, language, read, page);
            scope.check();
            Facets facets = new Facets(EntityFacets.all(result.facets, request.facets(), request, mentions,
                    searcher.knowsAbout), DateHistogram.of(result.facets),
                    EntityFacets.carried(result.facets, request.facets(), request, searcher.carriedFields()));
            boolean more = top.scoreDocs.length > end;
            String next = more && page.length > 0 ? Cursor.encode(request.sort(), page[page.length - 1]) : null;
            return answer(searcher, read, request, mentions, started)
                    .total(top.totalHits.value())
                    .totalIsLowerBound(top.totalHits.relation() == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO)
                    .hits(hits).facets(facets).nextCursor(next).build();
        });
    }

    /** One hit per story: see {@link StoryCollapse}. Totals count articles, {@code stories} counts stories. */
    private SearchResponse collapsed(FacetedSearcher searcher, QueryLanguage language, ReadQuery read,
                                     DrillDownQuery ddq, SearchRequest request, MentionScope mentions, long started,
                                     SearchBudget.Scope scope)
            throws IOException {
        int offset = request.cursor() == null ? (request.page() - 1) * request.size()
                : Cursor.decodeStories(request.sort(), request.cursor());
        if ((long) offset + request.size() > EXACT_TOTAL_UP_TO) {
            throw new BadRequestException("Pages reach only the first " + EXACT_TOTAL_UP_TO
                    + " stories; narrow the search, or page through articles with collapse=false and the cursor.");
        }
        StoryCollapse.Page page = StoryCollapse.search(searcher, config, ddq, groupSort(searcher, request.sort()), offset,
                request.size());
        scope.check();
        ScoreDoc[] leaders = page.cards().stream().map(StoryCollapse.Card::leader).toArray(ScoreDoc[]::new);
        List<Hit> hits = hits(searcher, language, read, leaders);
        List<Hit> cards = new ArrayList<>(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            StoryCollapse.Card card = page.cards().get(i);
            cards.add(hits.get(i).asStory(card.matching() - 1, card.others()));
        }
        scope.check();
        Facets facets = new Facets(EntityFacets.all(page.facets(), request.facets(), request, mentions,
                searcher.knowsAbout), DateHistogram.of(page.facets()),
                EntityFacets.carried(page.facets(), request.facets(), request, searcher.carriedFields()));
        String next = page.more() ? Cursor.encodeStories(request.sort(), offset + cards.size()) : null;
        return answer(searcher, read, request, mentions, started)
                .total(page.articles()).hits(cards).facets(facets).nextCursor(next).stories((long) page.stories()).build();
    }

    /** What a plain and a collapsed answer share: how the query was read, the filters echoed, the page asked for. */
    private SearchResponse.Builder answer(FacetedSearcher searcher, ReadQuery read, SearchRequest request,
                                          MentionScope mentions, long started) {
        return SearchResponse.builder()
                .tookMs((System.nanoTime() - started) / 1_000_000)
                .query(read.query().toString())
                .warnings(withAboutWarning(read.warnings(), searcher, request))
                .aliases(read.aliases())
                .filters(new Filters(request.persons(), request.countries(), day(request.from()), day(request.to()),
                        request.entities(), mentions))
                .page(request.cursor() == null ? request.page() : 0)
                .size(request.size());
    }

    /**
     * Stories ranked by their best article in the request's order. Ties go by article id, not by document number:
     * wire copies share a date, and document numbers move with merges and re-extraction, so a story's leading
     * article (the one a feed entry and a card show) would change between two identical requests.
     */
    private static Sort groupSort(FacetedSearcher searcher, SearchRequest.Sort sort) {
        SortField byId = searcher.idOrder.sortField();
        if (sort == SearchRequest.Sort.RELEVANCE) return new Sort(SortField.FIELD_SCORE, byId);
        boolean newest = sort == SearchRequest.Sort.NEWEST;
        return new Sort(LongField.newSortField(Schema.DATE, newest, SortedNumericSelector.Type.MIN,
                newest ? Long.MIN_VALUE : Long.MAX_VALUE), byId);
    }

    /** How many articles a query matches, without filters, facets or highlights: the alias tables' checks. */
    int count(String query) throws IOException {
        return counts.count(query);
    }

    /** The alias groups queries are expanded with. */
    QueryAliasMap aliases() {
        return lease.language().aliases();
    }

    @Override
    public ArticleView article(String id) throws IOException {
        return article(id, null);
    }

    @Override
    public ArticleView article(String id, String query) throws IOException {
        return article(id, query, 0);
    }

    @Override
    public ArticleView article(String id, String query, int matchesFrom) throws IOException {
        return articles.of(id, query, matchesFrom);
    }

    @Override
    public List<SearchResponse.FacetValue> entities(String dim, String prefix, SearchRequest within, int size)
            throws IOException {
        return counts.entities(dim, prefix, within, size);
    }

    @Override
    public long count(SearchRequest request) throws IOException {
        return counts.count(request);
    }

    @Override
    public List<String> unheld(String dim, List<String> values) throws IOException {
        return counts.unheld(dim, values);
    }

    static BadRequestException tooManyClauses() {
        return new BadRequestException("The query expands to more than " + IndexSearcher.getMaxClauseCount()
                + " alternatives (words, aliases and fuzzy matches together); use fewer OR'ed or fuzzy terms.");
    }

    static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) return true;
        }
        return false;
    }

    /** The index's own fields and those its articles carry, with their distinct values (once per generation). */
    @Override
    public List<IndexField> fields() throws IOException {
        return lease.current(searcher -> {
            List<IndexField> fields = new ArrayList<>(IndexField.builtIn());
            fields.addAll(searcher.carriedFields());
            return fields;
        });
    }

    /** Computed once per reader generation (a facet pass and the commit's file sizes), then handed out as is. */
    @Override
    public IndexStats stats() throws IOException {
        return lease.current(FacetedSearcher::stats);
    }

    @Override
    public long export(SearchRequest request, boolean snippets, ExportSink sink) throws IOException {
        QueryLanguage language = lease.language();
        SearchBudget budget = lease.budget();
        // A served export holds each page to a budget (a large export runs as long as its client reads; an expensive
        // query is stopped); the command line's is never cut short.
        Duration pageBudget = sink.timeBound() ? budget.budget().multipliedBy(QueryLimits.EXPORT_PAGE_BUDGET_FACTOR)
                : null;
        try {
            return lease.current(searcher -> {
                ReadQuery read = RequestDrillDown.read(searcher, language, request.query());
                return Exporter.run(searcher, drillDown.of(searcher, read, request, searcher.mentions(request)), read,
                        language.analyzer(), request.sort(), snippets, sink,
                        pageBudget == null ? null : () -> budget.start(pageBudget), pageBudget);
            });
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooManyClauses();
        }
    }

    @Override
    public Timeline timeline(List<Timeline.Wanted> series, Timeline.Interval interval, LocalDate from, LocalDate to)
            throws IOException {
        return timeline.of(series, interval, from, to);
    }

    @Override
    public Health health() throws IOException {
        CompletableFuture<QueryLanguage> language = lease.languageBuilt();
        if (!language.isDone() || language.isCompletedExceptionally()) return new Health(Health.STARTING, 0);
        return lease.current(searcher -> new Health(Health.READY, searcher.getIndexReader().numDocs()));
    }

    /**
     * The query's warnings, and one more when "about" was asked for explicitly of an index that does not have it:
     * the search then reads every mention (the echoed {@code filters.mentions} says so too).
     */
    private static List<String> withAboutWarning(List<String> warnings, FacetedSearcher searcher, SearchRequest request) {
        if (searcher.knowsAbout || request.mentions() != MentionScope.ABOUT) return warnings;
        List<String> more = new ArrayList<>(warnings);
        more.add("This index was written before articles carried what they are about: filters and counts are over "
                + "every mention. Index again (./dispatch index) to get the about set.");
        return more;
    }

    private static Set<String> hitFields() {
        Set<String> fields = new java.util.HashSet<>(Set.of(Schema.ID, Schema.TITLE, Schema.BODY, Schema.DATE,
                Schema.SOURCE, Schema.URL, Schema.AUTHOR, Schema.LANGUAGE));
        for (String dim : Schema.entityDims()) {
            fields.add(Schema.storedField(dim));
            fields.add(Schema.aboutField(dim));
        }
        return Set.copyOf(fields);
    }

    private static CollectorManager<?, ? extends TopDocs> collector(SearchRequest.Sort sort, int n, ScoreDoc after) {
        return collector(sort, n, after, EXACT_TOTAL_UP_TO);
    }

    /** The top {@code n} after {@code after} in the request's order; totals exact up to {@code countUpTo}. */
    static CollectorManager<?, ? extends TopDocs> collector(SearchRequest.Sort sort, int n, ScoreDoc after,
                                                            int countUpTo) {
        if (sort == SearchRequest.Sort.RELEVANCE) return new TopScoreDocCollectorManager(n, after, countUpTo);
        boolean newest = sort == SearchRequest.Sort.NEWEST;
        // Undated articles go last either way.
        SortField byDate = LongField.newSortField(Schema.DATE, newest, SortedNumericSelector.Type.MIN,
                newest ? Long.MIN_VALUE : Long.MAX_VALUE);
        return new TopFieldCollectorManager(new Sort(byDate, SortField.FIELD_DOC), n, (FieldDoc) after, countUpTo);
    }

    private List<Hit> hits(FacetedSearcher searcher, QueryLanguage language, ReadQuery read, ScoreDoc[] page)
            throws IOException {
        int[] docs = new int[page.length];
        Document[] stored = new Document[page.length];
        String[] titles = new String[page.length];
        String[] bodies = new String[page.length];
        var fields = searcher.storedFields();
        Set<String> wanted = HIT_FIELDS;
        if (!searcher.carried.isEmpty()) {
            wanted = new java.util.HashSet<>(HIT_FIELDS);
            for (String name : searcher.carried) wanted.add(Schema.carriedField(name));
        }
        for (int i = 0; i < page.length; i++) {
            docs[i] = page[i].doc;
            stored[i] = fields.document(docs[i], wanted);
            titles[i] = stored[i].get(Schema.TITLE);
            bodies[i] = stored[i].get(Schema.BODY);
        }
        String[] languages = Arrays.stream(stored).map(d -> d.get(Schema.LANGUAGE)).toArray(String[]::new);
        Snippets.Highlight[] marked = Snippets.highlight(searcher, language.analyzer(), read, languages, docs, titles,
                bodies);
        List<Hit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document d = stored[i];
            Float score = Float.isNaN(page[i].score) ? null : page[i].score;
            hits.add(Hit.builder().id(d.get(Schema.ID)).title(marked[i].title()).date(StoredArticle.day(d))
                    .source(d.get(Schema.SOURCE)).url(d.get(Schema.URL)).score(score)
                    .persons(List.of(d.getValues(Schema.PERSON))).countries(List.of(d.getValues(Schema.COUNTRY)))
                    .organizations(List.of(d.getValues(Schema.ORGANIZATION)))
                    .about(searcher.knowsAbout ? StoredArticle.about(d) : null)
                    .snippets(marked[i].snippets())
                    .story(StoryCollapse.storyOf(searcher.getIndexReader(), docs[i], d.get(Schema.ID)))
                    .author(d.get(Schema.AUTHOR)).language(d.get(Schema.LANGUAGE))
                    .fields(news.dispatch.index.ArticleDocument.carried(d)).build());
        }
        return hits;
    }

    private static String day(LocalDate d) {
        return DayRange.text(d);
    }

    @Override
    public void close() throws IOException {
        lease.close();
        directory.close();
    }
}
