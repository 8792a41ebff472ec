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

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
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
import news.dispatch.index.StoredEntities;
import news.dispatch.search.SearchResponse.Facets;
import news.dispatch.search.SearchResponse.Filters;
import news.dispatch.search.SearchResponse.Hit;

/**
 * The search engine over one index folder: highlighted hits, drill-sideways facets, articles and their related
 * coverage. Thread-safe; {@link #maybeRefresh()} picks up what an indexer committed meanwhile.
 */
public final class LuceneSearcher implements NewsSearcher {
    /** Totals are exact up to here, then a lower bound: counting every match of a broad query costs time. */
    static final int EXACT_TOTAL_UP_TO = 10_000;
    private static final Set<String> HIT_FIELDS = hitFields();

    private final Path indexDir;
    private final Directory directory;
    private final SearcherManager manager;
    private final SearchBudget budget;
    private final FacetsConfig config = Schema.facetsConfig();
    /** Built on another thread while the server starts: the alias tables take a good part of start-up. */
    private final CompletableFuture<QueryLanguage> language;
    private final Analyzer indexAnalyzer = Schema.indexAnalyzer();

    private LuceneSearcher(Path indexDir, Directory directory, CompletableFuture<QueryLanguage> language,
                           Duration timeBudget) throws IOException {
        this.indexDir = indexDir;
        this.directory = directory;
        this.budget = new SearchBudget(timeBudget);
        // The reader asks the budget while it enumerates terms and reads doc values and points.
        this.manager = new SearcherManager(ExitableDirectoryReader.wrap(DirectoryReader.open(directory), budget),
                new FacetedSearcher.Factory());
        this.language = language;
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
        return open(indexDir, () -> language, budget.budget());
    }

    /** The unique id of the commit being served (every commit of every index has its own). */
    byte[] servedCommitId() throws IOException {
        var searcher = manager.acquire();
        try {
            var reader = org.apache.lucene.index.FilterDirectoryReader.unwrap((DirectoryReader) searcher.getIndexReader());
            return ((org.apache.lucene.index.StandardDirectoryReader) reader).getSegmentInfos().getId();
        } finally {
            manager.release(searcher);
        }
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
        return language.thenAccept(l -> { });
    }

    public Path indexDir() {
        return indexDir;
    }

    /** Opens a new reader when the index has a newer commit; cheap when nothing changed. */
    @Override
    public void maybeRefresh() throws IOException {
        manager.maybeRefresh();
    }

