package news.dispatch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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

import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import news.dispatch.corpus.Article;
import news.dispatch.corpus.Corpus;
import news.dispatch.corpus.CorpusVisitor;
import news.dispatch.corpus.Problem;
import news.dispatch.entity.Entities;
import news.dispatch.entity.EntityExtractor;

/**
 * Brings an index up to date with corpus files: new articles are added, changed ones rewritten in place (by id),
 * unchanged ones left alone (content hash), and articles of files that are gone removed. Bad input is reported to
 * the listener and never stops the run.
 *
 * <p>Crash safety comes from Lucene's commits: an update run commits every {@link #COMMIT_EVERY} so a killed
 * run loses little and the next one finishes the job; a rebuild writes a fresh index (OpenMode.CREATE) and commits
 * once at the end, so readers keep the old index until the new one is complete.
 */
public final class Indexer {
    /** How often an update run commits, unless told otherwise. */
    public static final Duration COMMIT_EVERY = Duration.ofSeconds(20);

    /** Hears about an indexing run as it goes. Called from the walking thread. */
    @FunctionalInterface
    public interface Listener {
        void problem(Problem problem);

        default void progress(int seen, int indexed) {
        }

        /** Told once the stories were regrouped, before the final commit. */
        default void stories(StoryGroups.Regrouped regrouped) {
        }
    }

    private final Path indexDir;
    private final EntityExtractor extractor;
    private final Listener listener;
    private final int threads;
    private final long commitEveryNanos;
    private volatile EntityResolution.Result resolution;

    public Indexer(Path indexDir, EntityExtractor extractor, Listener listener, int threads) {
        this(indexDir, extractor, listener, threads, COMMIT_EVERY);
    }

    /** An indexer whose update runs commit every {@code commitEvery} (tests of crashes want it sooner). */
    public Indexer(Path indexDir, EntityExtractor extractor, Listener listener, int threads, Duration commitEvery) {
        this.indexDir = indexDir;
        this.extractor = extractor;
        this.listener = listener;
        this.threads = Math.max(1, threads);
        this.commitEveryNanos = Math.max(1, commitEvery.toNanos());
    }

    public IndexSummary run(List<Path> roots, boolean rebuild) throws IOException {
        return run(roots, rebuild, false);
    }

    /**
     * Indexes {@code roots}; with {@code followLinksOut}, symbolic links leading out of a corpus folder are followed
     * (else reported and left out).
     */
    public IndexSummary run(List<Path> roots, boolean rebuild, boolean followLinksOut) throws IOException {
        Files.createDirectories(indexDir);
        try {
            return write(roots, rebuild, followLinksOut);
        } catch (IOException | RuntimeException | Error e) {
            removeUncommittedFiles(e);
            throw e;
        }
    }

    /**
     * After a failed run (a full disk, say), deletes the files no commit refers to, so that a failure leaves the
     * index folder as its last commit left it instead of megabytes of partial segments. Lucene's own file deleter
     * does it when a writer opens; the writer is then rolled back, writing nothing.
     */
    private void removeUncommittedFiles(Throwable failure) {
        try (Directory dir = FSDirectory.open(indexDir)) {
            boolean committed = DirectoryReader.indexExists(dir);
            new IndexWriter(dir, writerConfig(false)).rollback();
            if (!committed) {
                for (String file : dir.listAll()) dir.deleteFile(file);
            }
        } catch (IOException | RuntimeException cleanup) {
            failure.addSuppressed(cleanup);
        }
    }

