package news.dispatch.solr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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

import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.MapSolrParams;

import news.dispatch.corpus.Article;
import news.dispatch.corpus.Corpus;
import news.dispatch.corpus.CorpusVisitor;
import news.dispatch.corpus.Problem;
import news.dispatch.entity.Entities;
import news.dispatch.entity.EntityExtractor;
import news.dispatch.entity.correction.EntityRules;
import news.dispatch.index.ArticleDocument;
import news.dispatch.index.EntityResolution;
import news.dispatch.index.Extraction;
import news.dispatch.index.IdOwnership;
import news.dispatch.index.IndexSummary;
import news.dispatch.index.Indexer;
import news.dispatch.index.Schema;
import news.dispatch.index.StoryGroups;

/**
 * Sends articles with their entities to a SolrCloud collection: the cluster's side of {@link Indexer}. Articles
 * go in batches; a batch first asks the collection for the hashes of its ids, so unchanged articles are neither
 * extracted nor resent (a re-run is idempotent and cheap). Only the articles of this indexer's {@link Part} are
 * sent; articles of this part whose files are gone are removed. A batch the cluster cannot take now is retried
 * with backoff ({@link Retry}) — a node restarting costs time, not articles: a batch counts as indexed only when
 * Solr acknowledged it (it is then in the update log of the shard's replicas). At the end of a run the entity
 * corrections and one-name-per-person merges are applied to the collection ({@link SolrEntityResolution}) and its
 * copies of one wire story are linked ({@link SolrStoryGroups}).
 */
public final class SolrIndexer {
    static final int BATCH = 100;

    private final CloudSolrClient client;
    private final String collection;
    private final EntityExtractor extractor;
    private final Indexer.Listener listener;
    private final int threads;
    private final Part part;
    private final Retry retry;
    private volatile EntityResolution.Result resolution;

    public SolrIndexer(CloudSolrClient client, String collection, EntityExtractor extractor, Indexer.Listener listener,
                       int threads, Part part, Retry retry) {
        this.client = client;
        this.collection = collection;
        this.extractor = extractor;
        this.listener = listener;
        this.threads = Math.max(1, threads);
        this.part = part;
        this.retry = retry;
    }

    public IndexSummary run(List<Path> roots) throws IOException {
        long started = System.nanoTime();
        // Articles are written with the rules of the collection as it is, as the embedded indexer does: the step after
        // the run then rewrites only what this run's articles change in the names of the others.
        SolrIndexingPass run = new SolrIndexingPass(new SolrEntityResolution(client, collection, retry).current());
        List<Corpus.Stats> stats = new ArrayList<>();
        try {
            for (Path root : roots) stats.add(Corpus.walk(root, run));
            run.flush();
            run.finish();
        } finally {
            run.pool.shutdownNow();
        }
        int removed = run.removeVanished(roots);
        retry.call("commit", () -> client.commit(collection, true, true));
        resolution = new SolrEntityResolution(client, collection, retry).applyAndCommit();
        // Copies are linked once what this run wrote is searchable, as the embedded indexer regroups before its commit.
        StoryGroups.Regrouped stories = new SolrStoryGroups(client, collection, retry).regroup();
        if (stories.changed() > 0) retry.call("commit", () -> client.commit(collection, true, true));
        listener.stories(stories);
        return new IndexSummary(stats.stream().mapToInt(Corpus.Stats::filesRead).sum(),
                stats.stream().mapToInt(Corpus.Stats::filesSkipped).sum(), run.added.get(), run.updated.get(),
                run.unchanged.get(), removed,
                stats.stream().mapToInt(Corpus.Stats::articlesSkipped).sum() + run.duplicates,
                stats.stream().mapToInt(Corpus.Stats::warnings).sum() + run.extractionFailures.get(),
                run.textBytes.get(), (System.nanoTime() - started) / 1e9);
    }

    /** What the last run's entity step did (rules applied, articles rewritten, time), or null before a run. */
    public EntityResolution.Result lastResolution() {
        return resolution;
    }

