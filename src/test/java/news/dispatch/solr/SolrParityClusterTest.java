package news.dispatch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import news.dispatch.TestIndexes;
import news.dispatch.web.TestServer;

/**
 * One small corpus indexed into the embedded index and into the 2-node cluster, asked the same requests over HTTP:
 * the same totals, hits and facet counts (scores may differ: per-shard statistics), and what the cluster does not do
 * said in its warnings.
 */
class SolrParityClusterTest {
    @TempDir static Path dir;
    private static final String CORPUS = """
            {"id": "p1", "date": "2022-12-01", "title": "Putin warns NATO over Ukraine", "body": "Vladimir Putin warned NATO on Thursday that Russia would answer any move in Ukraine. Putin spoke in Moscow. Putin said Russia had been patient. Joe Biden was travelling."}
            {"id": "p2", "date": "2022-12-02", "title": "Biden and Scholz meet in Washington", "body": "Joe Biden met Olaf Scholz in Washington to discuss Ukraine and Germany's gas supplies. Biden said the alliance was united; Scholz agreed with Biden. Vladimir Putin was not mentioned by name."}
            {"id": "p3", "date": "2022-12-03", "title": "Macron calls Putin", "body": "Emmanuel Macron spoke with Vladimir Putin by telephone about Ukraine. Macron said France wanted talks; Macron and Putin agreed to speak again. The United Nations welcomed the call."}
            {"id": "p4", "date": "2022-12-04", "title": "Scholz visits Paris", "body": "Olaf Scholz visited Paris for talks with Emmanuel Macron on energy prices in Germany and France. Scholz and Macron asked the European Union for a price cap. Scholz returned to Berlin."}
            {"id": "p5", "date": "2022-12-05", "title": "United Nations appeal for Ukraine", "body": "The United Nations appealed for winter aid to Ukraine. The United Nations said millions in Ukraine lacked heating. NATO members pledged generators; Joe Biden promised more."}
            {"id": "p6", "date": "2022-12-06", "title": "Grain prices fall", "body": "Wheat and corn prices fell in Chicago as harvests in Argentina and Brazil came in above forecasts. Traders said demand from China was weak."}
            {"id": "p7", "title": "Ceasefire talks resume", "body": "Negotiators from Ukraine and Russia resumed ceasefire talks in Istanbul, officials said."}
            {"id": "p8", "title": "Oil prices steady", "body": "Oil prices held steady as traders weighed talks on a price cap for Russian crude."}
            """;

    private static BothBackends both;
    private static TestServer embedded;
    private static TestServer cluster;
    private static SolrTarget target;

    @BeforeAll
    static void bothBackendsOverOneCorpus() throws Exception {
        assumeTrue(TestCluster.available(), TestCluster.skipReason());
        both = BothBackends.over(dir, "parity", CORPUS);
        embedded = both.embedded();
        cluster = both.cluster();
        target = both.target();
    }

