package news.dispatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;


/**
 * The JSON search API over the real server and an index of the two seed articles. {@code ClusterSearchApiTest} runs
 * the same tests over a SolrCloud collection of the same articles.
 */
class SearchApiTest {
    static final String KREMLIN = "corpus/kremlin-us-recognition-talks.txt";
    static final String WIDER = "corpus/russia-new-territories-peace-talks.txt";
    final TestServer server = server();

    /** The server under test: the embedded index here; a subclass serves another backend. */
    TestServer server() {
        return TestServer.seeds();
    }

    static List<String> values(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }

    static int count(JsonNode facet, String value) {
        for (JsonNode n : facet) if (n.get("value").asText().equals(value)) return n.get("count").asInt();
        return -1;
    }

    @Test
    void putinFindsBothSeedsWithMarkedSnippetsAndEntityFacets() throws Exception {
        JsonNode r = server.json("/api/search?q=Putin");
        assertEquals(2, r.get("total").asInt());
        assertFalse(r.get("total_is_lower_bound").asBoolean());
        assertEquals(List.of(KREMLIN, WIDER).stream().sorted().toList(), values(r.get("hits"), "id").stream().sorted().toList());
        for (JsonNode hit : r.get("hits")) {
            assertTrue(hit.get("snippets").toString().contains("<mark>Putin</mark>"), hit.toString());
        }
        assertEquals(2, count(r.at("/facets/persons"), "Vladimir Putin"));
        assertEquals(2, count(r.at("/facets/countries"), "Russia"));
        assertEquals(2, count(r.at("/facets/countries"), "Ukraine"));
        assertEquals("RU", codeOf(r.at("/facets/countries"), "Russia"));
        assertEquals(2, count(r.at("/facets/dates/year"), "2022"));
    }

    static String codeOf(JsonNode facet, String value) {
        for (JsonNode n : facet) if (n.get("value").asText().equals(value)) return n.get("code").asText();
        return null;
    }

    @Test
    void aCountryFilterNarrowsTheHitsWhileItsFacetStillCountsBoth() throws Exception {
        JsonNode r = server.json("/api/search?q=Putin&country=Germany");
        assertEquals(1, r.get("total").asInt());
        assertEquals(WIDER, r.at("/hits/0/id").asText());
        // Drill sideways: the countries dimension is counted as if its own filter were not applied.
        assertEquals(2, count(r.at("/facets/countries"), "Russia"));
        assertEquals(1, count(r.at("/facets/countries"), "Germany"));
        assertTrue(r.at("/facets/countries/0/selected").asBoolean(), "the selected value comes first");
        assertEquals("Germany", r.at("/facets/countries/0/value").asText());
        // Other dimensions are counted within the filter.
        assertEquals(1, count(r.at("/facets/persons"), "Vladimir Putin"));
    }

    @Test
    void kievFindsTheArticlesThatSayKyivAndExplainsTheAlias() throws Exception {
        JsonNode r = server.json("/api/search?q=Kiev");
        assertTrue(r.get("total").asInt() >= 1);
        JsonNode note = r.at("/aliases/0");
        assertEquals("Kiev", note.get("term").asText());
        assertTrue(note.get("also_matches").toString().contains("Kyiv"), note.toString());
    }

    @Test
    void aMalformedQueryIsSearchedAsWordsWithAWarning() throws Exception {
        // One hit per article: a backend that cannot group stories would add a warning of its own.
        JsonNode r = server.json("/api/search?q=%22Putin&collapse=false");
        assertEquals(2, r.get("total").asInt());
        assertEquals(1, r.get("warnings").size());
        assertTrue(r.at("/warnings/0").asText().contains("could not be read as written"));
    }

    @Test
    void aBadSizeIsA400WithAReadableMessage() throws Exception {
        var response = server.get("/api/search?q=Putin&size=abc");
        assertEquals(400, response.statusCode());
        JsonNode error = TestServer.parse(response.body());
        assertEquals("bad_request", error.get("error").asText());
        assertTrue(error.get("message").asText().contains("'size' must be a whole number from 1 to 100"));
    }

