package news.dispatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import news.dispatch.TestIndexes;

/**
 * "Any of" / "all of" and exclusion per dimension, with totals and facet counts checked against six articles whose
 * persons and countries are counted by hand:
 *
 * <pre>
 * a1  Joe Biden, Vladimir Putin     Germany
 * a2  Joe Biden                     France
 * a3  Vladimir Putin                France
 * a4  Joe Biden, Vladimir Putin, Xi Jinping   France
 * a5  Xi Jinping                    Germany
 * a6  Olaf Scholz                   Italy
 * </pre>
 */
class MatchModeApiTest {
    @TempDir static Path dir;
    static final String BIDEN = "Joe+Biden", PUTIN = "Vladimir+Putin", XI = "Xi+Jinping";
    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start(corpus());
    }

    /** The fixture corpus in a fresh folder (the cluster twin indexes the same one). */
    static Path corpus() throws IOException {
        TestIndexes.write(dir, "six.jsonl", String.join("\n",
                line("a1", "US President Joe Biden met Russian President Vladimir Putin in Berlin, Germany, on Monday."),
                line("a2", "US President Joe Biden spoke in Paris, France, on Tuesday."),
                line("a3", "Russian President Vladimir Putin arrived in Paris, France, on Wednesday."),
                line("a4", "Joe Biden, Vladimir Putin and Xi Jinping met in Paris, France, on Thursday."),
                line("a5", "Chinese President Xi Jinping visited Berlin, Germany, on Friday."),
                line("a6", "Chancellor Olaf Scholz visited Rome, Italy, on Saturday.")) + "\n");
        return dir;
    }

    private static String line(String id, String body) {
        return "{\"id\": \"" + id + "\", \"title\": \"Story " + id + "\", \"body\": \"" + body + "\", \"date\": \"2022-12-0"
                + id.charAt(1) + "\"}";
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    static Set<String> ids(JsonNode r) {
        Set<String> ids = new TreeSet<>();
        r.get("hits").forEach(h -> ids.add(h.get("id").asText()));
        return ids;
    }

    static JsonNode search(String params) throws Exception {
        return server.json("/api/search?size=100&" + params);
    }

    @Test
    void theFixtureHasTheHandCountedEntities() throws Exception {
        JsonNode all = search("");
        assertEquals(6, all.get("total").asInt());
        assertEquals(3, SearchApiTest.count(all.at("/facets/persons"), "Joe Biden"));
        assertEquals(3, SearchApiTest.count(all.at("/facets/persons"), "Vladimir Putin"));
        assertEquals(2, SearchApiTest.count(all.at("/facets/persons"), "Xi Jinping"));
        assertEquals(2, SearchApiTest.count(all.at("/facets/countries"), "Germany"));
        assertEquals(3, SearchApiTest.count(all.at("/facets/countries"), "France"));
    }

    @Test
    void anyOfIsTheDefaultAndItsOwnFacetIsCountedSideways() throws Exception {
        JsonNode r = search("person=" + BIDEN + "&person=" + PUTIN);
        assertEquals(Set.of("a1", "a2", "a3", "a4"), ids(r));
        assertEquals(4, r.get("total").asInt());
        assertEquals("or", r.at("/filters/entities/persons/match").asText());
        // As if the person filter were not applied: the reader can widen.
        assertEquals(3, SearchApiTest.count(r.at("/facets/persons"), "Joe Biden"));
        assertEquals(2, SearchApiTest.count(r.at("/facets/persons"), "Xi Jinping"));
        // Other dimensions count within the results.
        assertEquals(3, SearchApiTest.count(r.at("/facets/countries"), "France"));
        assertEquals(1, SearchApiTest.count(r.at("/facets/countries"), "Germany"));
    }

    @Test
    void allOfNeedsEveryValueAndCountsWithinTheResults() throws Exception {
        JsonNode r = search("person=" + BIDEN + "&person=" + PUTIN + "&person_op=and");
        assertEquals(Set.of("a1", "a4"), ids(r));
        assertEquals(2, r.get("total").asInt());
        assertEquals("and", r.at("/filters/entities/persons/match").asText());
        // Under "all of", a value's count is how many results would remain if it were added.
        assertEquals(2, SearchApiTest.count(r.at("/facets/persons"), "Joe Biden"));
        assertEquals(1, SearchApiTest.count(r.at("/facets/persons"), "Xi Jinping"));
        assertEquals(1, SearchApiTest.count(r.at("/facets/countries"), "France"));
        assertEquals(1, SearchApiTest.count(r.at("/facets/countries"), "Germany"));
        assertEquals(1, search("person=" + BIDEN + "&person=" + PUTIN + "&person=" + XI + "&person_op=and").get("total").asInt());
    }

    @Test
    void oneValueUnderAllOfCountsOtherPersonsAsAdditions() throws Exception {
        JsonNode r = search("person=" + XI + "&person_op=and");
        assertEquals(Set.of("a4", "a5"), ids(r));
        assertEquals(1, SearchApiTest.count(r.at("/facets/persons"), "Joe Biden"));
        assertEquals(2, SearchApiTest.count(r.at("/facets/persons"), "Xi Jinping"));
    }

    @Test
    void anExcludedValueRemovesItsArticlesFromResultsAndEveryCount() throws Exception {
        JsonNode r = search("not_person=" + XI);
        assertEquals(Set.of("a1", "a2", "a3", "a6"), ids(r));
        assertEquals(2, SearchApiTest.count(r.at("/facets/persons"), "Joe Biden"));
        assertEquals(1, SearchApiTest.count(r.at("/facets/countries"), "Germany"));
        JsonNode xi = null;
        for (JsonNode v : r.at("/facets/persons")) if (v.get("value").asText().equals("Xi Jinping")) xi = v;
        assertTrue(xi != null && xi.get("excluded").asBoolean() && xi.get("count").asInt() == 0, String.valueOf(xi));
        assertEquals(List.of("Xi Jinping"), List.of(r.at("/filters/entities/persons/excluded/0").asText()));
        // "-person" is the same exclusion.
        assertEquals(ids(r), ids(search("-person=" + XI)));
    }

    @Test
    void modesCombineAcrossDimensions() throws Exception {
        JsonNode r = search("person=" + BIDEN + "&person=" + PUTIN + "&person_op=and&country=France");
        assertEquals(Set.of("a4"), ids(r));
        // Countries stay "any of", so they are counted as if the country filter were not applied.
        assertEquals(1, SearchApiTest.count(r.at("/facets/countries"), "Germany"));
        assertEquals(1, SearchApiTest.count(r.at("/facets/countries"), "France"));
        assertEquals(Set.of("a3"), ids(search("not_person=" + BIDEN + "&country=France")));
        assertEquals(Set.of("a2", "a3"), ids(search("country=France&not_person=" + XI)));
        assertEquals(Set.of(), ids(search("country=France&country=Germany&country_op=and")));
        assertEquals(Set.of("a1", "a5"), ids(search("country=Germany&not_country=France")));
    }

    @Test
    void theAutocompleteCountsWithinTheSameFilters() throws Exception {
        JsonNode r = server.json("/api/entities?dim=persons&prefix=xi&person=" + BIDEN + "&person_op=and");
        assertEquals(1, r.at("/values/0/count").asInt());
    }

    @Test
    void aWrongModeIsABadRequest() throws Exception {
        var r = server.get("/api/search?person=" + BIDEN + "&person_op=xor");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("person_op"), r.body());
    }
}
