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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import news.dispatch.corpus.Article;
import news.dispatch.corpus.Problem;
import news.dispatch.entity.Entities;
import news.dispatch.entity.EntityExtractor;

/**
 * An index kept open for articles that arrive over time (feed items, files dropped into a folder): each batch is
 * written the way {@link Indexer} writes files (same document, same entities, same content hash, keyed by id) and
 * committed before {@link #write} returns, so whatever a caller records after it is never ahead of the index.
 *
 * <p>An article whose id is known with the same content hash is left alone; with another hash it is rewritten in
 * place. The commit keeps the user data the last commit had (the corpus fingerprint of {@code dispatch index}).
 */
public final class LiveIndexWriter implements Closeable {
    /** What one batch did. */
    public record Written(int added, int updated, int unchanged) {
        public Written plus(Written other) {
            return new Written(added + other.added, updated + other.updated, unchanged + other.unchanged);
        }
    }

    private final Directory dir;
    private final IndexWriter writer;
    private final EntityExtractor extractor;
    private final Path indexDir;
    private volatile ArticleDocument documents;
    private volatile String appliedRules;
    private final StoryGroups stories = new StoryGroups();
    private final Map<String, String> hashes = new ConcurrentHashMap<>();
    /** The file each article came from: a folder's articles whose files are gone are removed. */
    private final Map<String, Path> files = new ConcurrentHashMap<>();

    private LiveIndexWriter(Path indexDir, Directory dir, IndexWriter writer, EntityExtractor extractor,
                            Map<String, IndexedArticles.Entry> existing) throws IOException {
        this.indexDir = indexDir;
        this.dir = dir;
        this.writer = writer;
        this.extractor = extractor;
        existing.forEach((id, entry) -> {
            hashes.put(id, entry.hash());
            files.put(id, entry.file());
        });
        this.documents = new ArticleDocument(EntityResolution.current(writer, indexDir));
    }

