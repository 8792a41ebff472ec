package news.dispatch.reliability;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeAll;

import news.dispatch.solr.ClusterSeeds;
import news.dispatch.solr.TestCluster;
import news.dispatch.web.TestServer;

/** Every {@link ApiBadInputTest} with the same assertions, over the seed articles in a 2-node SolrCloud. */
class ClusterApiBadInputTest extends ApiBadInputTest {
    @BeforeAll
    static void needsTheCluster() {
        assumeTrue(TestCluster.available(), TestCluster.skipReason());
    }

    @Override
    TestServer server() {
        return ClusterSeeds.server();
    }
}
