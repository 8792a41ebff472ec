package news.dispatch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import news.dispatch.web.TestServer;

/**
 * The fields a corpus carries (AllSides' {@code bias} and {@code topic}) answer the same on the cluster as on the
 * embedded index: kept and shown, filtered ({@code meta.NAME=}, {@code not_meta.NAME=}, any/all of), counted
 * ({@code facets.fields}), searched ({@code bias:left}) and listed ({@code /api/fields}).
 */
class SolrCarriedFieldsClusterTest {
    @TempDir static Path dir;
    /** c6 is a wire copy of c1: linking them into one story updates both in place, and their fields must stay. */
    private static final String CORPUS = """
            {"id": "c1", "date": "2019-07-01", "source": "Reuters", "bias": "center", "topic": "trade", "title": "Tariff talks resume", "body": "Negotiators met in Osaka to resume tariff talks between the two largest economies."}
            {"id": "c2", "date": "2019-07-02", "source": "Fox News", "bias": "right", "topic": "trade", "title": "Tariffs hit farmers", "body": "Farmers in Iowa say the tariffs have cut their soybean exports by half this year."}
            {"id": "c3", "date": "2019-07-03", "source": "Vox", "bias": "left", "topic": "elections", "title": "Debate night recap", "body": "Twenty candidates took the stage over two nights of debates in Miami this week."}
            {"id": "c4", "date": "2019-07-04", "source": "Vox", "bias": "left", "topic": ["trade", "elections"], "title": "Trade on the trail", "body": "Candidates spent the holiday arguing about tariffs, soybeans and the trade war."}
            {"id": "c6", "date": "2019-06-30", "source": "Wire copy", "bias": "center", "topic": "trade", "title": "Tariff talks resume", "body": "Negotiators met in Osaka to resume tariff talks between the two largest economies."}
            {"id": "c5", "date": "2019-07-05", "source": "Wire", "title": "Markets steady", "body": "Markets were steady on Friday as traders waited for the tariff talks to end."}
            """;

    private static BothBackends both;
    private static TestServer embedded;
    private static TestServer cluster;
    private static SolrTarget target;
    private static Path corpus;

    @BeforeAll
    static void bothBackendsOverOneCorpus() throws Exception {
        assumeTrue(TestCluster.available(), TestCluster.skipReason());
        both = BothBackends.over(dir, "carried", CORPUS);
        embedded = both.embedded();
        cluster = both.cluster();
        target = both.target();
        corpus = both.corpus();
    }

    @AfterAll
    static void stop() throws Exception {
        if (both != null) both.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "meta.bias=left", "meta.bias=left&meta.bias=center", "not_meta.bias=right",
            "meta.topic=trade&meta.topic=elections&meta.topic_op=and", "-meta.bias=left&q=tariffs", "q=bias:left",
            "q=bias:center",
            "q=topic:ELECTIONS%20candidates", "meta.bias=left&meta.topic=trade"})
    void carriedFieldsFilterCountAndSearchAsOnTheEmbeddedIndex(String params) throws Exception {
        String path = "/api/search?collapse=false&size=20&sort=-date&" + params;
        JsonNode e = embedded.json(path);
        JsonNode c = cluster.json(path);
        assertTrue(e.get("total").asLong() > 0, path);
        assertEquals(BothBackends.ids(e), BothBackends.ids(c), path);
        assertEquals(e.get("warnings").toString(), c.get("warnings").toString(), path);
        for (String name : List.of("bias", "topic")) {
            assertEquals(BothBackends.counts(e.at("/facets/fields/" + name)), BothBackends.counts(c.at("/facets/fields/" + name)), path + " " + name);
        }
    }

    @Test
    void aHitAndItsArticleCarryTheirFieldsOnTheCluster() throws Exception {
        JsonNode e = embedded.json("/api/search?collapse=false&sort=-date");
        JsonNode c = cluster.json("/api/search?collapse=false&sort=-date");
        assertEquals(fields(e), fields(c));
        assertEquals(Map.of("bias", List.of("left"), "topic", List.of("trade", "elections")),
                asMap(cluster.json("/api/articles/c4").get("fields")));
    }

    @Test
    void copiesLinkedIntoOneStoryKeepTheirFieldsSearchable() throws Exception {
        // Linking is an atomic update of each copy: the searchable reading is rebuilt from the stored values.
        JsonNode story = cluster.json("/api/search?q=bias:center");
        assertEquals(1, story.get("hits").size(), story.toString());
        assertEquals(1, story.at("/hits/0/similar").asInt(), story.toString());
        assertEquals(List.of("c6", "c1"), BothBackends.ids(cluster.json("/api/search?collapse=false&q=bias:center&sort=date")));
    }

    @Test
    void aSecondRunResendsNoArticleThatCarriesFields() {
        var again = ClusterSeeds.index(target, List.of(corpus), Part.ALL);
        assertEquals(0, again.added() + again.updated(), again.toString());
    }

    @Test
    void theClusterListsItsCarriedFieldsAsTheEmbeddedIndexDoes() throws Exception {
        assertEquals(embedded.json("/api/fields").get("fields").toString(),
                cluster.json("/api/fields").get("fields").toString());
    }

    @Test
    void theFacetFilterBoxLooksUpACarriedFieldsValues() throws Exception {
        String path = "/api/entities?dim=meta.topic&prefix=ele";
        assertEquals(BothBackends.counts(embedded.json(path).get("values")), BothBackends.counts(cluster.json(path).get("values")));
    }

    private static Map<String, Map<String, List<String>>> fields(JsonNode response) {
        Map<String, Map<String, List<String>>> byId = new TreeMap<>();
        response.get("hits").forEach(h -> byId.put(h.get("id").asText(), asMap(h.path("fields"))));
        return byId;
    }

    private static Map<String, List<String>> asMap(JsonNode fields) {
        Map<String, List<String>> m = new TreeMap<>();
        fields.properties().forEach(f -> {
            List<String> values = new java.util.ArrayList<>();
            f.getValue().forEach(v -> values.add(v.asText()));
            m.put(f.getKey(), values);
        });
        return m;
    }
}