    public static LiveIndexWriter open(Path indexDir, EntityExtractor extractor) throws IOException {
        Files.createDirectories(indexDir);
        Directory dir = FSDirectory.open(indexDir);
        try {
            Map<String, IndexedArticles.Entry> existing = IndexedArticles.read(dir);
            IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(Schema.indexAnalyzer())
                    .setOpenMode(OpenMode.CREATE_OR_APPEND).setCommitOnClose(false));
            // An empty first commit, so a server can open the index before the first item arrives.
            // It is made by this code, so its documents are of the current scheme (the main job need not rewrite them).
            if (!org.apache.lucene.index.DirectoryReader.indexExists(dir)) {
                writer.setLiveCommitData(IndexFreshness.currentDocuments().entrySet());
                writer.commit();
            }
            LiveIndexWriter live = new LiveIndexWriter(indexDir, dir, writer, extractor, existing);
            // Rules saved while another process held the index are applied now.
            live.applyEntityRules();
            return live;
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    /** True when an article with this id is in the index, whatever its content. */
    public boolean holds(String id) {
        return hashes.containsKey(id);
    }

    /** True when an article with this id and content is in the index already. */
    public boolean isUnchanged(Article article) {
        return ArticleDocument.hash(article).equals(hashes.get(article.id()));
    }

    /**
     * Adds new articles, rewrites changed ones, leaves unchanged ones alone, and commits. Entities are extracted on
     * the caller's thread; a failed extraction is reported and the article indexed without entities.
     */
    public Written write(List<Article> articles, Consumer<Problem> problems) throws IOException {
        Map<String, Document> docs = new HashMap<>();
        Map<String, Article> byId = new HashMap<>();
        Map<String, String> newHashes = new HashMap<>();
        int unchanged = 0;
        List<Article> todo = new ArrayList<>();
        for (Article article : articles) {
            String hash = ArticleDocument.hash(article);
            if (hash.equals(hashes.get(article.id())) || hash.equals(newHashes.get(article.id()))) {
                unchanged++;
                continue;
            }
            newHashes.put(article.id(), hash);
            todo.add(article);
        }
        for (Article article : todo) {
            Entities entities;
            try {
                entities = extractor.extract(StoredEntities.extractorText(article.title(), article.body()), article.language());
            } catch (RuntimeException e) {
                entities = Entities.NONE;
                problems.accept(new Problem(article.file(), article.line(),
                        "entity extraction failed (" + e + "); indexed without persons and countries", false));
            }
            docs.put(article.id(), documents.build(article, entities, newHashes.get(article.id()),
                    reason -> problems.accept(new Problem(article.file(), article.line(), reason, false))));
            byId.put(article.id(), article);
        }
        int added = 0;
        int updated = 0;
        synchronized (this) {
            Set<String> formerStories;
            try (DirectoryReader before = DirectoryReader.open(writer)) {
                formerStories = StoryGroups.storiesOf(before, docs.keySet());
            }
            for (var e : docs.entrySet()) {
                try {
                    writer.updateDocument(new Term(Schema.ID, e.getKey()), e.getValue());
                } catch (IllegalArgumentException refused) {
                    // Lucene refuses a value over its limits: that article is skipped and reported, never the batch.
                    Article a = byId.get(e.getKey());
                    problems.accept(new Problem(a.file(), a.line(), "the index refused this article: "
                            + ArticleDocument.refusal(refused), true));
                    newHashes.remove(e.getKey());
                    continue;
                }
                if (hashes.containsKey(e.getKey())) updated++;
                else added++;
            }
            if (!docs.isEmpty()) {
                resolveEntities();
                stories.regroup(writer, docs.keySet(), formerStories);
                commit();
                hashes.putAll(newHashes);
                newHashes.keySet().forEach(id -> files.put(id, byId.get(id).file()));
            }
        }
        return new Written(added, updated, unchanged);
    }

    /**
     * Removes the articles of files under {@code folder} that a walk of it no longer found ({@code seen}: the ids the
     * walk read; articles of {@code filesWithProblems} are kept), regroups their stories and commits. Returns how many
     * were removed.
     */
    public int removeVanished(Path folder, Set<String> seen, Set<Path> filesWithProblems) throws IOException {
        synchronized (this) {
            List<String> gone = VanishedArticles.of(files, seen, filesWithProblems, List.of(folder));
            if (gone.isEmpty()) return 0;
            Set<String> formerStories;
            try (DirectoryReader before = DirectoryReader.open(writer)) {
                formerStories = StoryGroups.storiesOf(before, gone);
            }
            for (String id : gone) writer.deleteDocuments(new Term(Schema.ID, id));
            stories.regroup(writer, List.of(), formerStories);
            commit();
            gone.forEach(id -> {
                hashes.remove(id);
                files.remove(id);
            });
            return gone.size();
        }
    }

    /** Commits with the user data the last commit had and a new indexing time. */
    private void commit() throws IOException {
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
        EntityResolution.Result result = resolveEntities();
        if (!result.rewritten().isEmpty()) {
            Map<String, String> data = new HashMap<>();
            if (writer.getLiveCommitData() != null) writer.getLiveCommitData().forEach(en -> data.put(en.getKey(), en.getValue()));
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
        }
        return result;
    }

    /** Applies the rules when the rules file changed since they were last applied; null when it did not. */
    public synchronized EntityResolution.Result applyEntityRulesIfChanged() throws IOException {
        if (java.util.Objects.equals(rulesText(), appliedRules)) return null;
        return applyEntityRules();
    }

    private EntityResolution.Result resolveEntities() throws IOException {
        String text = rulesText();
        EntityResolution.Result result = EntityResolution.apply(writer, indexDir);
        documents = new ArticleDocument(result.rules());
        appliedRules = text;
        return result;
    }

    private String rulesText() throws IOException {
        Path file = news.dispatch.entity.EntityRulesFile.besideIndex(indexDir).path();
        return Files.exists(file) ? Files.readString(file) : "";
    }

    /** Live articles in the index, committed or not. */
    public synchronized int articles() {
        return writer.getDocStats().numDocs;
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            writer.rollback(); // every batch was committed; nothing is pending
        } finally {
            dir.close();
        }
    }
}
