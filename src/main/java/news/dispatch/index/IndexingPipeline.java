package news.dispatch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;

import news.dispatch.corpus.Article;
import news.dispatch.corpus.Corpus;
import news.dispatch.corpus.CorpusVisitor;
import news.dispatch.corpus.Problem;
import news.dispatch.entity.Entities;
import news.dispatch.entity.EntityExtractor;

/**
 * One indexing run of corpus folders into a {@link IndexSink}, the embedded index's or a SolrCloud collection's: the
 * one place that decides, for both, what happens to each article read. The walk runs on the caller's thread, which
 * keeps the reading order and the ids read (a second article with an id read already is skipped and reported); workers
 * take the articles in batches through {@link IndexingBatch} (the policy the live writer shares): ask the sink what it
 * holds under their ids, skip an id another live source owns ({@link IdOwnership}), leave an unchanged article alone
 * (same content hash: neither extracted nor stored again), extract the entities of the others ({@link Extraction})
 * and store them; a document the sink refuses is skipped and reported, never the run. Articles of the walked folders that the walk did not find are removed
 * ({@link #removeVanished}), and the counters of every decision make the run's {@link IndexSummary}.
 *
 * <p>What follows a run (entity rules and merges over the whole index, story regrouping, the final commit) is the
 * caller's, called after {@link #removeVanished}: it depends on the backend, not on the articles' policy.
 */
public final class IndexingPipeline implements CorpusVisitor {
    /**
     * How a backend takes its work: articles per {@link IndexSink#store} call, batches waiting for a worker (bounds
     * what sits in memory), and how often a run commits on its way (null: only the caller's commit at the end).
     */
    public record Pace(int batch, int queuedBatches, Duration commitEvery) {
    }

    private final IndexSink sink;
    private final EntityExtractor extractor;
    private final Indexer.Listener listener;
    private final List<Path> roots;
    private final Predicate<String> takes;
    private final Pace pace;
    private final ExecutorService pool;
    private final Semaphore queued;
    private final Map<String, Path> seen = new HashMap<>();
    /** Files that lost an article or could not be read this run: what the index holds from them stays. */
    private final Set<Path> filesWithSkips = ConcurrentHashMap.newKeySet();
    /** Ids written (added or rewritten) and removed by this run: where the stories may have changed. */
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final Set<String> removed = new java.util.HashSet<>();
    private final List<Corpus.Stats> stats = new ArrayList<>();
    private final AtomicInteger added = new AtomicInteger();
    private final AtomicInteger updated = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private final AtomicInteger indexed = new AtomicInteger();
    private final AtomicInteger skipped = new AtomicInteger();
    private final AtomicInteger warnings = new AtomicInteger();
    private final AtomicLong textBytes = new AtomicLong();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private List<Article> batch = new ArrayList<>();
    private long lastCommit = System.nanoTime();

