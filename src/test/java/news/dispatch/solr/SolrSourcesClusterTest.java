package news.dispatch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import news.dispatch.web.TestServer;

/** The outlet as a facet and a filter answers the same on the cluster as on the embedded index. */
class SolrSourcesClusterTest {
    @TempDir static Path dir;
    private static final String CORPUS = """
            {"id": "s1", "date": "2019-07-01", "source": "Reuters", "bias": "center", "title": "Tariff talks resume", "body": "Negotiators met in Osaka to resume tariff talks between the two largest economies."}
            {"id": "s2", "date": "2019-07-02", "source": "Fox News", "bias": "right", "title": "Tariffs hit farmers", "body": "Farmers in Iowa say the tariffs have cut their soybean exports by half this year."}
            {"id": "s3", "date": "2019-07-03", "source": "Vox", "bias": "left", "title": "Debate night recap", "body": "Twenty candidates took the stage over two nights of debates in Miami this week."}
            {"id": "s4", "date": "2019-07-04", "source": "Vox", "bias": "left", "title": "Trade on the trail", "body": "Candidates spent the holiday arguing about tariffs, soybeans and the trade war."}
            """;

    private static BothBackends both;
    private static TestServer embedded;
    private static TestServer cluster;

    @BeforeAll
    static void bothBackendsOverOneCorpus() throws Exception {
        assumeTrue(TestCluster.available(), TestCluster.skipReason());
        both = BothBackends.over(dir, "sources", CORPUS);
        embedded = both.embedded();
        cluster = both.cluster();
    }

    @AfterAll
    static void stop() throws Exception {
        if (both != null) both.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "source=Vox", "source=Vox&source=Reuters", "not_source=Fox%20News",
            "-source=Vox&q=tariffs"})
    void theOutletFacetAndFilterAnswerAsTheEmbeddedIndexDoes(String params) throws Exception {
        String path = "/api/search?collapse=false&size=20&sort=-date&" + params;
        JsonNode e = embedded.json(path);
        JsonNode c = cluster.json(path);
        assertTrue(e.get("total").asLong() > 0, path);
        assertEquals(BothBackends.ids(e), BothBackends.ids(c), path);
        assertEquals(BothBackends.counts(e.at("/facets/sources")), BothBackends.counts(c.at("/facets/sources")), path);
    }
}
