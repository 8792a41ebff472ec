package news.dispatch.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import news.dispatch.corpus.Problem;
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
            IndexingPipeline run = new IndexingPipeline(
                    new EmbeddedSink(writer, existing, new ArticleDocument(EntityResolution.current(writer, indexDir))),
                    extractor, listener, roots, id -> true, threads,
                    // Update runs commit now and then, so a killed run keeps most of its work; a rebuild never does.
                    new IndexingPipeline.Pace(1, threads * 16, rebuild ? null : Duration.ofNanos(commitEveryNanos)));
            run.run(roots, followLinksOut);
            if (!rebuild) run.removeVanished();
            // One name per person and the user's corrections, over the index as this run leaves it: the result
            // depends on the set of articles only, not on their order, threads or which run wrote them.
            resolution = EntityResolution.apply(writer, indexDir);
            StoryGroups.Regrouped stories = new StoryGroups().regroup(writer, run.written(),
                    rebuild ? null : formerStories(existing, run));
            listener.stories(stories);
            if (existing.isEmpty()) mergeSegments(writer);
            Map<String, String> data = new java.util.HashMap<>(Map.of(IndexFreshness.INDEXED_AT, Instant.now().toString(),
                    IndexFreshness.FINGERPRINT, fingerprint, IndexFreshness.ID_SCHEME, IndexFreshness.CURRENT_ID_SCHEME));
            // Every article of this run's folders is of the current scheme now (an older document's hash differed);
            // another folder's articles keep theirs until that folder is indexed again, as with the id scheme.
            data.putAll(IndexFreshness.currentDocuments());
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
            return run.summary(started);
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

    /** The stories the run's written and removed articles belonged to before it. */
    private static Set<String> formerStories(Map<String, IndexedArticles.Entry> existing, IndexingPipeline run) {
        Set<String> stories = new java.util.HashSet<>();
        for (Set<String> ids : List.of(run.written(), run.removed())) {
            for (String id : ids) {
                IndexedArticles.Entry before = existing.get(id);
                if (before != null && before.story() != null) stories.add(before.story());
            }
        }
        return stories;
    }
}
