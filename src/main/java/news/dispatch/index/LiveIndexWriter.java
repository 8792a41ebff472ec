package news.dispatch.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import news.dispatch.corpus.Article;
import news.dispatch.corpus.FetchedArticle;
import news.dispatch.corpus.Problem;
import news.dispatch.entity.EntityExtractor;

/**
 * An index kept open for articles that arrive over time (feed items, files dropped into a folder): each batch is
 * written the way {@link Indexer} writes files (same document, same entities, same content hash, keyed by id) through
 * the same policy ({@link IndexingBatch}: ownership, the hash check, extraction failures, refused documents, the
 * messages and the counters) and committed before {@link #write} returns, so whatever a caller records after it is
 * never ahead of the index.
 *
 * <p>An article whose id is known with the same content hash is left alone; with another hash it is rewritten in
 * place, if its source owns the id ({@link IdOwnership}, as {@code dispatch index} decides it): an id held by another
 * live source is refused and reported, never replaced. The commit keeps the user data the last commit had (the corpus
 * fingerprint of {@code dispatch index}).
 *
 * <p>A failed write (a full disk) rolls the batch back and the writer is reopened on the last commit at the next
 * write, so one failure never stops a long-running watch: the caller reports it and retries the batch later.
 */
public final class LiveIndexWriter implements Closeable {
    /** What one batch did. */
    public record Written(int added, int updated, int unchanged) {
        public Written plus(Written other) {
            return new Written(added + other.added, updated + other.updated, unchanged + other.unchanged);
        }
    }

    /**
     * One poll of one source (a walk of a folder, a feed's items), written in one or more batches: an id read twice in
     * it keeps the first article, and an id held by an article from outside the source's roots is refused.
     */
    public final class Poll {
        private final List<Path> roots;
        private final Map<String, Path> seen = new HashMap<>();

        private Poll(List<Path> roots) {
            this.roots = roots;
        }

        /** {@link LiveIndexWriter#write} within this poll. */
        public Written write(List<Article> articles, Consumer<Problem> problems) throws IOException {
            return LiveIndexWriter.this.write(this, articles, problems);
        }
    }

    private final Directory dir;
    private final EntityExtractor extractor;
    private final Path indexDir;
    /** Null after a failed write until the next one reopens it; guarded by this. */
    private IndexWriter writer;
    private volatile ArticleDocument documents;
    private volatile String appliedRules;
    private final StoryGroups stories = new StoryGroups();
    private final Map<String, String> hashes = new ConcurrentHashMap<>();
    /** The origin of each article (its file, or its feed's address): who owns the id, and what a folder removes. */
    private final Map<String, Path> files = new ConcurrentHashMap<>();

    private LiveIndexWriter(Path indexDir, Directory dir, EntityExtractor extractor) {
        this.indexDir = indexDir;
        this.dir = dir;
        this.extractor = extractor;
    }

    public static LiveIndexWriter open(Path indexDir, EntityExtractor extractor) throws IOException {
        Files.createDirectories(indexDir);
        return open(indexDir, FSDirectory.open(indexDir), extractor);
    }

    /** A writer over {@code dir} (the folder {@code indexDir} as Lucene reaches it); closing the writer closes it. */
    static LiveIndexWriter open(Path indexDir, Directory dir, EntityExtractor extractor) throws IOException {
        LiveIndexWriter live = new LiveIndexWriter(indexDir, dir, extractor);
        try {
            synchronized (live) {
                IndexWriter writer = live.writer();
                // An empty first commit, so a server can open the index before the first item arrives.
                // It is made by this code, so its documents are of the current scheme (the main job need not rewrite them).
                if (!DirectoryReader.indexExists(dir)) {
                    writer.setLiveCommitData(IndexFreshness.currentDocuments().entrySet());
                    writer.commit();
                }
                // Rules saved while another process held the index are applied now.
                live.applyEntityRules();
            }
            return live;
        } catch (IOException | RuntimeException e) {
            live.close();
            throw e;
        }
    }

