package news.dispatch.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;

import org.junit.jupiter.api.BeforeAll;

import news.dispatch.solr.ClusterSeeds;
import news.dispatch.solr.TestCluster;

/** Every {@link OtherCountsApiTest} with the same assertions, over the same articles in a 2-node SolrCloud. */
class ClusterOtherCountsApiTest extends OtherCountsApiTest {
    @BeforeAll
    static void start() throws IOException {
        assumeTrue(TestCluster.available(), TestCluster.skipReason());
        server = ClusterSeeds.serve("othercounts", corpus());
    }
}
