package news.dispatch.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.solr.client.solrj.impl.CloudSolrClient;

import news.dispatch.TestIndexes;
import news.dispatch.corpus.Problem;
import news.dispatch.entity.EntityExtractor;
import news.dispatch.index.IndexSummary;
import news.dispatch.web.TestServer;

/**
 * The seed articles in a collection of the shared test cluster (2 shards, one per node), served by the real server
 * through {@link SolrSearcher}: the cluster twin of {@link TestServer#seeds()}.
 */
public final class ClusterSeeds {
    public static final String COLLECTION = "seeds";
    private static TestServer server;

    private ClusterSeeds() {
    }

    public static synchronized TestServer server() {
        if (server == null) server = serve(COLLECTION, TestIndexes.seedCorpus());
        return server;
    }

    /**
     * A new collection {@code collection} of the shared test cluster (2 shards, one per node) holding {@code roots},
     * served by the real server: the cluster twin of {@link TestServer#start}. Each twin names its own collection, so
     * each fixture corpus is indexed once per test JVM.
     */
    public static TestServer serve(String collection, java.nio.file.Path... roots) {
        return serve(collection, TestIndexes.extractor(), roots);
    }

    /** As {@link #serve(String, java.nio.file.Path...)}, naming entities with {@code extractor}. */
    public static TestServer serve(String collection, EntityExtractor extractor, java.nio.file.Path... roots) {
        return TestServer.over(searcher(collection, extractor, roots));
    }

    /** A new collection {@code collection} holding {@code roots}, and a searcher over it (for a test's own server). */
    public static SolrSearcher searcher(String collection, EntityExtractor extractor, java.nio.file.Path... roots) {
        try {
            SolrTarget target = TestCluster.shared().target(collection);
            SolrInit.run(target, 2, 1, System.err);
            index(target, List.of(roots), Part.ALL, extractor);
            return SolrSearcher.open(target);
        } catch (Exception e) {
            throw new IllegalStateException("could not set up the collection " + collection + ": " + e, e);
        }
    }

    /** Indexes {@code roots} (this part of them) into the target's collection; fails on skipped input. */
    public static IndexSummary index(SolrTarget target, List<java.nio.file.Path> roots, Part part) {
        return index(target, roots, part, TestIndexes.extractor());
    }

    private static IndexSummary index(SolrTarget target, List<java.nio.file.Path> roots, Part part,
            EntityExtractor extractor) {
        List<Problem> problems = new ArrayList<>();
        try (CloudSolrClient client = SolrClients.open(target)) {
            IndexSummary summary = new SolrIndexer(client, target.collection(), extractor, problems::add, 2,
                    part, Retry.standard(System.err::println)).run(roots);
            if (problems.stream().anyMatch(Problem::skipped)) throw new AssertionError("skipped input: " + problems);
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