    /**
     * The writer; after a failed write, a new one on the last commit (what the failed batch left is discarded and
     * the known articles are read again from the commit, so they match the index exactly).
     */
    private IndexWriter writer() throws IOException {
        assert Thread.holdsLock(this);
        if (writer != null && writer.isOpen() && writer.getTragicException() == null) return writer;
        discardWriter(null);
        Map<String, IndexedArticles.Entry> committed = IndexedArticles.read(dir);
        IndexWriter opened = new IndexWriter(dir, new IndexWriterConfig(Schema.indexAnalyzer())
                .setOpenMode(OpenMode.CREATE_OR_APPEND).setCommitOnClose(false));
        // Emptied only of what the commit no longer holds: a reader of holds() never sees an empty index meanwhile.
        hashes.keySet().retainAll(committed.keySet());
        files.keySet().retainAll(committed.keySet());
        committed.forEach((id, entry) -> {
            hashes.put(id, entry.hash());
            files.put(id, entry.file());
        });
        try {
            documents = new ArticleDocument(EntityResolution.current(opened, indexDir));
        } catch (IOException | RuntimeException e) {
            opened.rollback(); // releases the index's lock: the next write tries again
            throw e;
        }
        writer = opened;
        return opened;
    }

    /**
     * Drops the writer after {@code failure} (what it did since its last commit is rolled back; Lucene has closed it
     * already after a tragic error): the next write opens a new one. Returns the failure to throw.
     */
    private IOException discardWriter(Exception failure) {
        IndexWriter old = writer;
        writer = null;
        if (old != null) {
            try {
                old.rollback();
            } catch (IOException | RuntimeException e) {
                if (failure != null) failure.addSuppressed(e);
            }
        }
        if (failure == null || failure instanceof IOException) return (IOException) failure;
        return new IOException(failure.getMessage(), failure);
    }

    /** True when an article with this id is in the index, whatever its content. */
    public boolean holds(String id) {
        return hashes.containsKey(id);
    }

    /** A poll of the source whose articles lie under {@code root}: a corpus folder, or a feed's address. */
    public Poll poll(Path root) {
        return new Poll(List.of(root));
    }

    /**
     * Writes one batch on its own: as {@link Poll#write}, for a poll of no folder (an id held by an article of another
     * file that still exists, or of a feed, is refused).
     */
    public Written write(List<Article> articles, Consumer<Problem> problems) throws IOException {
        return new Poll(List.of()).write(articles, problems);
    }

    /**
     * Adds new articles, rewrites changed ones, leaves unchanged ones alone, and commits: the policy of
     * {@link IndexingBatch}, into this index as a {@link LiveSink}. Entities are extracted on the caller's thread,
     * outside the lock; a failed extraction is reported and the article indexed without entities. An article whose id
     * this poll read already, or another source owns, is reported (skipped) and left out. When the write fails the
     * batch is rolled back (none of it is in the index) and the failure thrown.
     */
    private Written write(Poll poll, List<Article> articles, Consumer<Problem> problems) throws IOException {
        synchronized (this) {
            writer(); // reopened before the model runs, so a writer that cannot be costs no extraction
        }
        List<Article> firsts = new ArrayList<>();
        for (Article article : articles) {
            Problem duplicate = IndexingPipeline.duplicate(poll.seen, article);
            if (duplicate != null) problems.accept(duplicate);
            else firsts.add(article);
        }
        try (LiveSink sink = new LiveSink()) {
            IndexingBatch.Result r = IndexingBatch.write(sink, poll.roots, extractor, firsts, problems);
            return new Written(r.added(), r.updated(), r.unchanged());
        }
    }

    /**
     * The served index as the sink of one batch. What is specific to it: what it holds is this writer's view of the
     * last commit ({@code hashes}, {@code files}); a feed item held by another feed may be a copy ({@link HeldItems});
     * {@link #store} takes the writer's lock and, under it, asks the pipeline again whether each article may be
     * written ({@link IndexSink.Outcome#mayWrite}: another poll may have taken the id while this one extracted), then
     * applies the entity rules, regroups the stories and commits: a batch is durable when {@link #write} returns.
     */
    private final class LiveSink implements IndexSink, Closeable {
        private HeldItems items = new HeldItems(dir);

