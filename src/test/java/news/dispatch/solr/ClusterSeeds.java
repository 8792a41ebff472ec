package news.dispatch.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.solr.client.solrj.impl.CloudSolrClient;

import news.dispatch.TestIndexes;
import news.dispatch.corpus.Problem;
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
        if (server == null) {
            TestCluster cluster = TestCluster.shared();
            try {
                SolrTarget target = cluster.target(COLLECTION);
                SolrInit.run(target, 2, 1, System.err);
                index(target, List.of(TestIndexes.seedCorpus()), Part.ALL);
                server = TestServer.over(SolrSearcher.open(target));
            } catch (Exception e) {
                throw new IllegalStateException("could not set up the seed collection: " + e, e);
            }
        }
        return server;
    }

    /** Indexes {@code roots} (this part of them) into the target's collection; fails on skipped input. */
    public static IndexSummary index(SolrTarget target, List<java.nio.file.Path> roots, Part part) {
        List<Problem> problems = new ArrayList<>();
        try (CloudSolrClient client = SolrClients.open(target)) {
            IndexSummary summary = new SolrIndexer(client, target.collection(), TestIndexes.extractor(), problems::add, 2,
                    part, Retry.standard(System.err::println)).run(roots);
            if (problems.stream().anyMatch(Problem::skipped)) throw new AssertionError("skipped input: " + problems);
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