    @Override
    public SearchResponse search(SearchRequest request) throws IOException {
        long started = System.nanoTime();
        return withinBudget((searcher, language, scope) -> {
            ReadQuery read = language.reader().read(request.query(), searcher.chains, searcher.carried);
            ExpansionGuard.check(read.query(), searcher.getIndexReader());
            MentionScope mentions = searcher.mentions(request);
            DrillDownQuery ddq = drillDown(searcher, read, request, mentions);
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
        QueryLanguage language = language();
        FacetedSearcher searcher = (FacetedSearcher) manager.acquire();
        try {
            return searcher.count(searcher.chainFilters.executable(
                    language.reader().read(query, searcher.chains, searcher.carried).query()));
        } finally {
            manager.release(searcher);
        }
    }

    /** The alias groups queries are expanded with. */
    QueryAliasMap aliases() {
        return language().aliases();
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
        FacetedSearcher searcher = (FacetedSearcher) manager.acquire();
        try {
            TopDocs found = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
            if (found.scoreDocs.length == 0) return null;
            int doc = found.scoreDocs[0].doc;
            Document d = searcher.storedFields().document(doc);
            StoredEntities entities = StoredEntities.fromStored(d.getField(Schema.ENTITIES), d.get(Schema.TITLE),
                    d.get(Schema.BODY));
            ArticleMatches.Page matches = new ArticleMatches.Page(List.of(), 0);
            if (query != null && !query.isBlank()) {
                ReadQuery read = language().reader().read(query, searcher.chains, searcher.carried);
                ExpansionGuard.check(read.query(), searcher.getIndexReader());
                matches = ArticleMatches.of(searcher, language().analyzer(), read, d.get(Schema.LANGUAGE), doc,
                        matchesFrom, ArticleViewCaps.MATCHES);
            }
            return new ArticleView(id, d.get(Schema.TITLE), d.get(Schema.BODY), StoredArticle.day(d),
                    d.get(Schema.SOURCE), d.get(Schema.URL), d.get(Schema.LANGUAGE), entities.persons(),
                    entities.countries(), entities.organizations(),
                    RelatedArticles.of(searcher, indexAnalyzer, doc, id, d.get(Schema.BODY)), matches.matches(),
                    matches.total(), matchesFrom, ArticleView.Corrected.ofStored(d.get(Schema.CORRECTIONS)), d.get(Schema.AUTHOR))
                    .withFields(news.dispatch.index.ArticleDocument.carried(d));
        } finally {
            manager.release(searcher);
        }
    }

    /**
     * Values of a person or country dimension with a word starting with {@code prefix}, counted among the articles
     * that {@code within}'s query and filters select (its paging and sort are ignored).
     */
    @Override
    public List<SearchResponse.FacetValue> entities(String dim, String prefix, SearchRequest within, int size)
            throws IOException {
        if (!Schema.filterDims().contains(dim) && Schema.carriedName(dim) == null) {
            throw new BadRequestException("dim must be one of " + String.join(", ", Schema.filterDims()) + ", not '" + dim + "'.");
        }
        return withinBudget((searcher, language, scope) -> {
            ReadQuery read = language.reader().read(within.query(), searcher.chains, searcher.carried);
            ExpansionGuard.check(read.query(), searcher.getIndexReader());
            MentionScope mentions = searcher.mentions(within);
            var values = EntityLookup.find(searcher, drillDown(searcher, read, within, mentions), dim, mentions, prefix, size);
            scope.check();
            return values;
        });
    }

    /** Counted on the filtered query alone: no drill-sideways, facets, stored fields or highlights. */
    @Override
    public long count(SearchRequest request) throws IOException {
        return withinBudget((searcher, language, scope) -> {
            ReadQuery read = language.reader().read(request.query(), searcher.chains, searcher.carried);
            ExpansionGuard.check(read.query(), searcher.getIndexReader());
            return (long) searcher.count(drillDown(searcher, read, request, searcher.mentions(request)));
        });
    }

    /** The term a filter reads, counted per value: a term's document frequency where no article was deleted. */
    @Override
    public List<String> unheld(String dim, List<String> values) throws IOException {
        FacetedSearcher searcher = (FacetedSearcher) manager.acquire();
        try {
            String facetDim = MentionScope.ALL.facetDim(dim);
            List<String> unheld = new ArrayList<>();
            for (String value : values) {
                if (searcher.count(FilteredQuery.valueQuery(config, facetDim, value)) == 0) unheld.add(value);
            }
            return unheld;
        } finally {
            manager.release(searcher);
        }
    }

    /** Work done on one searcher under the request's time budget. */
    private interface BudgetedWork<T> {
        T run(FacetedSearcher searcher, QueryLanguage language, SearchBudget.Scope scope) throws IOException;
    }

    /**
     * Runs {@code work} on the current searcher within the time budget: a budget used up is a
     * {@link SearchTimeoutException}, a query that expands too far a {@link BadRequestException}.
     */
    private <T> T withinBudget(BudgetedWork<T> work) throws IOException {
        QueryLanguage language = language();
        FacetedSearcher searcher = (FacetedSearcher) manager.acquire();
        try (SearchBudget.Scope scope = budget.start()) {
            return work.run(searcher, language, scope);
        } catch (ExitableDirectoryReader.ExitingReaderException e) {
            throw new SearchTimeoutException(budget.budget());
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooManyClauses();
        } finally {
            manager.release(searcher);
        }
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

    /** Computed once per reader generation (a facet pass and the commit's file sizes), then handed out as is. */
    /** The index's own fields and those its articles carry, with their distinct values (once per generation). */
    @Override
    public List<IndexField> fields() throws IOException {
        FacetedSearcher searcher = (FacetedSearcher) manager.acquire();
        try {
            List<IndexField> fields = new ArrayList<>(IndexField.builtIn());
            fields.addAll(searcher.carriedFields());
            return fields;
        } finally {
            manager.release(searcher);
        }
    }

    @Override
    public IndexStats stats() throws IOException {
        FacetedSearcher searcher = (FacetedSearcher) manager.acquire();
        try {
            return searcher.stats();
        } finally {
            manager.release(searcher);
        }
    }

    @Override
    public long export(SearchRequest request, boolean snippets, ExportSink sink) throws IOException {
        QueryLanguage language = language();
        FacetedSearcher searcher = (FacetedSearcher) manager.acquire();
        // A served export holds each page to a budget (a large export runs as long as its client reads; an expensive
        // query is stopped); the command line's is never cut short.
        Duration pageBudget = sink.timeBound() ? budget.budget().multipliedBy(QueryLimits.EXPORT_PAGE_BUDGET_FACTOR)
                : null;
        try {
            ReadQuery read = language.reader().read(request.query(), searcher.chains, searcher.carried);
            ExpansionGuard.check(read.query(), searcher.getIndexReader());
            return Exporter.run(searcher, drillDown(searcher, read, request, searcher.mentions(request)), read, language.analyzer(), request.sort(),
                    snippets, sink, pageBudget == null ? null : () -> budget.start(pageBudget), pageBudget);
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooManyClauses();
        } finally {
            manager.release(searcher);
        }
    }

    @Override
    public Timeline timeline(List<Timeline.Wanted> series, Timeline.Interval interval, LocalDate from, LocalDate to)
            throws IOException {
        long started = System.nanoTime();
        return withinBudget((searcher, language, scope) -> {
            List<org.apache.lucene.search.Query> queries = new ArrayList<>();
            for (Timeline.Wanted w : series) {
                ReadQuery read = language.reader().read(w.request().query(), searcher.chains, searcher.carried);
                ExpansionGuard.check(read.query(), searcher.getIndexReader());
                queries.add(drillDown(searcher, read, w.request(), searcher.mentions(w.request())));
            }
            Timeline timeline = TimelineCounter.build(searcher, series, queries, interval, from, to, started);
            scope.check();
            return timeline;
        });
    }

    @Override
    public Health health() throws IOException {
        if (!language.isDone() || language.isCompletedExceptionally()) return new Health(Health.STARTING, 0);
        FacetedSearcher searcher = (FacetedSearcher) manager.acquire();
        try {
            return new Health(Health.READY, searcher.getIndexReader().numDocs());
        } finally {
            manager.release(searcher);
        }
    }

    private QueryLanguage language() {
        try {
            return language.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw new IllegalStateException("The alias tables could not be built: " + e.getCause().getMessage(), e);
        }
    }

    /** The query to run: the read query (in its cheapest equal form on this generation) with the filters. */
    private DrillDownQuery drillDown(FacetedSearcher searcher, ReadQuery read, SearchRequest request,
                                     MentionScope mentions) throws IOException {
        return FilteredQuery.of(config, searcher.chainFilters.executable(read.query()), request, mentions);
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
        manager.close();
        directory.close();
    }
}