        @Override
        public Map<String, Held> held(List<Article> articles) {
            Map<String, Held> held = new HashMap<>();
            for (Article a : articles) {
                Held h = heldNow(a.id());
                if (h != null) held.put(a.id(), h);
            }
            return held;
        }

        private Held heldNow(String id) {
            String hash = hashes.get(id);
            return hash == null ? null : new Held(hash, files.get(id));
        }

        @Override
        public boolean holdsCopy(Article article, Held held) throws IOException {
            return items.sameItem(held.origin(), article);
        }

        @Override
        public void store(List<Ready> ready, Outcome outcome) throws IOException {
            synchronized (LiveIndexWriter.this) {
                try {
                    IndexWriter writer = writer();
                    Set<String> ids = new java.util.LinkedHashSet<>();
                    ready.forEach(r -> ids.add(r.article().id()));
                    Set<String> formerStories;
                    try (DirectoryReader before = DirectoryReader.open(writer)) {
                        formerStories = StoryGroups.storiesOf(before, ids);
                    }
                    items.close();
                    items = new HeldItems(dir); // the copies are checked again on the commit the lock guards
                    Map<String, Ready> stored = new HashMap<>();
                    for (Ready r : ready) {
                        Article a = r.article();
                        if (!outcome.mayWrite(a, heldNow(a.id()))) continue;
                        try {
                            writer.updateDocument(new Term(Schema.ID, a.id()), documents.build(a, r.entities(),
                                    r.hash(), reason -> outcome.warning(a, reason)));
                        } catch (IllegalArgumentException refused) {
                            // Lucene refuses a value over its limits: that article is skipped and reported, never the batch.
                            outcome.refused(a, ArticleDocument.refusal(refused));
                            continue;
                        }
                        stored.put(a.id(), r);
                    }
                    resolveEntities();
                    stories.regroup(writer, ids, formerStories);
                    LiveIndexWriter.this.commit(); // the writer's commit, with its user data: not this sink's no-op
                    stored.forEach((id, r) -> {
                        hashes.put(id, r.hash());
                        files.put(id, r.article().file());
                    });
                } catch (IOException | RuntimeException e) {
                    throw discardWriter(e);
                }
            }
        }

        /** The live writer removes vanished articles itself ({@link #removeVanished}: stories regrouped, committed). */
        @Override
        public Map<String, Path> heldUnder(List<Path> roots) {
            throw new UnsupportedOperationException("the live writer removes vanished articles in removeVanished");
        }

        @Override
        public void delete(java.util.Collection<String> ids) {
            throw new UnsupportedOperationException("the live writer removes vanished articles in removeVanished");
        }

        /** Every batch is committed in {@link #store}. */
        @Override
        public void commit() {
        }

        @Override
        public void close() throws IOException {
            items.close();
        }
    }

    /**
     * The items the index holds from feeds, read from the last commit on first use: another feed's item with the same
     * id, title and link is a copy of the article held (an outlet's section feeds carry the same items), not a rival.
     */
    private static final class HeldItems implements Closeable {
        private final Directory dir;
        private DirectoryReader reader;

        HeldItems(Directory dir) {
            this.dir = dir;
        }

        boolean sameItem(Path holder, Article article) throws IOException {
            if (!FetchedArticle.isFeedOrigin(holder) || !FetchedArticle.isFeedOrigin(article.file())) return false;
            if (reader == null) reader = DirectoryReader.open(dir);
            IndexSearcher searcher = new IndexSearcher(reader);
            TopDocs top = searcher.search(new TermQuery(new Term(Schema.ID, article.id())), 1);
            if (top.scoreDocs.length == 0) return false;
            Document doc = searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(Schema.TITLE, Schema.URL));
            return article.title().equals(doc.get(Schema.TITLE)) && Objects.equals(article.url(), doc.get(Schema.URL));
        }

