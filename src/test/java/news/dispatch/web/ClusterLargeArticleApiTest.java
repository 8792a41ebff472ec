package news.dispatch.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;

import com.fasterxml.jackson.databind.ObjectMapper;

import news.dispatch.TestIndexes;
import news.dispatch.corpus.Article;
import news.dispatch.solr.ClusterSeeds;
import news.dispatch.solr.TestCluster;

/** Every {@link LargeArticleApiTest} with the same assertions, over the same two articles in a 2-node SolrCloud. */
class ClusterLargeArticleApiTest extends LargeArticleApiTest {
    @BeforeAll
    static void index() throws Exception {
        assumeTrue(TestCluster.available(), TestCluster.skipReason());
        // The cluster indexes corpus files: the same articles as JSON lines, named by the same stand-in extractor.
        ObjectMapper json = new ObjectMapper();
        StringBuilder lines = new StringBuilder();
        for (Article a : articles(dir)) {
            Map<String, String> line = new LinkedHashMap<>();
            line.put("id", a.id());
            line.put("title", a.title());
            line.put("body", a.body());
            line.put("date", a.date().toString());
            line.put("source", a.source());
            line.put("lang", a.language());
            lines.append(json.writeValueAsString(line)).append('\n');
        }
        TestIndexes.write(dir.resolve("corpus"), "large.jsonl", lines.toString());
        server = ClusterSeeds.serve("large", LargeArticleApiTest::everyName, dir.resolve("corpus"));
    }
}