    /**
     * A run of {@code roots} into {@code sink} on {@code threads} workers, taking only the articles whose id
     * {@code takes} accepts (one indexer's part of a shared corpus).
     */
    public IndexingPipeline(IndexSink sink, EntityExtractor extractor, Indexer.Listener listener, List<Path> roots,
                            Predicate<String> takes, int threads, Pace pace) {
        this.sink = sink;
        this.extractor = extractor;
        this.listener = listener;
        this.roots = roots.stream().map(r -> r.toAbsolutePath().normalize()).toList();
        this.takes = takes;
        this.pace = pace;
        this.queued = new Semaphore(Math.max(1, pace.queuedBatches()));
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "dispatch-indexer");
            t.setDaemon(true);
            return t;
        });
    }

    /** Walks every root, each article through the pipeline, and waits for the workers; the pool is gone after. */
    public void run(List<Path> walked, boolean followLinksOut) throws IOException {
        try {
            for (Path root : walked) stats.add(Corpus.walk(root, this, followLinksOut));
            flush();
            finish();
        } finally {
            pool.shutdownNow();
        }
    }

    @Override
    public void article(Article article) {
        rethrowFailure();
        Problem duplicate = duplicate(seen, article);
        if (duplicate != null) {
            skipped.incrementAndGet();
            problem(duplicate);
            return;
        }
        if (takes.test(article.id())) {
            batch.add(article);
            if (batch.size() >= pace.batch()) flush();
        }
        listener.progress(seen.size(), indexed.get());
        maybeCommit();
    }

    @Override
    public void problem(Problem problem) {
        // A file that could not be read keeps its articles; one left out on purpose does not.
        if (problem.skipped() && !problem.excluded()) filesWithSkips.add(problem.file());
        synchronized (listener) {
            listener.problem(problem);
        }
    }

    /**
     * The problem of a second article with an id {@code seen} holds already (the first one read is kept), or null
     * when it is the first, which {@code seen} then holds: one id, one article, in every indexing path.
     */
    public static Problem duplicate(Map<String, Path> seen, Article article) {
        Path first = seen.putIfAbsent(article.id(), article.file());
        return first == null ? null
                : new Problem(article.file(), article.line(), IdOwnership.duplicate(article, first), true);
    }

    /** The problem of an article skipped because another live source owns its id ({@link IdOwnership#refusal}). */
    public static Problem ownership(Article article, String refusal) {
        return new Problem(article.file(), article.line(), refusal, true);
    }

    /** The problem of an article whose document the index refused ({@code reason} in the index's words). */
    public static Problem refused(Article article, String reason) {
        return new Problem(article.file(), article.line(), "the index refused this article: " + reason, true);
    }

    /** The article's entities; a failed extraction is told to {@code warnings} and costs only the entities. */
    public static Entities extract(EntityExtractor extractor, Article article, Consumer<Problem> warnings) {
        return Extraction.of(extractor, article, reason -> warnings.accept(warning(article, reason)));
    }

    /** A problem that did not cost the article. */
    public static Problem warning(Article article, String reason) {
        return new Problem(article.file(), article.line(), reason, false);
    }

    private void flush() {
        if (batch.isEmpty()) return;
        List<Article> articles = batch;
        batch = new ArrayList<>();
        queued.acquireUninterruptibly();
        pool.execute(() -> {
            try {
                write(articles);
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            } finally {
                queued.release();
            }
        });
    }

    private void write(List<Article> articles) throws IOException {
        IndexingBatch.Result r = IndexingBatch.write(sink, roots, extractor, articles, this::problem);
        added.addAndGet(r.added());
        updated.addAndGet(r.updated());
        unchanged.addAndGet(r.unchanged());
        skipped.addAndGet(r.skipped());
        warnings.addAndGet(r.warnings());
        textBytes.addAndGet(r.textBytes());
        written.addAll(r.written());
        indexed.addAndGet(r.written().size());
    }

    /** A run that commits on its way does so now and then, so a killed run keeps most of its work. */
    private void maybeCommit() {
        if (pace.commitEvery() == null || System.nanoTime() - lastCommit < pace.commitEvery().toNanos()) return;
        try {
            sink.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lastCommit = System.nanoTime();
    }

    private void finish() throws IOException {
        pool.shutdown();
        try {
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) listener.progress(seen.size(), indexed.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while indexing", e);
        }
        listener.progress(seen.size(), indexed.get());
        rethrowFailure();
    }

    /**
     * Removes the articles of this run's folders (of the ids it takes) that the walk did not find: their files are
     * gone or no longer hold them. Articles of a file that had a problem this run are kept: an unreadable file is not
     * a deleted one. Returns how many were removed.
     */
    public int removeVanished() throws IOException {
        Map<String, Path> files = new HashMap<>(sink.heldUnder(roots));
        files.keySet().removeIf(id -> !takes.test(id));
        List<String> gone = VanishedArticles.of(files, seen.keySet(), filesWithSkips, roots);
        if (!gone.isEmpty()) sink.delete(gone);
        removed.addAll(gone);
        return removed.size();
    }

    /** Ids this run wrote (added or rewritten). */
    public Set<String> written() {
        return written;
    }

    /** Ids {@link #removeVanished} removed. */
    public Set<String> removed() {
        return removed;
    }

    /** What the run did, {@code started} being its {@link System#nanoTime()} at the start. */
    public IndexSummary summary(long started) {
        return new IndexSummary.Builder()
                .filesRead(stats.stream().mapToInt(Corpus.Stats::filesRead).sum())
                .filesSkipped(stats.stream().mapToInt(Corpus.Stats::filesSkipped).sum())
                .added(added.get()).updated(updated.get()).unchanged(unchanged.get()).removed(removed.size())
                .articlesSkipped(stats.stream().mapToInt(Corpus.Stats::articlesSkipped).sum() + skipped.get())
                .warnings(stats.stream().mapToInt(Corpus.Stats::warnings).sum() + warnings.get())
                .textBytes(textBytes.get())
                .build((System.nanoTime() - started) / 1e9);
    }

    private void rethrowFailure() {
        Throwable t = failure.get();
        if (t == null) return;
        if (t instanceof IOException io) throw new UncheckedIOException(io);
        if (t instanceof RuntimeException r) throw r;
        if (t instanceof Error err) throw err;
        throw new IllegalStateException(t);
    }
}