        @Override
        public void close() throws IOException {
            if (reader != null) reader.close();
        }
    }

    /**
     * Removes the articles of files under {@code folder} that a walk of it no longer found ({@code seen}: the ids the
     * walk read; articles of {@code filesWithProblems}, and of files in a folder among them, are kept), applies the
     * entity rules again, regroups their stories and commits, in the order {@code dispatch index} follows: one name
     * per person is decided over the articles the index holds, so a removed article takes the merges it made with it
     * (a lone surname it named in full is the surname again), where the remaining articles would otherwise keep a
     * name no article of the index gives them. Returns how many were removed.
     */
    public int removeVanished(Path folder, Set<String> seen, Set<Path> filesWithProblems) throws IOException {
        synchronized (this) {
            IndexWriter writer = writer();
            List<String> gone = VanishedArticles.of(files, seen, filesWithProblems, List.of(folder));
            if (gone.isEmpty()) return 0;
            try {
                Set<String> formerStories;
                try (DirectoryReader before = DirectoryReader.open(writer)) {
                    formerStories = StoryGroups.storiesOf(before, gone);
                }
                for (String id : gone) writer.deleteDocuments(new Term(Schema.ID, id));
                resolveEntities();
                stories.regroup(writer, List.of(), formerStories);
                commit();
            } catch (IOException | RuntimeException e) {
                throw discardWriter(e);
            }
            gone.forEach(id -> {
                hashes.remove(id);
                files.remove(id);
            });
            return gone.size();
        }
    }

    /** Commits with the user data the last commit had and a new indexing time. */
    private void commit() throws IOException {
        IndexWriter writer = writer();
        Map<String, String> data = new HashMap<>();
        if (writer.getLiveCommitData() != null) writer.getLiveCommitData().forEach(en -> data.put(en.getKey(), en.getValue()));
        data.put(IndexFreshness.INDEXED_AT, Instant.now().toString());
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
    }

    /**
     * Re-applies the entity rules (the file beside the index may have changed: {@code dispatch entities} saves its
     * rules there when this process holds the index) and commits what changed. Returns the articles rewritten.
     */
    public synchronized EntityResolution.Result applyEntityRules() throws IOException {
        IndexWriter writer = writer();
        try {
            EntityResolution.Result result = resolveEntities();
            if (!result.rewritten().isEmpty()) {
                Map<String, String> data = new HashMap<>();
                if (writer.getLiveCommitData() != null) writer.getLiveCommitData().forEach(en -> data.put(en.getKey(), en.getValue()));
                writer.setLiveCommitData(data.entrySet());
                writer.commit();
            }
            return result;
        } catch (IOException | RuntimeException e) {
            throw discardWriter(e);
        }
    }

    /** Applies the rules when the rules file changed since they were last applied; null when it did not. */
    public synchronized EntityResolution.Result applyEntityRulesIfChanged() throws IOException {
        if (java.util.Objects.equals(rulesText(), appliedRules)) return null;
        return applyEntityRules();
    }

    private EntityResolution.Result resolveEntities() throws IOException {
        String text = rulesText();
        EntityResolution.Result result = EntityResolution.apply(writer(), indexDir);
        documents = new ArticleDocument(result.rules());
        appliedRules = text;
        return result;
    }

    private String rulesText() throws IOException {
        Path file = news.dispatch.entity.correction.EntityRulesFile.besideIndex(indexDir).path();
        return Files.exists(file) ? Files.readString(file) : "";
    }

    /** Live articles in the index, committed or not (after a failed write: those of the last commit). */
    public synchronized int articles() {
        if (writer == null || !writer.isOpen()) return hashes.size();
        return writer.getDocStats().numDocs;
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            if (writer != null) writer.rollback(); // every batch was committed; nothing is pending
        } finally {
            writer = null;
            dir.close();
        }
    }
}
