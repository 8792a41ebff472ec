package news.dispatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import news.dispatch.TestIndexes;

/**
 * The outlet and the fields a corpus carries beyond the known ones (AllSides' {@code bias} and {@code topic}) over
 * HTTP: facets, filters, the query language and {@code /api/fields}, with no code that names them.
 */
class CarriedFieldsApiTest {
    @TempDir static Path dir;
    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start(corpus());
    }

    /** The fixture corpus in a fresh folder (the cluster twin indexes the same one). */
    static Path corpus() throws IOException {
        Path corpus = dir;
        TestIndexes.write(corpus, "allsides.jsonl", """
                {"id": "a1", "date": "2019-07-01", "source": "Reuters", "bias": "center", "topic": "trade", "title": "Tariff talks resume", "body": "Negotiators met in Osaka to resume tariff talks between the two largest economies."}
                {"id": "a2", "date": "2019-07-02", "source": "Fox News", "bias": "right", "topic": "trade", "title": "Tariffs hit farmers", "body": "Farmers in Iowa say the tariffs have cut their soybean exports by half this year."}
                {"id": "a3", "date": "2019-07-03", "source": "Vox", "bias": "left", "topic": "elections", "title": "Debate night recap", "body": "Twenty candidates took the stage over two nights of debates in Miami this week."}
                {"id": "a4", "date": "2019-07-04", "source": "Vox", "bias": "left", "topic": ["trade", "elections"], "title": "Trade on the trail", "body": "Candidates spent the holiday arguing about tariffs, soybeans and the trade war."}
                """);
        return corpus;
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) server.close();
    }

    private static Map<String, Integer> counts(JsonNode values) {
        Map<String, Integer> counts = new TreeMap<>();
        for (JsonNode v : values) counts.put(v.get("value").asText(), v.get("count").asInt());
        return counts;
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static List<String> ids(JsonNode response) {
        List<String> ids = new ArrayList<>();
        response.get("hits").forEach(h -> ids.add(h.get("id").asText()));
        return ids.stream().sorted().toList();
    }

    @Test
    void aCorpusWithBiasAndTopicGetsThemAsFacets() throws Exception {
        JsonNode fields = server.json("/api/search?collapse=false").get("facets").get("fields");
        assertEquals(Map.of("center", 1, "left", 2, "right", 1), counts(fields.get("bias")));
        assertEquals(Map.of("elections", 2, "trade", 3), counts(fields.get("topic")));
    }

    @Test
    void anIndexOfTheNewDocumentSchemeStillKnowsWhatItsArticlesAreAbout() throws Exception {
        assertEquals("about", server.json("/api/search?collapse=false").at("/filters/mentions").asText());
    }

    @Test
    void aCarriedFieldIsSearchableInTheQueryLanguage() throws Exception {
        JsonNode left = server.json("/api/search?collapse=false&q=" + enc("bias:left"));
        assertEquals(List.of("a3", "a4"), ids(left));
        assertTrue(left.get("warnings").isEmpty(), left.get("warnings").toString());
        assertEquals(List.of("a4"), ids(server.json("/api/search?collapse=false&q="
                + enc("bias:left topic:trade"))));
    }

    @Test
    void aFieldNoArticleCarriesIsStillReportedAsNotSearchable() throws Exception {
        JsonNode none = server.json("/api/search?collapse=false&q=" + enc("colour:red"));
        assertTrue(none.get("warnings").toString().contains("Not a searchable field: colour"), none.toString());
    }

    @Test
    void aCarriedFieldFiltersAndCountsSidewaysLikeAnyOtherDimension() throws Exception {
        JsonNode left = server.json("/api/search?collapse=false&meta.bias=left");
        assertEquals(List.of("a3", "a4"), ids(left));
        // The other values are counted beside the filter, so a reader can add one; other fields within it.
        assertEquals(Map.of("center", 1, "left", 2, "right", 1), counts(left.get("facets").get("fields").get("bias")));
        assertEquals(Map.of("elections", 2, "trade", 1), counts(left.get("facets").get("fields").get("topic")));
        assertTrue(left.get("warnings").isEmpty(), left.get("warnings").toString());
        assertEquals(List.of("a1", "a2"), ids(server.json("/api/search?collapse=false&not_meta.bias=left")));
        assertEquals(List.of("a4"), ids(server.json("/api/search?collapse=false&meta.topic=trade&meta.topic=elections"
                + "&meta.topic_op=and")));
    }

    @Test
    void theOutletIsAFacetAndAFilter() throws Exception {
        JsonNode all = server.json("/api/search?collapse=false");
        assertEquals(Map.of("Fox News", 1, "Reuters", 1, "Vox", 2), counts(all.get("facets").get("sources")));
        assertEquals(List.of("a3", "a4"), ids(server.json("/api/search?collapse=false&source=Vox")));
        assertEquals(List.of("a1", "a3", "a4"), ids(server.json("/api/search?collapse=false&not_source="
                + enc("Fox News"))));
    }

    @Test
    void theOutletsFacetFilterBoxFindsOutletsByAWordOfTheirName() throws Exception {
        JsonNode values = server.json("/api/entities?dim=sources&prefix=new").get("values");
        assertEquals(Map.of("Fox News", 1), counts(values));
        assertEquals(Map.of("left", 2), counts(server.json("/api/entities?dim=meta.bias&prefix=le").get("values")));
    }

    @Test
    void fieldsListsEveryFieldWithItsKindAndWhetherItIsAFacet() throws Exception {
        Map<String, JsonNode> byName = new TreeMap<>();
        server.json("/api/fields").get("fields").forEach(f -> byName.put(f.get("name").asText(), f));
        assertEquals("carried", byName.get("bias").get("kind").asText());
        assertTrue(byName.get("bias").get("facet").asBoolean());
        assertEquals(3, byName.get("bias").get("values").asInt());
        assertEquals("meta.bias", byName.get("bias").get("filter").asText());
        assertEquals("outlet", byName.get("source").get("kind").asText());
        assertTrue(byName.get("source").get("facet").asBoolean());
        assertFalse(byName.get("body").get("facet").asBoolean());
    }

    @Test
    void eachHitShowsTheFieldsItsInputCarries() throws Exception {
        JsonNode hit = server.json("/api/search?collapse=false&q=" + enc("bias:left topic:trade")).get("hits").get(0);
        assertEquals("[\"trade\",\"elections\"]", hit.at("/fields/topic").toString());
    }

    @Test
    void theArticleViewShowsTheFieldsItsInputCarries() throws Exception {
        JsonNode fields = server.json("/api/articles/a4").get("fields");
        assertEquals("[\"left\"]", fields.get("bias").toString());
        assertEquals("[\"trade\",\"elections\"]", fields.get("topic").toString());
    }

    @Test
    void answersWithCarriedFieldsMatchTheContract() throws Exception {
        ApiContract.check("/api/search", server.get("/api/search?collapse=false&meta.bias=left&source=Vox"));
        ApiContract.check("/api/fields", server.get("/api/fields"));
        ApiContract.check("/api/articles/{id}", server.get("/api/articles/a4"));
    }

    @Test
    void anExportFiltersByOutletAndCarriesItsColumn() throws Exception {
        String csv = server.get("/api/export?format=csv&fields=id,source&source=Vox&sort=date").body();
        assertEquals(List.of("id,source", "a3,Vox", "a4,Vox"), csv.strip().lines().toList());
    }

    @Test
    void anExportCarriesTheCarriedFieldsAskedForAsColumns() throws Exception {
        String csv = server.get("/api/export?format=csv&fields=id,meta.bias,meta.topic&sort=date").body();
        assertEquals(List.of("id,meta.bias,meta.topic", "a1,center,trade", "a2,right,trade", "a3,left,elections",
                "a4,left,\"trade; elections\""), csv.strip().lines().toList());
        String facets = server.get("/api/export/facets?meta.bias=left").body();
        assertTrue(facets.lines().anyMatch(l -> l.equals("meta.bias,left,2,,,selected")), facets);
        assertTrue(facets.lines().anyMatch(l -> l.equals("sources,Vox,2,,,")), facets);
    }

    @Test
    void theAtomFeedOfAnOutletHoldsOnlyItsArticles() throws Exception {
        String atom = server.get("/api/search.atom?source=Reuters").body();
        assertTrue(atom.contains("Tariff talks resume"), atom);
        assertFalse(atom.contains("Debate night recap"), atom);
    }

    @Test
    void aFieldWhoseNameEndsInOpIsAFilterOfItsOwnUnlessItsBaseIsFilteredToo(@TempDir Path corpus) throws Exception {
        TestIndexes.write(corpus, "desk.jsonl", """
                {"id": "d1", "date": "2019-07-01", "desk": "world", "desk_op": "night", "title": "Talks resume", "body": "Negotiators met in Osaka."}
                {"id": "d2", "date": "2019-07-02", "desk": "world", "desk_op": "day", "title": "Farmers wait", "body": "Farmers in Iowa wait for rain."}
                """);
        try (TestServer own = TestServer.start(corpus)) {
            assertEquals(List.of("d1"), ids(own.json("/api/search?collapse=false&meta.desk_op=night")));
            assertEquals(List.of("d1", "d2"), ids(own.json("/api/search?collapse=false&meta.desk=world&meta.desk_op=or")));
            assertEquals(List.of("d2"), ids(own.json("/api/search?collapse=false&not_meta.desk_op=night")));
        }
    }
}