    private IndexSummary write(List<Path> roots, boolean rebuild, boolean followLinksOut) throws IOException {
        long started = System.nanoTime();
        String fingerprint = CorpusFingerprint.of(roots);
        try (Directory dir = FSDirectory.open(indexDir);
             IndexWriter writer = openWriter(dir, rebuild)) {
            Map<String, IndexedArticles.Entry> existing = rebuild ? Map.of() : IndexedArticles.read(dir);
            IndexingPass run = new IndexingPass(writer, existing, rebuild, roots,
                    new ArticleDocument(EntityResolution.current(writer, indexDir)));
            List<Corpus.Stats> stats = new ArrayList<>();
            try {
                for (Path root : roots) stats.add(Corpus.walk(root, run, followLinksOut));
                run.finish();
            } finally {
                run.shutdown();
            }
            int removed = rebuild ? 0 : run.removeVanished();
            // One name per person and the user's corrections, over the index as this run leaves it: the result
            // depends on the set of articles only, not on their order, threads or which run wrote them.
            resolution = EntityResolution.apply(writer, indexDir);
            StoryGroups.Regrouped stories = new StoryGroups().regroup(writer, run.written, rebuild ? null : run.formerStories());
            listener.stories(stories);
            if (existing.isEmpty()) mergeSegments(writer);
            Map<String, String> data = new java.util.HashMap<>(Map.of(IndexFreshness.INDEXED_AT, Instant.now().toString(),
                    IndexFreshness.FINGERPRINT, fingerprint, IndexFreshness.ID_SCHEME, IndexFreshness.CURRENT_ID_SCHEME));
            // Every article of this run's folders is of the current scheme now (an older document's hash differed);
            // another folder's articles keep theirs until that folder is indexed again, as with the id scheme.
            data.putAll(IndexFreshness.currentDocuments());
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
            return new IndexSummary.Builder()
                    .filesRead(stats.stream().mapToInt(Corpus.Stats::filesRead).sum())
                    .filesSkipped(stats.stream().mapToInt(Corpus.Stats::filesSkipped).sum())
                    .added(run.added.get()).updated(run.updated.get()).unchanged(run.unchanged).removed(removed)
                    .articlesSkipped(stats.stream().mapToInt(Corpus.Stats::articlesSkipped).sum() + run.duplicates
                            + run.rejected.get())
                    .warnings(stats.stream().mapToInt(Corpus.Stats::warnings).sum() + run.warnings.get())
                    .textBytes(run.textBytes.get())
                    .build((System.nanoTime() - started) / 1e9);
        }
    }

