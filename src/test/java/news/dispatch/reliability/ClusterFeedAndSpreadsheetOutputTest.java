package news.dispatch.reliability;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeAll;

import news.dispatch.solr.ClusterSeeds;
import news.dispatch.solr.TestCluster;

/** Every {@link FeedAndSpreadsheetOutputTest} with the same assertions, over the same articles in a 2-node SolrCloud. */
class ClusterFeedAndSpreadsheetOutputTest extends FeedAndSpreadsheetOutputTest {
    @BeforeAll
    static void start() throws Exception {
        assumeTrue(TestCluster.available(), TestCluster.skipReason());
        server = ClusterSeeds.serve("feeds", corpus());
    }
}
