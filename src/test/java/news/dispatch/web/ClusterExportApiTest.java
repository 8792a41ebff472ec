package news.dispatch.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;

import org.junit.jupiter.api.BeforeAll;

import news.dispatch.TestIndexes;
import news.dispatch.solr.ClusterSeeds;
import news.dispatch.solr.TestCluster;

/** Every {@link ExportApiTest} with the same assertions, over the same articles in a 2-node SolrCloud. */
class ClusterExportApiTest extends ExportApiTest {
    @BeforeAll
    static void start() throws IOException {
        assumeTrue(TestCluster.available(), TestCluster.skipReason());
        server = ClusterSeeds.serve("export", corpus(), TestIndexes.seedCorpus());
    }
}
