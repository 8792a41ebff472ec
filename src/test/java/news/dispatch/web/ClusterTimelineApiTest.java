package news.dispatch.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;

import news.dispatch.solr.ClusterSeeds;
import news.dispatch.solr.Part;
import news.dispatch.solr.SolrInit;
import news.dispatch.solr.SolrSearcher;
import news.dispatch.solr.SolrTarget;
import news.dispatch.solr.TestCluster;

/** Every {@link TimelineApiTest} with the same assertions, over the same articles in a 2-node SolrCloud. */
class ClusterTimelineApiTest extends TimelineApiTest {
    @BeforeAll
    static void start() throws Exception {
        assumeTrue(TestCluster.available(), TestCluster.skipReason());
        SolrTarget target = TestCluster.shared().target("timeline");
        SolrInit.run(target, 2, 1, System.err);
        ClusterSeeds.index(target, List.of(corpus()), Part.ALL);
        server = TestServer.over(SolrSearcher.open(target));
    }
}