    @AfterAll
    static void stop() throws Exception {
        if (both != null) both.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "q=&collapse=false",
            "q=Ukraine&collapse=false",
            "q=talks&collapse=false&mentions=all",
            "person=Vladimir%20Putin&collapse=false",
            "person=Vladimir%20Putin&mentions=all&collapse=false",
            "person=Vladimir%20Putin&person=Joe%20Biden&person_op=and&mentions=all&collapse=false",
            "person=Emmanuel%20Macron&person=Olaf%20Scholz&person_op=and&collapse=false",
            "not_person=Joe%20Biden&collapse=false",
            "-person=Vladimir%20Putin&mentions=all&collapse=false",
            "country=Ukraine&not_country=Germany&collapse=false",
            "country=France&country=Russia&collapse=false",
            "organization=United%20Nations&mentions=all&collapse=false",
            "organization=United%20Nations&collapse=false",
            "not_organization=United%20Nations&collapse=false",
            "q=Ukraine&from=2022-12-02&to=2022-12-05&collapse=false"})
    void theSameRequestGivesTheSameTotalsHitsAndFacetCounts(String params) throws Exception {
        String path = "/api/search?size=20&facets=50&sort=-date&" + params;
        JsonNode e = embedded.json(path);
        JsonNode c = cluster.json(path);
        assertTrue(e.get("total").asLong() > 0, "the request finds something: " + path);
        assertEquals(e.get("total").asLong(), c.get("total").asLong(), path + "\nembedded " + e + "\ncluster " + c);
        assertFalse(e.at("/facets/persons").isEmpty() || e.at("/facets/organizations").isEmpty(), e.toString());
        // The same hits; their order may differ among ties of date (undated articles): the embedded index breaks
        // them by index order, the cluster by id.
        assertEquals(BothBackends.ids(e).stream().sorted().toList(), BothBackends.ids(c).stream().sorted().toList(), path);
        for (String dim : List.of("persons", "countries", "organizations", "languages")) {
            assertEquals(BothBackends.counts(e.at("/facets/" + dim)), BothBackends.counts(c.at("/facets/" + dim)), path + " facet " + dim);
        }
        assertEquals(e.at("/facets/dates/day").toString(), c.at("/facets/dates/day").toString(), path);
        assertEquals(e.at("/filters/mentions").asText(), c.at("/filters/mentions").asText(), path);
    }

    @Test
    void filtersReadWhatArticlesAreAboutUnlessAskedForEveryMention() throws Exception {
        JsonNode about = cluster.json("/api/search?person=Joe%20Biden&collapse=false");
        JsonNode all = cluster.json("/api/search?person=Joe%20Biden&collapse=false&mentions=all");
        assertEquals("about", about.at("/filters/mentions").asText());
        // The subject of p2, the only person named in p5, in passing in p1.
        assertEquals(List.of("p5", "p2"), BothBackends.ids(about));
        assertEquals(3, all.get("total").asInt(), all.toString());
        assertEquals("[\"Joe Biden\"]", about.at("/hits/0/about/persons").toString().replace("\"Olaf Scholz\",", "")
                .replace(",\"Olaf Scholz\"", ""));
    }

    @Test
    void aNumberedPageAfterTheFirstCarriesANextCursorThatContinuesIt() throws Exception {
        // Every page boundary of every order, undated articles (last in either date order) included.
        for (String sort : List.of("-date", "date", "relevance")) {
            for (int size : List.of(1, 2, 3)) {
                String base = "/api/search?q=Ukraine%20OR%20prices%20OR%20talks&collapse=false&size=" + size
                        + "&sort=" + sort;
                for (int page = 2; ; page++) {
                    JsonNode numbered = cluster.json(base + "&page=" + page);
                    JsonNode following = cluster.json(base + "&page=" + (page + 1));
                    String where = sort + ", size " + size + ", page " + page;
                    if (BothBackends.ids(following).isEmpty()) {
                        assertTrue(numbered.get("next_cursor").isNull(), where);
                        break;
                    }
                    assertFalse(numbered.get("next_cursor").isNull(), where + ": " + numbered);
                    JsonNode continued = cluster.json(base + "&cursor=" + numbered.get("next_cursor").asText());
                    assertEquals(BothBackends.ids(following), BothBackends.ids(continued), where);
                }
            }
        }
    }

    @Test
    void aSearchOverItsTimeBudgetIsA503AsEmbedded() throws Exception {
        // A budget of 0 ms is used up before Solr starts: its own clock says so, whatever the machine's load.
        try (TestServer hurried = TestServer.over(SolrSearcher.open(target, java.time.Duration.ZERO))) {
            for (String path : List.of("/api/search?q=Ukraine", "/api/entities?dim=persons&prefix=pu")) {
                var response = hurried.get(path);
                assertEquals(503, response.statusCode(), path + ": " + response.body());
                assertEquals("time_budget_exceeded", TestServer.parse(response.body()).get("error").asText());
            }
        }
    }

    @Test
    void anArticleWrittenBeforeAboutSetsIsSentAgainByARerun(@TempDir Path rerun) throws Exception {
        SolrTarget older = TestCluster.shared().target("older");
        SolrInit.run(older, 1, 1, System.err);
        Path corpus = TestIndexes.write(rerun.resolve("corpus"), "news.jsonl",
                CORPUS).getParent();
        ClusterSeeds.index(older, List.of(corpus), Part.ALL);
        try (var client = SolrClients.open(older)) {
            // p1 as an older Dispatch wrote it: the same hash, no about set, no story.
            var stored = client.getById("older", "p1");
            var before = new org.apache.solr.common.SolrInputDocument();
            for (String f : List.of("id", "hash", "title", "body", "date", "file")) {
                before.addField(f, stored.getFieldValue(f));
            }
            client.add("older", before);
            client.commit("older");
        }
        var again = ClusterSeeds.index(older, List.of(corpus), Part.ALL);
        assertEquals(1, again.updated(), again.toString());
        assertEquals(CORPUS.lines().count() - 1, again.unchanged(), again.toString());
        try (SolrSearcher searcher = SolrSearcher.open(older)) {
            var putin = searcher.search(news.dispatch.search.SearchRequest.of("").withPersons("Vladimir Putin"));
            assertTrue(putin.hits().stream().anyMatch(h -> h.id().equals("p1")), putin.hits().toString());
        }
    }

    @Test
    void storiesAskedOfTheClusterAreCollapsedWithoutAWarning() throws Exception {
        JsonNode asked = cluster.json("/api/search?q=Ukraine");
        assertTrue(asked.get("collapsed").asBoolean(), asked.toString());
        assertEquals(embedded.json("/api/search?q=Ukraine").get("stories").asLong(), asked.get("stories").asLong());
        assertFalse(asked.get("warnings").toString().contains("collapse"), asked.get("warnings").toString());
    }

    @Test
    void theEntityLookupCountsAboutAndMentionsAsEmbedded() throws Exception {
        for (String path : List.of("/api/entities?dim=persons&prefix=", "/api/entities?dim=persons&mentions=all",
                "/api/entities?dim=organizations&prefix=un", "/api/entities?dim=countries&person=Olaf%20Scholz")) {
            JsonNode e = embedded.json(path).get("values");
            JsonNode c = cluster.json(path).get("values");
            assertNotNull(c, path);
            assertEquals(e.toString(), c.toString(), path);
        }
    }
}
