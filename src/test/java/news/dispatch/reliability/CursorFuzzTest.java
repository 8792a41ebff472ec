package news.dispatch.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import news.dispatch.web.TestServer;

/**
 * Cursors a client edited, truncated or made up — of the wrong kind, negative, huge, not numbers, not base64 — are a
 * 400 that says the cursor is not one the search gave out, in every sort and with or without story collapse; never
 * a 500.
 */
class CursorFuzzTest {
    static final List<String> SEARCHES = List.of("q=Putin", "q=Putin&sort=newest", "q=Putin&sort=oldest",
            "q=Putin&collapse=false", "q=Putin&sort=newest&collapse=false", "q=Putin&sort=oldest&collapse=false");
    final TestServer server = server();

    /** The server under test: the embedded index here; {@code ClusterCursorFuzzTest} serves a SolrCloud collection. */
    TestServer server() {
        return TestServer.seeds();
    }

    static String encoded(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Raw cursors that no search gives out, whatever the sort. */
    static Stream<String> tampered() {
        List<String> raws = new ArrayList<>();
        for (String sort : List.of("NEWEST", "OLDEST", "RELEVANCE")) {
            for (String n : List.of("2147483647", "2147483646", "2147483600", "-1", "-2147483648", "99999999999",
                    "abc", "", " 5", "1e3", "0x10", "10001", "１")) {
                raws.add("STORIES:" + sort + ":" + n);
            }
            raws.add("STORIES:" + sort + ":1:2");
            raws.add("STORIES:" + sort);
            for (String doc : List.of("-1", "-2147483648", "2147483648", "x", "")) raws.add(sort + ":1:" + doc + ":0");
            for (String shard : List.of("-2", "2147483648", "y", "１")) raws.add(sort + ":1:0:" + shard);
            raws.add(sort + ":1:0");
            raws.add(sort + ":1:0:0:0");
        }
        for (String score : List.of("NaN", "Infinity", "-Infinity", "1e39", "abc", "")) raws.add("RELEVANCE:" + score + ":0:0");
        for (String date : List.of("abc", "9223372036854775808", "1.5", "")) {
            raws.add("NEWEST:" + date + ":0:0");
            raws.add("OLDEST:" + date + ":0:0");
        }
        raws.add("STORIES::5");
        raws.add("stories:NEWEST:5");
        raws.add(":::");
        return raws.stream().map(CursorFuzzTest::encoded);
    }

    /** Strings that are not even base64 of a cursor. */
    static Stream<String> junk() {
        Random random = new Random(28);
        List<String> junk = new ArrayList<>(List.of("====", "a", "ab", "abc=", "..", "%2B%2F%2B%2F",
                "AAAAAAAA", "____", "-_-_", "%C3%A9t%C3%A9", "x".repeat(4000)));
        for (int i = 0; i < 12; i++) {
            byte[] bytes = new byte[1 + random.nextInt(64)];
            random.nextBytes(bytes);
            junk.add(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        }
        return junk.stream();
    }

    @ParameterizedTest
    @MethodSource({"tampered", "junk"})
    void aCursorNoSearchGaveOutIsA400SayingSoInEverySort(String cursor) throws Exception {
        for (String search : SEARCHES) {
            JsonNode error = ApiBadInputTest.assertAnswer(server, 400, "/api/search?" + search + "&cursor=" + cursor);
            assertTrue(error.path("message").asText().toLowerCase().contains("cursor"), error::toString);
        }
    }

    @Test
    void aCursorOfOneKindIsRefusedByTheOther() throws Exception {
        JsonNode collapsed = ApiBadInputTest.assertAnswer(server, 200, "/api/search?q=*&size=1");
        JsonNode articles = ApiBadInputTest.assertAnswer(server, 200, "/api/search?q=*&size=1&collapse=false");
        String stories = collapsed.path("next_cursor").asText();
        String plain = articles.path("next_cursor").asText();
        assertTrue(!stories.isEmpty() && !plain.isEmpty(), collapsed + " " + articles);
        ApiBadInputTest.assertAnswer(server, 200, "/api/search?q=*&size=1&cursor=" + stories);
        ApiBadInputTest.assertAnswer(server, 200, "/api/search?q=*&size=1&collapse=false&cursor=" + plain);
        ApiBadInputTest.assertAnswer(server, 400, "/api/search?q=*&size=1&collapse=false&cursor=" + stories);
        ApiBadInputTest.assertAnswer(server, 400, "/api/search?q=*&size=1&cursor=" + plain);
        ApiBadInputTest.assertAnswer(server, 400, "/api/search?q=*&size=1&sort=oldest&cursor=" + stories);
        ApiBadInputTest.assertAnswer(server, 400, "/api/search?q=*&size=1&sort=oldest&collapse=false&cursor=" + plain);
    }
}
