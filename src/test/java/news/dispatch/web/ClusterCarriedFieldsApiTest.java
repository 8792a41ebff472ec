package news.dispatch.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;

import org.junit.jupiter.api.BeforeAll;

import news.dispatch.solr.ClusterSeeds;
import news.dispatch.solr.TestCluster;

/** Every {@link CarriedFieldsApiTest} with the same assertions, over the same articles in a 2-node SolrCloud. */
class ClusterCarriedFieldsApiTest extends CarriedFieldsApiTest {
    @BeforeAll
    static void start() throws IOException {
        assumeTrue(TestCluster.available(), TestCluster.skipReason());
        server = ClusterSeeds.serve("carried-api", corpus());
    }
}
