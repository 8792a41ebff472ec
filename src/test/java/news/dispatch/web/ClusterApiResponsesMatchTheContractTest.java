package news.dispatch.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeAll;

import news.dispatch.solr.ClusterSeeds;
import news.dispatch.solr.TestCluster;

/** Every {@link ApiResponsesMatchTheContractTest} with the same assertions, over the seed articles in a 2-node SolrCloud. */
class ClusterApiResponsesMatchTheContractTest extends ApiResponsesMatchTheContractTest {
    @BeforeAll
    static void needsTheCluster() {
        assumeTrue(TestCluster.available(), TestCluster.skipReason());
    }

    @Override
    TestServer server() {
        return ClusterSeeds.server();
    }
}
