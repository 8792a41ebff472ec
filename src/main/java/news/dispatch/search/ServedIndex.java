package news.dispatch.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The index folder as it is on disk now, served. {@link #maybeRefresh()} (called every few seconds) notices when the
 * folder was deleted, emptied or replaced by another one (a rebuild beside it, moved into place) and opens the index
 * that is there now; while there is none, every call throws {@link IndexMissingException}, which the server answers
 * with a 503 saying so, rather than serving a deleted index forever or failing with a 500.
 *
 * <p>A replaced searcher is closed when the last request using it lets go (a reference count, as Lucene counts
 * readers), never under a request: a slow request on a loaded machine finishes on the index it began on.
 */
public final class ServedIndex implements NewsSearcher {
    private final Path indexDir;
    private final Consumer<String> log;
    /** The first searcher: what {@link #ready()} waits for, and whose query language the next ones reuse. */
    private final LuceneSearcher first;
    private volatile Held current;
    /** The folder's identity (device and inode) when {@link #current} was opened. */
    private Object currentFolder;

    private ServedIndex(Path indexDir, LuceneSearcher first, Object folder, Consumer<String> log) {
        this.indexDir = indexDir;
        this.first = first;
        this.log = log;
        this.current = new Held(first);
        this.currentFolder = folder;
    }

    /**
     * A searcher and the count of its holders: this class while it is served, plus each request running on it.
     * Closed when the count reaches zero; once zero it is never taken again.
     */
    private static final class Held {
        final LuceneSearcher searcher;
        private final AtomicInteger holders = new AtomicInteger(1);

        Held(LuceneSearcher searcher) {
            this.searcher = searcher;
        }

        boolean tryTake() {
            for (int n = holders.get(); n > 0; n = holders.get()) {
                if (holders.compareAndSet(n, n + 1)) return true;
            }
            return false;
        }

        void letGo() {
            if (holders.decrementAndGet() > 0) return;
            try {
                searcher.close();
            } catch (IOException | RuntimeException e) {
                // Its files may be gone already (a deleted index); nothing is lost.
            }
        }
    }

    /** Opens the index in {@code indexDir}, which must exist now; {@code log} hears when it vanishes or comes back. */
    public static ServedIndex open(Path indexDir, Consumer<String> log) throws IOException {
        Object folder = folderKey(indexDir);
        return new ServedIndex(indexDir, LuceneSearcher.open(indexDir), folder, log);
    }

    /** Follows the folder: reopens a replaced index, lets go of a vanished one, picks up new commits. */
    @Override
    public synchronized void maybeRefresh() throws IOException {
        Object folder = folderKey(indexDir);
        if (folder == null || !hasCommit()) {
            if (current != null) {
                log.accept("The index at " + indexDir.toAbsolutePath() + " is gone; searches answer 503 until it is"
                        + " built again (./dispatch index --corpus DIR --index " + indexDir + ").");
                retire(null, null);
            }
            return;
        }
        if (current == null || !folder.equals(currentFolder)) {
            reopen(folder, current == null ? "The index at " + indexDir.toAbsolutePath() + " is back; serving it."
                    : "The index folder " + indexDir.toAbsolutePath() + " was replaced; serving the new one.");
            return;
        }
        try {
            byte[] latest = latestCommitId();
            current.searcher.maybeRefresh();
            // A new index written in the emptied folder may look "current" to Lucene (its version counter can equal
            // the old one's): only the commit's unique id tells. A commit made meanwhile is read again, not reopened.
            byte[] served = current.searcher.servedCommitId();
            if (!Arrays.equals(served, latest) && !Arrays.equals(served, latestCommitId())) throw new IOException("stale");
        } catch (IOException | RuntimeException e) {
            // Files of the index were removed and a new index written in their place: Lucene refuses to mix the two.
            reopen(folder, "The index in " + indexDir.toAbsolutePath() + " was rewritten from scratch; serving the new"
                    + " one.");
        }
    }

    private byte[] latestCommitId() throws IOException {
        try (Directory dir = FSDirectory.open(indexDir)) {
            return SegmentInfos.readLatestCommit(dir).getId();
        }
    }

    /** See {@link LuceneSearcher#ready()}. */
    public CompletableFuture<Void> ready() {
        return first.ready();
    }

    private void reopen(Object folder, String message) throws IOException {
        LuceneSearcher fresh = first.reopen();
        retire(fresh, folder);
        log.accept(message);
    }

    /** Serves {@code next} (null: nothing) from now on; the replaced searcher closes when its last request ends. */
    private void retire(LuceneSearcher next, Object folder) {
        Held old = current;
        current = next == null ? null : new Held(next);
        currentFolder = folder;
        if (old != null) old.letGo();
    }

    private boolean hasCommit() {
        try (Directory dir = FSDirectory.open(indexDir)) {
            return DirectoryReader.indexExists(dir);
        } catch (IOException e) {
            return false;
        }
    }

    /** The folder's identity on disk, or null when there is no folder. */
    private static Object folderKey(Path dir) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(dir, BasicFileAttributes.class);
            if (!attrs.isDirectory()) return null;
            // Device and inode on Unix; on file systems without keys, the creation time tells a new folder apart.
            return Objects.requireNonNullElse(attrs.fileKey(), attrs.creationTime());
        } catch (IOException e) {
            return null;
        }
    }

    /** The searcher being served, taken for one request: the caller lets go of it when the request ends. */
    private Held take() throws IndexMissingException {
        while (true) {
            Held held = current;
            // The folder is looked at on every request (one stat): a deleted index is never served, not even until
            // the next refresh.
            if (held == null || !Files.isDirectory(indexDir)) throw new IndexMissingException(indexDir);
            if (held.tryTake()) return held;
            // Replaced and closed between reading the field and taking it: the field now holds its successor.
        }
    }

    /** One request of the searcher being served. */
    private interface Call<T> {
        T on(LuceneSearcher searcher) throws IOException;
    }

    /** {@code call} on the searcher being served, which stays open until the call returns. */
    private <T> T onCurrent(Call<T> call) throws IOException {
        Held held = take();
        try {
            return call.on(held.searcher);
        } finally {
            held.letGo();
        }
    }

    @Override
    public SearchResponse search(SearchRequest request) throws IOException {
        return onCurrent(s -> s.search(request));
    }

    @Override
    public long count(SearchRequest request) throws IOException {
        return onCurrent(s -> s.count(request));
    }

    @Override
    public List<String> unheld(String dim, List<String> values) throws IOException {
        return onCurrent(s -> s.unheld(dim, values));
    }

    @Override
    public ArticleView article(String id) throws IOException {
        return onCurrent(s -> s.article(id));
    }

    @Override
    public ArticleView article(String id, String query) throws IOException {
        return onCurrent(s -> s.article(id, query));
    }

    @Override
    public ArticleView article(String id, String query, int matchesFrom) throws IOException {
        return onCurrent(s -> s.article(id, query, matchesFrom));
    }

    @Override
    public long export(SearchRequest request, boolean snippets, ExportSink sink) throws IOException {
        return onCurrent(s -> s.export(request, snippets, sink));
    }

    @Override
    public Timeline timeline(List<Timeline.Wanted> series, Timeline.Interval interval, LocalDate from, LocalDate to)
            throws IOException {
        return onCurrent(s -> s.timeline(series, interval, from, to));
    }

    @Override
    public List<SearchResponse.FacetValue> entities(String dim, String prefix, SearchRequest within, int size)
            throws IOException {
        return onCurrent(s -> s.entities(dim, prefix, within, size));
    }

    @Override
    public IndexStats stats() throws IOException {
        return onCurrent(LuceneSearcher::stats);
    }

    @Override
    public java.util.List<IndexField> fields() throws IOException {
        return onCurrent(LuceneSearcher::fields);
    }

    @Override
    public Health health() throws IOException {
        return onCurrent(LuceneSearcher::health);
    }

    @Override
    public synchronized void close() throws IOException {
        retire(null, null);
    }
}