    /**
     * Merges an index this run built from nothing into as few segments as the merge policy allows in size (its largest
     * merged segment, 5 GB by default): the flushes of a fresh build leave ~10 segments, each with its own terms
     * dictionary, and the rule step's rewrites leave deleted copies. On Reuters-21578 the merged index is ~5 % smaller
     * (issue 29) and a search visits one segment, for a few seconds of merging after minutes of extraction. Later
     * runs leave merging to the policy, as they write a few articles at a time.
     */
    private static void mergeSegments(IndexWriter writer) throws IOException {
        long bytes = 0;
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (var leaf : reader.leaves()) {
                bytes += ((org.apache.lucene.index.SegmentReader) leaf.reader()).getSegmentInfo().sizeInBytes();
            }
        }
        double largestMb = writer.getConfig().getMergePolicy() instanceof org.apache.lucene.index.TieredMergePolicy t
                ? t.getMaxMergedSegmentMB() : 5 * 1024;
        writer.forceMerge((int) Math.max(1, Math.ceil(bytes / (largestMb * 1024 * 1024))));
    }

    /** What the last run's entity step did (rules applied, articles rewritten, time), or null before a run. */
    public EntityResolution.Result lastResolution() {
        return resolution;
    }

    private static IndexWriter openWriter(Directory dir, boolean rebuild) throws IOException {
        try {
            return new IndexWriter(dir, writerConfig(rebuild));
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
            if (!rebuild) throw e;
            // A rebuild replaces the index anyway, and a damaged one serves no reader: forget its commit points so
            // the writer starts from an empty folder (it deletes the files no commit refers to).
            for (String file : dir.listAll()) {
                if (file.startsWith(IndexFileNames.SEGMENTS)) dir.deleteFile(file);
            }
            return new IndexWriter(dir, writerConfig(true));
        }
    }

    private static IndexWriterConfig writerConfig(boolean rebuild) {
        return new IndexWriterConfig(Schema.indexAnalyzer())
                .setOpenMode(rebuild ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(128)
                .setCommitOnClose(false);
    }

    /** One run's state: walks on the caller's thread, extracts and writes on a pool. */
    private final class IndexingPass implements CorpusVisitor {
        private final IndexWriter writer;
        private final Map<String, IndexedArticles.Entry> existing;
        private final boolean rebuild;
        private final ArticleDocument documents;
        private final ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dispatch-indexer");
            t.setDaemon(true);
            return t;
        });
        // Bounds the articles waiting for a worker, so a huge corpus does not sit in memory.
        private final Semaphore queued = new Semaphore(threads * 16);
        private final List<Path> roots;
        private final Map<String, Path> seen = new HashMap<>();
        // Written by the workers too (an article Lucene refuses).
        private final Set<Path> filesWithSkips = ConcurrentHashMap.newKeySet();
        /** Ids written (added or rewritten) and removed by this run: where the stories may have changed. */
        private final Set<String> written = ConcurrentHashMap.newKeySet();
        private final Set<String> removedIds = new java.util.HashSet<>();
        private final AtomicInteger added = new AtomicInteger();
        private final AtomicInteger updated = new AtomicInteger();
        private final AtomicInteger indexed = new AtomicInteger();
        private final AtomicInteger warnings = new AtomicInteger();
        private final AtomicInteger rejected = new AtomicInteger();
        private final AtomicLong textBytes = new AtomicLong();
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private int unchanged;
        private int duplicates;
        private long lastCommit = System.nanoTime();

        IndexingPass(IndexWriter writer, Map<String, IndexedArticles.Entry> existing, boolean rebuild, List<Path> roots,
            ArticleDocument documents) {
            this.writer = writer;
            this.documents = documents;
            this.existing = existing;
            this.rebuild = rebuild;
            this.roots = roots.stream().map(r -> r.toAbsolutePath().normalize()).toList();
        }

        @Override
        public void article(Article article) {
            rethrowFailure();
            Path first = seen.putIfAbsent(article.id(), article.file());
            if (first != null) {
                duplicates++;
                filesWithSkips.add(article.file());
                listener.problem(new Problem(article.file(), article.line(), IdOwnership.duplicate(article, first), true));
                return;
            }
            String hash = ArticleDocument.hash(article);
            IndexedArticles.Entry before = existing.get(article.id());
            String refusal = before == null ? null : IdOwnership.refusal(article, before.file(), roots);
            if (refusal != null) {
                duplicates++;
                filesWithSkips.add(article.file());
                listener.problem(new Problem(article.file(), article.line(), refusal, true));
                return;
            }
            if (before != null && before.hash().equals(hash)) {
                unchanged++;
            } else {
                queued.acquireUninterruptibly();
                pool.execute(() -> {
                    try {
                        write(article, hash, before != null);
                    } catch (Throwable t) {
                        failure.compareAndSet(null, t);
                    } finally {
                        queued.release();
                    }
                });
            }
            listener.progress(seen.size(), indexed.get());
            maybeCommit();
        }

        private void write(Article article, String hash, boolean update) throws IOException {
            Entities entities = Extraction.of(extractor, article, reason -> warn(article, reason));
            try {
                writer.updateDocument(new Term(Schema.ID, article.id()),
                        documents.build(article, entities, hash, reason -> warn(article, reason)));
            } catch (IllegalArgumentException e) {
                // Lucene refuses a document with a term or doc value over its limits ("immense term"): the article is
                // skipped and reported, the run goes on, and the next run does not stop at it either.
                rejected.incrementAndGet();
                filesWithSkips.add(article.file());
                synchronized (listener) {
                    listener.problem(new Problem(article.file(), article.line(),
                            "the index refused this article: " + ArticleDocument.refusal(e), true));
                }
                return;
            }
            textBytes.addAndGet(article.title().getBytes(StandardCharsets.UTF_8).length
                    + article.body().getBytes(StandardCharsets.UTF_8).length);
            (update ? updated : added).incrementAndGet();
            written.add(article.id());
            indexed.incrementAndGet();
        }

        private void warn(Article article, String reason) {
            warnings.incrementAndGet();
            synchronized (listener) {
                listener.problem(new Problem(article.file(), article.line(), reason, false));
            }
        }

        @Override
        public void problem(Problem problem) {
            // A file that could not be read keeps its articles; one left out on purpose does not.
            if (problem.skipped() && !problem.excluded()) filesWithSkips.add(problem.file());
            synchronized (listener) {
                listener.problem(problem);
            }
        }

        /** Update runs commit now and then, so a killed run keeps most of its work; a rebuild never does. */
        private void maybeCommit() {
            if (rebuild || System.nanoTime() - lastCommit < commitEveryNanos) return;
            try {
                writer.commit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            lastCommit = System.nanoTime();
        }

        void finish() throws IOException {
            pool.shutdown();
            try {
                while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                    listener.progress(seen.size(), indexed.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while indexing", e);
            }
            listener.progress(seen.size(), indexed.get());
            rethrowFailure();
        }

        void shutdown() {
            pool.shutdownNow();
        }

        /**
         * Removes articles of this run's folders that were not seen: their files are gone or no longer hold them.
         * Articles of a file that had a problem this run are kept: an unreadable file is not a deleted one.
         */
        int removeVanished() throws IOException {
            Map<String, Path> files = new HashMap<>();
            existing.forEach((id, entry) -> files.put(id, entry.file()));
            for (String id : VanishedArticles.of(files, seen.keySet(), filesWithSkips, roots)) {
                writer.deleteDocuments(new Term(Schema.ID, id));
                removedIds.add(id);
            }
            return removedIds.size();
        }

        /** The stories the written and removed articles belonged to before this run. */
        Set<String> formerStories() {
            Set<String> stories = new java.util.HashSet<>();
            for (Set<String> ids : List.of(written, removedIds)) {
                for (String id : ids) {
                    IndexedArticles.Entry before = existing.get(id);
                    if (before != null && before.story() != null) stories.add(before.story());
                }
            }
            return stories;
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
}
