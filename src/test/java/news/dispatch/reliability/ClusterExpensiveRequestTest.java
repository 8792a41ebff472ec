package news.dispatch.reliability;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;

import news.dispatch.search.NewsSearcher;
import news.dispatch.solr.ClusterSeeds;
import news.dispatch.solr.SolrSearcher;
import news.dispatch.solr.TestCluster;
import news.dispatch.web.TestServer;

/** Every {@link ExpensiveRequestTest} with the same assertions, over the seed articles in a 2-node SolrCloud. */
class ClusterExpensiveRequestTest extends ExpensiveRequestTest {
    @BeforeAll
    static void needsTheCluster() {
        assumeTrue(TestCluster.available(), TestCluster.skipReason());
    }

    @Override
    TestServer server() {
        return ClusterSeeds.server();
    }

    @Override
    NewsSearcher hurried() {
        return SolrSearcher.open(TestCluster.shared().target(ClusterSeeds.COLLECTION), Duration.ofNanos(1));
    }
}
