package news.dispatch.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import news.dispatch.entity.QueryAliases;
import news.dispatch.index.Schema;

/**
 * The search engine over one index folder: highlighted hits, drill-sideways facets, articles and their related
 * coverage. Thread-safe; {@link #maybeRefresh()} picks up what an indexer committed meanwhile. This class opens the
 * index and hands each question to the step that answers it: the search ({@link LuceneSearch}, its hits made by
 * {@link LuceneHits}), the article view ({@link LuceneArticleView}), the counts ({@link LuceneCounts}) and the
 * timeline ({@link LuceneTimeline}), each on the generation {@link SearcherLease} lends. Exports are
 * {@link Exporter}'s, fed the same drill-down query.
 */
public final class LuceneSearcher implements NewsSearcher {
    private final Path indexDir;
    private final Directory directory;
    private final SearcherLease lease;
    private final RequestDrillDown drillDown;
    private final LuceneSearch search;
    private final LuceneArticleView articles;
    private final LuceneCounts counts;
    private final LuceneTimeline timeline;

    private LuceneSearcher(Path indexDir, Directory directory, CompletableFuture<QueryLanguage> language,
                           Duration timeBudget) throws IOException {
        this.indexDir = indexDir;
        this.directory = directory;
        // Made first, before the reader opens, as the unsplit searcher made it: the alias tables are being built on
        // another thread meanwhile, and both load the chains' dictionaries (see LanguageChains.ukrainian).
        Analyzer indexAnalyzer = Schema.indexAnalyzer();
        SearchBudget budget = new SearchBudget(timeBudget);
        // The reader asks the budget while it enumerates terms and reads doc values and points.
        this.lease = new SearcherLease(new SearcherManager(
                ExitableDirectoryReader.wrap(DirectoryReader.open(directory), budget), new FacetedSearcher.Factory()),
                budget, language);
        FacetsConfig config = Schema.facetsConfig();
        this.drillDown = new RequestDrillDown(config);
        this.search = new LuceneSearch(lease, drillDown, config);
        this.articles = new LuceneArticleView(lease, indexAnalyzer);
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
        return search.search(request);
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

    @Override
    public void close() throws IOException {
        lease.close();
        directory.close();
    }
}
