package news.dispatch.solr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
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
 * copies of one wire story are linked ({@link SolrStoryGroups}), both fed by one cursor pass over the collection
 * ({@link #afterRun}).
 */
public final class SolrIndexer {
    static final int BATCH = 100;

    private final SolrCollection collection;
    private final EntityExtractor extractor;
    private final Indexer.Listener listener;
    private final int threads;
    private final Part part;
    private volatile EntityResolution.Result resolution;

    public SolrIndexer(CloudSolrClient client, String collection, EntityExtractor extractor, Indexer.Listener listener,
                       int threads, Part part, Retry retry) {
        this.collection = new SolrCollection(client, collection, retry);
        this.extractor = extractor;
        this.listener = listener;
        this.threads = Math.max(1, threads);
        this.part = part;
    }

    public IndexSummary run(List<Path> roots) throws IOException {
        long started = System.nanoTime();
        // Articles are written with the rules of the collection as it is, as the embedded indexer does: the step after
        // the run then rewrites only what this run's articles change in the names of the others.
        // Why this read stays a whole pass, apart from the one after the run: the automatic merges (one name per
        // person) come from every article's person names, which no count gives, and the pass after the run reads the
        // collection as the run leaves it, too late for the articles it writes. Without it this run's articles would
        // go out under the user's rules only: searchable under unmerged names until the step after the run sent each
        // one a merge reaches a second time (and counted them as rewritten, unlike the embedded index). On an empty
        // collection it is one request that finds nothing.
        EntityRules rules = new SolrEntityResolution(collection).current();
        SolrSink sink = new SolrSink(collection, rules);
        IndexingPipeline run = new IndexingPipeline(sink, extractor, listener, roots, part::takes, threads,
                // Solr's own commits make a run durable on its way (the update log); batches keep requests few.
                new IndexingPipeline.Pace(BATCH, threads * 2, null));
        run.run(roots, false);
        run.removeVanished();
        sink.commit();
        afterRun();
        return run.summary(started);
    }

    /**
     * The steps over the whole collection as this run leaves it (committed: the pass reads what is searchable): one
     * cursor pass reads what both need of every article, then the entity rules and merges are applied and the copies
     * of one wire story linked, and what either changed is committed. The pass is the post-run cost that grows with
     * the collection; reading it once, not once per step, halves it (both readings are held at once: memory is their
     * sum). The story step reads the stories and signatures the entity step leaves: it keeps both of every article it
     * rewrites (same text, same story). What each step sends, it reads again by real-time get, so the order of the
     * two needs no commit between them.
     */
    private void afterRun() {
        SolrEntityResolution entities = new SolrEntityResolution(collection);
        SolrEntityResolution.Reading people = new SolrEntityResolution.Reading();
        SolrStoryGroups.Reading copies = new SolrStoryGroups.Reading();
        long started = System.nanoTime();
        collection.eachArticle("article listing", d -> {
            people.accept(d);
            copies.accept(d);
        }, fields(SolrEntityResolution.FIELDS, SolrStoryGroups.FIELDS));
        long read = System.nanoTime() - started;
        resolution = entities.apply(people);
        StoryGroups.Regrouped stories = new SolrStoryGroups(collection).regroup(copies, read);
        if (!resolution.rewritten().isEmpty() || stories.changed() > 0) collection.commit();
        listener.stories(stories);
    }

    private static String[] fields(String[]... steps) {
        return Arrays.stream(steps).flatMap(Arrays::stream).distinct().toArray(String[]::new);
    }

    /** What the last run's entity step did (rules applied, articles rewritten, time), or null before a run. */
    public EntityResolution.Result lastResolution() {
        return resolution;
    }
}