    @Test
    void aTooLongQueryIsA400() throws Exception {
        var response = server.get("/api/search?q=" + "a".repeat(1001));
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("limit is 1000"));
    }

    @Test
    void anEmptyQueryListsEveryArticleNewestFirstWithItsOpening() throws Exception {
        JsonNode r = server.json("/api/search");
        assertEquals(List.of(WIDER, KREMLIN), values(r.get("hits"), "id"));
        assertTrue(r.at("/hits/1/snippets/0").asText().startsWith("The fact that Washington"));
    }

    @Test
    void aDateRangeKeepsOnlyArticlesOfThoseDaysAndTheHistogramCountsAround() throws Exception {
        JsonNode r = server.json("/api/search?q=Putin&from=2022-12-03&to=2022-12-03");
        assertEquals(List.of(WIDER), values(r.get("hits"), "id"));
        assertEquals(List.of("2022-12-02", "2022-12-03"), values(r.at("/facets/dates/day"), "value"));
    }

    @Test
    void fieldQueriesSearchPersonsAndCountriesByName() throws Exception {
        assertEquals(1, server.json("/api/search?q=person:%22Olaf+Scholz%22").get("total").asInt());
        assertEquals(1, server.json("/api/search?q=country:italy").get("total").asInt());
    }

    @Test
    void theCursorPagesThroughEveryHitOnce() throws Exception {
        JsonNode first = server.json("/api/search?q=Putin&size=1");
        String cursor = first.get("next_cursor").asText();
        JsonNode second = server.json("/api/search?q=Putin&size=1&cursor=" + cursor);
        assertEquals(1, second.get("hits").size());
        assertFalse(first.at("/hits/0/id").asText().equals(second.at("/hits/0/id").asText()));
        assertTrue(second.get("next_cursor").isNull());
    }

    @Test
    void unknownParametersAreReportedNotIgnored() throws Exception {
        JsonNode r = server.json("/api/search?q=Putin&colour=red");
        assertTrue(r.get("warnings").toString().contains("Unknown parameter 'colour'"));
    }

    @Test
    void aFilterValueNoArticleHoldsIsWarnedWithTheNameItMayHaveMeant() throws Exception {
        JsonNode r = server.json("/api/search?country=russia&language=english");
        assertEquals(0, r.get("total").asInt());
        String warnings = r.get("warnings").toString();
        assertTrue(warnings.contains("No article has the country 'russia'") && warnings.contains("did you mean 'Russia'"), warnings);
        assertTrue(warnings.contains("No article has the language 'english'"), warnings);
    }

    @Test
    void theAtomFeedOfASearchForAValueNoArticleHoldsSaysWhyItIsEmpty() throws Exception {
        String atom = server.get("/api/search.atom?country=russia").body();
        assertTrue(atom.contains(">No article has the country 'russia'") && atom.contains("did you mean 'Russia'"), atom);
    }

    @Test
    void theJsonFeedOfASearchForAValueNoArticleHoldsSaysWhyItIsEmpty() throws Exception {
        JsonNode feed = TestServer.parse(server.get("/api/search.feed.json?country=russia").body());
        String description = feed.path("description").asText();
        assertTrue(description.contains("No article has the country 'russia'") && description.contains("did you mean 'Russia'"),
                feed.toString());
    }

    @Test
    void aFeedWithMatchesHasNoWarningText() throws Exception {
        assertFalse(server.get("/api/search.atom?country=Russia").body().contains("<subtitle"));
    }

    @Test
    void aFilterOfKnownValuesThatFindsNothingTogetherIsNotWarnedAbout() throws Exception {
        JsonNode r = server.json("/api/search?country=Russia&q=zzzunfindable");
        assertEquals(0, r.get("total").asInt());
        assertFalse(r.get("warnings").toString().contains("No article has"), r.get("warnings").toString());
    }
}
