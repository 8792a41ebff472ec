package news.dispatch.solr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.solr.client.solrj.impl.CloudSolrClient;

import news.dispatch.entity.EntityExtractor;
import news.dispatch.entity.correction.EntityRules;
import news.dispatch.index.EntityResolution;
import news.dispatch.index.IndexSummary;
import news.dispatch.index.Indexer;
import news.dispatch.index.IndexingPipeline;
import news.dispatch.index.StoryGroups;

/**
 * Sends articles with their entities to a SolrCloud collection: the cluster's side of {@link Indexer}, the same
 * {@link IndexingPipeline} into a {@link SolrSink}. Articles go in batches; a batch first asks the collection for the
 * hashes of its ids, so unchanged articles are neither extracted nor resent (a re-run is idempotent and cheap). Only
 * the articles of this indexer's {@link Part} are sent; articles of this part whose files are gone are removed. A
 * batch the cluster cannot take now is retried with backoff ({@link Retry}). At the end of a run the entity corrections
 * and one-name-per-person merges are applied to the collection ({@link SolrEntityResolution}) and its
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
        EntityRules rules = new SolrEntityResolution(client, collection, retry).current();
        SolrSink sink = new SolrSink(client, collection, retry, rules);
        IndexingPipeline run = new IndexingPipeline(sink, extractor, listener, roots, part::takes, threads,
                // Solr's own commits make a run durable on its way (the update log); batches keep requests few.
                new IndexingPipeline.Pace(BATCH, threads * 2, null));
        run.run(roots, false);
        run.removeVanished();
        sink.commit();
        resolution = new SolrEntityResolution(client, collection, retry).applyAndCommit();
        // Copies are linked once what this run wrote is searchable, as the embedded indexer regroups before its commit.
        StoryGroups.Regrouped stories = new SolrStoryGroups(client, collection, retry).regroup();
        if (stories.changed() > 0) sink.commit();
        listener.stories(stories);
        return run.summary(started);
    }

    /** What the last run's entity step did (rules applied, articles rewritten, time), or null before a run. */
    public EntityResolution.Result lastResolution() {
        return resolution;
    }
}
