package news.dispatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import news.dispatch.StoryFixtures;
import news.dispatch.TestIndexes;

/** /api/search over two versions of one wire story and an unrelated article: stories collapse, on request only not. */
class StoryApiTest {
    @TempDir static Path dir;
    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start(corpus());
    }

    /** The fixture corpus in a fresh folder (the cluster twin indexes the same one). */
    static Path corpus() throws IOException {
        TestIndexes.write(dir, "news.jsonl", StoryFixtures.threeArticles());
        return dir;
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    private static List<String> ids(JsonNode hits) {
        List<String> ids = new ArrayList<>();
        hits.forEach(h -> ids.add(h.get("id").asText()));
        return ids;
    }

    @Test
    void twoVersionsOfAWireStoryAreOneHitWithOneSimilarArticle() throws Exception {
        JsonNode r = server.json("/api/search?sort=oldest");
        assertEquals(List.of("wire-b", "flood"), ids(r.get("hits")));
        JsonNode card = r.at("/hits/0");
        assertEquals("wire-a", card.get("story").asText());
        assertEquals(1, card.get("similar").asInt());
        JsonNode other = card.at("/similar_articles/0");
        assertEquals("wire-a", other.get("id").asText());
        assertEquals("Paper Two", other.get("source").asText());
        assertEquals("2022-03-05", other.get("date").asText());
        assertEquals(0, r.at("/hits/1/similar").asInt());
    }

    @Test
    void aStoryOfSeveralMatchingCopiesShowsItsLeadersScoreByRelevance() throws Exception {
        JsonNode card = server.json("/api/search?q=currency+OR+currencies").at("/hits/0");
        assertEquals(1, card.get("similar").asInt());
        assertTrue(card.get("score").isNumber(), card.toString());
    }

    @Test
    void aPageOfSingleArticleStoriesShowsEachScoreByRelevance() throws Exception {
        JsonNode hits = server.json("/api/search?q=flood").get("hits");
        assertTrue(hits.size() > 0, hits.toString());
        for (JsonNode card : hits) {
            assertEquals(0, card.get("similar").asInt(), card.toString());
            assertTrue(card.get("score").isNumber(), card.toString());
        }
    }

    @Test
    void totalsSayTheyCountArticlesAndStoriesApart() throws Exception {
        JsonNode r = server.json("/api/search");
        assertTrue(r.get("collapsed").asBoolean());
        assertEquals(3, r.get("total").asInt());
        assertEquals(2, r.get("stories").asInt());
        assertEquals(Map.of("total", "articles", "stories", "stories", "facets", "articles", "hits", "stories"),
                TestServer.parse(r.get("counts").toString()).properties().stream()
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().asText())));
        assertEquals(3, r.at("/facets/dates/day/0/count").asInt(), "facet counts are articles");
    }

    @Test
    void collapseFalseListsEveryArticle() throws Exception {
        JsonNode r = server.json("/api/search?collapse=false&sort=oldest");
        assertEquals(List.of("wire-b", "flood", "wire-a"), ids(r.get("hits")));
        assertFalse(r.get("collapsed").asBoolean());
        assertNull(r.get("stories"));
        assertEquals("articles", r.at("/counts/hits").asText());
        assertEquals("wire-a", r.at("/hits/0/story").asText(), "each article still names its story");
    }

    @Test
    void theCursorOfACollapsedSearchVisitsEachStoryOnce() throws Exception {
        JsonNode first = server.json("/api/search?size=1&sort=newest");
        assertEquals(List.of("wire-a"), ids(first.get("hits")));
        String cursor = first.get("next_cursor").asText();
        JsonNode second = server.json("/api/search?size=1&sort=newest&cursor="
                + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
        assertEquals(List.of("flood"), ids(second.get("hits")));
        assertTrue(second.get("next_cursor").isNull());
    }

    @Test
    void theSecondPageOfStoriesStartsAfterTheFirstStories() throws Exception {
        JsonNode second = server.json("/api/search?size=1&page=2&q=" + URLEncoder.encode("currencies OR rain",
                StandardCharsets.UTF_8));
        assertEquals(1, second.get("hits").size());
        JsonNode first = server.json("/api/search?size=1&page=1&q=" + URLEncoder.encode("currencies OR rain",
                StandardCharsets.UTF_8));
        assertFalse(ids(first.get("hits")).equals(ids(second.get("hits"))));
    }

    @Test
    void aCursorOfAnUncollapsedSearchIsRefusedByACollapsedOne() throws Exception {
        String cursor = server.json("/api/search?size=1&collapse=false").get("next_cursor").asText();
        var response = server.get("/api/search?size=1&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("collapse=false"), response.body());
    }

    @Test
    void aCollapseValueThatIsNoBooleanIsABadRequest() throws Exception {
        var response = server.get("/api/search?collapse=maybe");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("maybe"), response.body());
    }

    @Test
    void theExportListsEveryArticleWithItsStory() throws Exception {
        var rows = ExportApiTest.csv(server.get("/api/export?format=csv&fields=id,story&sort=oldest").body());
        assertEquals(List.of(Map.of("id", "wire-b", "story", "wire-a"), Map.of("id", "flood", "story", "flood"),
                Map.of("id", "wire-a", "story", "wire-a")), rows);
    }
}