    private final class SolrIndexingPass implements CorpusVisitor {
        private final EntityRules rules;
        final ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dispatch-solr-indexer");
            t.setDaemon(true);
            return t;
        });
        private final Semaphore queued = new Semaphore(threads * 2);
        private final Map<String, Path> seen = new HashMap<>();
        private final Set<Path> filesWithSkips = ConcurrentHashMap.newKeySet();
        private List<Article> batch = new ArrayList<>(BATCH);
        final AtomicInteger added = new AtomicInteger();
        final AtomicInteger updated = new AtomicInteger();
        final AtomicInteger unchanged = new AtomicInteger();
        final AtomicInteger indexed = new AtomicInteger();
        final AtomicInteger extractionFailures = new AtomicInteger();
        final AtomicLong textBytes = new AtomicLong();
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        int duplicates;

        SolrIndexingPass(EntityRules rules) {
            this.rules = rules;
        }

        @Override
        public void article(Article article) {
            rethrowFailure();
            Path first = seen.putIfAbsent(article.id(), article.file());
            if (first != null) {
                duplicates++;
                filesWithSkips.add(article.file());
                problem(new Problem(article.file(), article.line(), IdOwnership.duplicate(article, first), true));
                return;
            }
            if (!part.takes(article.id())) return;
            batch.add(article);
            if (batch.size() >= BATCH) flush();
            listener.progress(seen.size(), indexed.get());
        }

        @Override
        public void problem(Problem problem) {
            if (problem.skipped()) filesWithSkips.add(problem.file());
            synchronized (listener) {
                listener.problem(problem);
            }
        }

        void flush() {
            if (batch.isEmpty()) return;
            List<Article> articles = batch;
            batch = new ArrayList<>(BATCH);
            queued.acquireUninterruptibly();
            pool.execute(() -> {
                try {
                    send(articles);
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                } finally {
                    queued.release();
                }
            });
        }

        private void send(List<Article> articles) throws Exception {
            Map<String, String> hashes = retry.call("hash lookup", () -> storedHashes(articles));
            List<SolrInputDocument> docs = new ArrayList<>();
            int updates = 0;
            for (Article a : articles) {
                String hash = ArticleDocument.hash(a);
                String before = hashes.get(a.id());
                if (hash.equals(before)) {
                    unchanged.incrementAndGet();
                    continue;
                }
                if (before != null) updates++;
                docs.add(SolrDocuments.build(a, extract(a), hash, rules));
                textBytes.addAndGet(a.title().getBytes(StandardCharsets.UTF_8).length
                        + a.body().getBytes(StandardCharsets.UTF_8).length);
            }
            if (!docs.isEmpty()) {
                UpdateRequest update = new UpdateRequest();
                update.add(docs);
                retry.call("update", () -> update.process(client, collection));
            }
            updated.addAndGet(updates);
            added.addAndGet(docs.size() - updates);
            indexed.addAndGet(docs.size());
        }

        /**
         * The stored hashes of a batch's ids, by real-time get: it sees updates not yet committed too. A document
         * written before articles carried their about sets and story fields (it has no story) has an empty hash, so
         * it is sent again, as an update, and a re-run brings an older collection up to date. So is one whose input
         * carries fields the collection does not hold yet (sent before the cluster kept them: no carried names).
         */
        private Map<String, String> storedHashes(List<Article> articles) throws Exception {
            List<String> ids = articles.stream().map(Article::id).toList();
            Set<String> carrying = new HashSet<>();
            articles.stream().filter(a -> !a.fields().isEmpty()).forEach(a -> carrying.add(a.id()));
            Map<String, String> hashes = new HashMap<>();
            for (SolrDocument d : client.getById(collection, ids, new MapSolrParams(Map.of("fl",
                    Schema.ID + "," + Schema.HASH + "," + Schema.STORY + "," + Schema.CARRIED_NAMES)))) {
                boolean current = d.getFieldValue(Schema.STORY) != null && (d.getFieldValue(Schema.CARRIED_NAMES) != null
                        || !carrying.contains((String) d.getFieldValue(Schema.ID)));
                hashes.put((String) d.getFieldValue(Schema.ID), current ? (String) d.getFieldValue(Schema.HASH) : "");
            }
            return hashes;
        }

        private Entities extract(Article article) {
            return Extraction.of(extractor, article, reason -> {
                extractionFailures.incrementAndGet();
                problem(new Problem(article.file(), article.line(), reason, false));
            });
        }

        void finish() throws IOException {
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

        /** Articles of this part under the run's folders that were not seen; files with problems keep theirs. */
        int removeVanished(List<Path> roots) throws IOException {
            List<String> gone = new ArrayList<>();
            for (Path root : roots) {
                String prefix = root.toAbsolutePath().normalize().toString();
                SolrQuery q = new SolrQuery("{!prefix f=" + Schema.FILE + " v=$root}").setRows(1000)
                        .setFields(Schema.ID, Schema.FILE).setSort(Schema.ID, SolrQuery.ORDER.asc);
                q.set("root", prefix);
                String cursor = CursorMarkParams.CURSOR_MARK_START;
                while (true) {
                    q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
                    QueryResponse r = retry.call("listing", () -> client.query(collection, q));
                    for (SolrDocument d : r.getResults()) {
                        String id = (String) d.getFieldValue(Schema.ID);
                        Path file = Path.of((String) d.getFieldValue(Schema.FILE));
                        if (seen.containsKey(id) || !part.takes(id) || filesWithSkips.contains(file)) continue;
                        if (!file.startsWith(Path.of(prefix))) continue;
                        gone.add(id);
                    }
                    if (cursor.equals(r.getNextCursorMark())) break;
                    cursor = r.getNextCursorMark();
                }
            }
            Set<String> unique = new HashSet<>(gone);
            if (!unique.isEmpty()) retry.call("delete", () -> client.deleteById(collection, new ArrayList<>(unique)));
            return unique.size();
        }

        private void rethrowFailure() {
            Throwable t = failure.get();
            if (t == null) return;
            if (t instanceof RuntimeException r) throw r;
            if (t instanceof Error err) throw err;
            throw new ClusterUnavailableException("indexing into collection '" + collection + "' failed: "
                    + ClusterUnavailableException.reason(t), t);
        }
    }
}
