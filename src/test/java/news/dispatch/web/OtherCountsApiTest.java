package news.dispatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import news.dispatch.TestIndexes;

/**
 * A listed value's other count when the value is far down the other set: Kenya is what two articles are about, while
 * five countries named in passing in three articles each outrank it among the mentions (the cluster answers such a
 * value with a second request, the others with the search).
 */
class OtherCountsApiTest {
    @TempDir static Path dir;
    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start(corpus());
    }

    /** The fixture corpus in a fresh folder (the cluster twin indexes the same one). */
    static Path corpus() throws IOException {
        String passing = " Later, traders in France, Germany, Italy, Spain and Japan watched the talks.";
        TestIndexes.write(dir, "three.jsonl", String.join("\n",
                line("k1", "Kenya holds talks", "Kenya opened talks on Monday." + passing),
                line("k2", "Kenya signs deal", "Kenya signed a trade deal on Tuesday." + passing),
                line("k3", "Markets", "Shares rose on Wednesday." + passing)) + "\n");
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

    @Test
    void theTopValueKeepsItsMentionCountWhenFiveOthersAreMentionedMore() throws Exception {
        JsonNode countries = server.json("/api/search?facets=1").at("/facets/countries");
        assertEquals(1, countries.size(), countries.toString());
        assertEquals("Kenya", countries.at("/0/value").asText());
        assertEquals(2, countries.at("/0/about_count").asInt());
        assertEquals(2, countries.at("/0/mention_count").asInt());
    }
}
