package news.dispatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import news.dispatch.TestIndexes;

/**
 * "About" versus "mentioned" (mentions=about|all) with facet counts checked against four articles whose entities and
 * about sets (headline and first sentence, three mentions, or the only one of its kind) are counted by hand:
 *
 * <pre>
 *      about                                   mentioned only
 * b1   Joe Biden; France; NATO                 Olaf Scholz; Germany
 * b2   Olaf Scholz; Germany                    Joe Biden; France; NATO, United Nations
 * b3   Joe Biden (3 times); France (only one)  Olaf Scholz
 * b4   Olaf Scholz (only person)               Germany, Italy (neither in the lead)
 * </pre>
 */
class AboutApiTest {
    @TempDir static Path dir;
    static final String BIDEN = "Joe+Biden", SCHOLZ = "Olaf+Scholz";
    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start(corpus());
    }

    /** The fixture corpus in a fresh folder (the cluster twin indexes the same one). */
    static Path corpus() throws IOException {
        TestIndexes.write(dir, "four.jsonl", String.join("\n",
                line("b1", "Biden in Paris", "President Joe Biden arrived in Paris, France, on Monday. He later spoke by "
                        + "phone with Chancellor Olaf Scholz of Germany about NATO."),
                line("b2", "Scholz in Berlin", "Chancellor Olaf Scholz spoke in Berlin, Germany, on Tuesday. Reporters "
                        + "asked him about Joe Biden, NATO, the United Nations and France."),
                line("b3", "Weather report", "Rain fell across the region on Wednesday. Officials in France said Joe "
                        + "Biden had called. Joe Biden then called Olaf Scholz. Joe Biden said little more."),
                line("b4", "Markets", "Shares rose on Thursday. Traders in Germany and Italy watched Olaf Scholz."))
                + "\n");
        return dir;
    }

    private static String line(String id, String title, String body) {
        return "{\"id\": \"" + id + "\", \"title\": \"" + title + "\", \"body\": \"" + body + "\", \"date\": \"2022-12-0"
                + id.charAt(1) + "\"}";
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    static JsonNode search(String params) throws Exception {
        return server.json("/api/search?size=100&" + params);
    }

    /** A facet value's {@code field} ("count", "about_count", "mention_count"); -1 when the value is not listed. */
    static int counted(JsonNode facet, String value, String field) {
        for (JsonNode n : facet) if (n.get("value").asText().equals(value)) return n.get(field).asInt();
        return -1;
    }

    @Test
    void facetsCountTheAboutSetByDefaultAndShowBothCounts() throws Exception {
        JsonNode r = search("");
        assertEquals("about", r.at("/filters/mentions").asText());
        JsonNode persons = r.at("/facets/persons");
        assertEquals(2, counted(persons, "Joe Biden", "count"));
        assertEquals(2, counted(persons, "Joe Biden", "about_count"));
        assertEquals(3, counted(persons, "Joe Biden", "mention_count"));
        assertEquals(2, counted(persons, "Olaf Scholz", "about_count"));
        assertEquals(4, counted(persons, "Olaf Scholz", "mention_count"));
        JsonNode countries = r.at("/facets/countries");
        assertEquals(2, counted(countries, "France", "count"));
        assertEquals(3, counted(countries, "France", "mention_count"));
        assertEquals(1, counted(countries, "Germany", "count"));
        assertEquals(3, counted(countries, "Germany", "mention_count"));
        assertEquals(-1, counted(countries, "Italy", "count"), "no article is about Italy");
        JsonNode organizations = r.at("/facets/organizations");
        assertEquals(1, counted(organizations, "North Atlantic Treaty Organization", "count"));
        assertEquals(2, counted(organizations, "North Atlantic Treaty Organization", "mention_count"));
    }

    @Test
    void mentionsAllCountsEveryMentionAndStillShowsBothCounts() throws Exception {
        JsonNode r = search("mentions=all");
        assertEquals("all", r.at("/filters/mentions").asText());
        assertEquals(3, counted(r.at("/facets/persons"), "Joe Biden", "count"));
        assertEquals(2, counted(r.at("/facets/persons"), "Joe Biden", "about_count"));
        assertEquals(4, counted(r.at("/facets/persons"), "Olaf Scholz", "count"));
        assertEquals(1, counted(r.at("/facets/countries"), "Italy", "count"));
        assertEquals(0, counted(r.at("/facets/countries"), "Italy", "about_count"));
        assertEquals(1, counted(r.at("/facets/organizations"), "United Nations", "count"));
    }

    @Test
    void everyListedValuesCountIsItsModesColumn() throws Exception {
        for (String mode : List.of("about", "all")) {
            JsonNode facets = search("mentions=" + mode).get("facets");
            for (String dim : List.of("persons", "countries", "organizations")) {
                for (JsonNode v : facets.get(dim)) {
                    String column = mode.equals("about") ? "about_count" : "mention_count";
                    assertEquals(v.get("count").asInt(), v.get(column).asInt(), mode + " " + dim + " " + v);
                }
            }
        }
    }

    @Test
    void aSelectedValueBeyondTheTopShowsBothCounts() throws Exception {
        // One value listed per dimension: France (about 2) is the top; Germany (about 1, mentioned in 3) is listed
        // only because it is selected, counted sideways over all four articles.
        JsonNode countries = search("facets=1&country=Germany").at("/facets/countries");
        assertEquals(2, counted(countries, "France", "about_count"));
        assertEquals(1, counted(countries, "Germany", "count"));
        assertEquals(1, counted(countries, "Germany", "about_count"));
        assertEquals(3, counted(countries, "Germany", "mention_count"));
    }

    @Test
    void aPersonFilterReadsTheAboutSetAndCountsItsOwnDimensionSideways() throws Exception {
        JsonNode r = search("person=" + BIDEN);
        assertEquals(Set.of("b1", "b3"), MatchModeApiTest.ids(r));
        // Sideways: as if the person filter were not applied, both counts over the same four articles.
        assertEquals(2, counted(r.at("/facets/persons"), "Olaf Scholz", "about_count"));
        assertEquals(4, counted(r.at("/facets/persons"), "Olaf Scholz", "mention_count"));
        // Other dimensions count within b1 and b3.
        assertEquals(2, counted(r.at("/facets/countries"), "France", "about_count"));
        assertEquals(2, counted(r.at("/facets/countries"), "France", "mention_count"));
        assertEquals(-1, counted(r.at("/facets/countries"), "Germany", "count"), "b1 only mentions Germany");
    }

    @Test
    void mentionsAllWidensAPersonFilterToEveryArticleNamingThePerson() throws Exception {
        JsonNode r = search("person=" + BIDEN + "&mentions=all");
        assertEquals(Set.of("b1", "b2", "b3"), MatchModeApiTest.ids(r));
        assertEquals(3, counted(r.at("/facets/countries"), "France", "count"));
        assertEquals(2, counted(r.at("/facets/countries"), "France", "about_count"));
        assertEquals(2, counted(r.at("/facets/countries"), "Germany", "count"));
        assertEquals(1, counted(r.at("/facets/countries"), "Germany", "about_count"));
        assertEquals(4, counted(r.at("/facets/persons"), "Olaf Scholz", "count"));
    }

    @Test
    void allOfNeedsEveryValueInTheChosenSet() throws Exception {
        assertEquals(0, search("person=" + BIDEN + "&person=" + SCHOLZ + "&person_op=and").get("total").asInt(),
                "no article is about both");
        JsonNode all = search("person=" + BIDEN + "&person=" + SCHOLZ + "&person_op=and&mentions=all");
        assertEquals(Set.of("b1", "b2", "b3"), MatchModeApiTest.ids(all));
        // Under "all of" a count is within the results: all three are about France or Germany and mention both.
        assertEquals(2, counted(all.at("/facets/countries"), "France", "about_count"));
        assertEquals(3, counted(all.at("/facets/countries"), "France", "mention_count"));
    }

    @Test
    void anExclusionRemovesTheArticlesOfTheChosenSet() throws Exception {
        JsonNode about = search("not_person=" + SCHOLZ);
        assertEquals(Set.of("b1", "b3"), MatchModeApiTest.ids(about));
        assertEquals(2, counted(about.at("/facets/persons"), "Joe Biden", "count"));
        assertEquals(0, search("not_person=" + SCHOLZ + "&mentions=all").get("total").asInt());
    }

    @Test
    void hitsCarryOrganizationsAndWhatTheArticleIsAbout() throws Exception {
        JsonNode hit = server.json("/api/search?q=Berlin").at("/hits/0");
        assertEquals("b2", hit.get("id").asText());
        assertEquals(List.of("North Atlantic Treaty Organization", "United Nations"), strings(hit.get("organizations")));
        assertEquals(List.of("Olaf Scholz"), strings(hit.at("/about/persons")));
        assertEquals(List.of("Germany"), strings(hit.at("/about/countries")));
        assertEquals(List.of(), strings(hit.at("/about/organizations")));
    }

    @Test
    void theArticleFlagsEachEntityAboutOrNot() throws Exception {
        JsonNode a = server.json("/api/articles/b1");
        for (JsonNode p : a.get("persons")) {
            assertEquals(p.get("name").asText().equals("Joe Biden"), p.get("about").asBoolean(), p.toString());
        }
        assertEquals("North Atlantic Treaty Organization", a.at("/organizations/0/name").asText());
        assertTrue(a.at("/organizations/0/about").asBoolean());
        assertFalse(a.at("/organizations/0/mentions").isEmpty());
    }

    @Test
    void theTimelineAndTheAutocompleteReadTheChosenSet() throws Exception {
        assertEquals(2, server.json("/api/timeline?interval=year&person=" + BIDEN).at("/series/0/total").asInt());
        assertEquals(3, server.json("/api/timeline?interval=year&mentions=all&person=" + BIDEN).at("/series/0/total").asInt());
        JsonNode values = server.json("/api/entities?dim=countries&prefix=ger").get("values");
        assertEquals(1, values.at("/0/count").asInt());
        assertEquals(3, values.at("/0/mention_count").asInt());
        assertEquals(3, server.json("/api/entities?dim=countries&prefix=ger&mentions=all").at("/values/0/count").asInt());
        // A name no article is about is still found, with its counts saying so.
        JsonNode italy = server.json("/api/entities?dim=countries&prefix=ita").at("/values/0");
        assertEquals("Italy", italy.get("value").asText());
        assertEquals(0, italy.get("count").asInt());
        assertEquals(1, italy.get("mention_count").asInt());
    }

    @Test
    void theExportCarriesTheAboutColumns() throws Exception {
        var r = server.get("/api/export?format=csv&fields=id,persons,persons_about&sort=date&mentions=all&person=" + BIDEN);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(List.of("id,persons,persons_about", "b1,\"Joe Biden; Olaf Scholz\",\"Joe Biden\"",
                "b2,\"Olaf Scholz; Joe Biden\",\"Olaf Scholz\"", "b3,\"Joe Biden; Olaf Scholz\",\"Joe Biden\""),
                r.body().lines().toList());
    }

    @Test
    void theFacetTableHasBothCounts() throws Exception {
        var r = server.get("/api/export/facets?facets=5");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().lines().anyMatch(l -> l.equals("persons,\"Olaf Scholz\",2,2,4,")), r.body());
    }

    @Test
    void aWrongMentionsValueIsABadRequestSayingWhatEachMeans() throws Exception {
        for (String path : List.of("/api/search", "/api/timeline", "/api/export", "/api/entities?dim=persons",
                "/api/search.atom")) {
            var r = server.get(path + (path.contains("?") ? "&" : "?") + "mentions=some");
            assertEquals(400, r.statusCode(), path + ": " + r.body());
            assertTrue(r.body().contains("'mentions' must be about"), r.body());
            assertTrue(r.body().contains("every one it mentions"), r.body());
        }
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void mentionsIsAKnownParameterOfTheSearch() throws Exception {
        assertTrue(search("mentions=about").get("warnings").isEmpty());
        assertTrue(search("mentions=all").get("warnings").isEmpty());
    }
}
