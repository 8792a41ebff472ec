package news.dispatch.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;

import news.dispatch.StoryFixtures;
import news.dispatch.TestIndexes;
import news.dispatch.solr.ClusterSeeds;
import news.dispatch.solr.Part;
import news.dispatch.solr.SolrInit;
import news.dispatch.solr.SolrSearcher;
import news.dispatch.solr.SolrTarget;
import news.dispatch.solr.TestCluster;

/** Every {@link StoryApiTest} with the same assertions, over the same articles in a 2-node SolrCloud. */
class ClusterStoryApiTest extends StoryApiTest {
    @BeforeAll
    static void start() throws IOException {
        assumeTrue(TestCluster.available(), TestCluster.skipReason());
        Path dir = Files.createTempDirectory("dispatch-story-corpus");
        TestIndexes.write(dir, "news.jsonl", StoryFixtures.threeArticles());
        SolrTarget target = TestCluster.shared().target("stories");
        try {
            SolrInit.run(target, 2, 1, System.err);
        } catch (Exception e) {
            throw new IOException("could not create the collection: " + e, e);
        }
        ClusterSeeds.index(target, List.of(dir), Part.ALL);
        server = TestServer.over(SolrSearcher.open(target));
    }
}
