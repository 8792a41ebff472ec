package news.dispatch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import news.dispatch.StoryFixtures;
import news.dispatch.TestIndexes;
import news.dispatch.web.TestServer;

/**
 * Wire stories in several copies (dated and undated, spread over both shards) indexed into the embedded index at once
 * and into the 2-node cluster in two runs, the second adding a copy whose id becomes its story's: the same stories,
 * cards, similar articles and story ids on both.
 */
class SolrStoriesParityClusterTest {
    @TempDir static Path dir;
    private static final String FED = "The Federal Reserve left its benchmark interest rate unchanged on Wednesday and"
            + " said it would keep buying government bonds until the labour market recovered, adding that inflation"
            + " remained below its goal and that the housing sector had improved over the summer months.";

    private static TestServer embedded;
    private static TestServer cluster;

    private static String copy(String id, String title, String body, String date, String source) {
        return date == null
                ? "{\"id\": \"" + id + "\", \"title\": \"" + title + "\", \"body\": \"" + body + "\", \"source\": \""
                        + source + "\"}"
                : StoryFixtures.article(id, title, body, date, source);
    }

    private static final String FIRST_RUN = String.join("\n",
            copy("g7-b", "G7 agrees to keep currencies stable", StoryFixtures.WIRE, "2022-03-05T10:00:00Z", "Wire One"),
            copy("g7-c", "Ministers agree currency deal", StoryFixtures.REWRITE, "2022-03-05T14:00:00Z", "Paper Two"),
            copy("g7-d", "G7 currency accord", StoryFixtures.WIRE + " Analysts were cautious.", "2022-03-06T08:00:00Z",
                    "Paper Three"),
            copy("g7-e", "G7: stable currencies", StoryFixtures.WIRE, "2022-03-06T09:00:00Z", "Paper Four"),
            copy("g7-late", "G7 currency accord revisited", StoryFixtures.WIRE, "2022-03-12T09:00:00Z", "Paper Five"),
            copy("flood-1", "Floods force families from homes", StoryFixtures.OTHER, "2022-03-05T11:00:00Z", "Valley Daily"),
            copy("flood-2", "Army helps flood families", StoryFixtures.OTHER + " More rain is expected.",
                    "2022-03-05T18:00:00Z", "Wire One"),
            copy("fed-1", "Fed holds rates", FED, null, "Wire One"),
            copy("fed-2", "Fed keeps rates unchanged", FED + " Markets rose.", null, "Paper Two"),
            copy("fed-3", "Fed rates steady", FED, "2022-03-09T20:00:00Z", "Paper Three"),
            copy("alone", "Harvest begins early", "Farmers in the south began the wheat harvest two weeks early after"
                    + " a warm spring, the agriculture ministry said.", "2022-03-07T10:00:00Z", "Farm News")) + "\n";
    /** Copies with the smallest ids of their stories, added by a second run: every member's story id changes. */
    private static final String SECOND_RUN = String.join("\n",
            copy("g7-a", "G7 holds currencies", StoryFixtures.WIRE, "2022-03-05T09:00:00Z", "Paper Six"),
            copy("fed-0", "Fed on hold", FED, null, "Paper Six")) + "\n";

    @BeforeAll
    static void bothBackends() throws Exception {
        assumeTrue(TestCluster.available(), TestCluster.skipReason());
        Path corpus = TestIndexes.write(dir.resolve("corpus"), "first.jsonl", FIRST_RUN).getParent();
        SolrTarget target = TestCluster.shared().target("story-parity");
        SolrInit.run(target, 2, 1, System.err);
        ClusterSeeds.index(target, List.of(corpus), Part.ALL);
        TestIndexes.write(corpus, "second.jsonl", SECOND_RUN);
        ClusterSeeds.index(target, List.of(corpus), Part.ALL);
        embedded = TestServer.start(corpus);
        cluster = TestServer.over(SolrSearcher.open(target));
    }

    @AfterAll
    static void stop() throws Exception {
        if (embedded != null) embedded.close();
        if (cluster != null) cluster.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sort=oldest", "sort=newest", "q=currencies", "q=rates%20OR%20rain", "q=Paris",
            "q=currencies&from=2022-03-05&to=2022-03-06", "sort=oldest&size=2&page=2", "sort=newest&size=1"})
    void theSameSearchGivesTheSameStoriesOnBoth(String params) throws Exception {
        String path = "/api/search?" + params;
        JsonNode e = embedded.json(path);
        JsonNode c = cluster.json(path);
        assertTrue(e.get("collapsed").asBoolean() && c.get("collapsed").asBoolean(), c.toString());
        assertEquals(e.get("total").asLong(), c.get("total").asLong(), path + "\n" + e + "\n" + c);
        assertEquals(e.get("stories").asLong(), c.get("stories").asLong(), path + "\n" + e + "\n" + c);
        assertEquals(cards(e), cards(c), path);
        // By date the same article leads each story; by relevance it may not (scores come from each shard's statistics).
        if (params.contains("sort=")) assertEquals(leaders(e), leaders(c), path);
        assertEquals(e.get("next_cursor").isNull(), c.get("next_cursor").isNull(), path);
        assertEquals(e.at("/facets/dates/day").toString(), c.at("/facets/dates/day").toString(), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sort=oldest", "q=currencies"})
    void everyArticleNamesTheSameStoryOnBoth(String params) throws Exception {
        String path = "/api/search?collapse=false&size=50&" + params;
        assertEquals(stories(embedded.json(path)), stories(cluster.json(path)), path);
        assertEquals("g7-a", stories(cluster.json(path)).get("g7-c"), "the second run's smaller id names the story");
    }

    /** Each card: its story, how many similar articles, and its articles shown (the leader's and the similar ones). */
    private static Map<String, String> cards(JsonNode r) {
        Map<String, String> cards = new TreeMap<>();
        for (JsonNode h : r.get("hits")) {
            List<String> shown = new ArrayList<>(List.of(h.get("id").asText()));
            h.path("similar_articles").forEach(o -> shown.add(o.get("id").asText()));
            shown.sort(null);
            cards.put(h.get("story").asText(), h.get("similar").asInt() + " " + shown);
        }
        return cards;
    }

    private static List<String> leaders(JsonNode r) {
        List<String> ids = new ArrayList<>();
        r.get("hits").forEach(h -> ids.add(h.get("id").asText()));
        return ids;
    }

    private static Map<String, String> stories(JsonNode r) {
        Map<String, String> stories = new TreeMap<>();
        r.get("hits").forEach(h -> stories.put(h.get("id").asText(), h.get("story").asText()));
        return stories;
    }
}
