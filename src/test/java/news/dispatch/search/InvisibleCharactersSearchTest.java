package news.dispatch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A soft hyphen or zero-width character inside a word does not hide it from search. */
class InvisibleCharactersSearchTest {
    @TempDir Path dir;

    @Test
    void aWordWithInvisibleCharactersIsFoundByItsVisibleLetters() throws IOException {
        Path index = TinyIndex.build(dir, """
                {"id": "soft", "title": "Scraped copy", "body": "Vladimir Pu\\u00adtin spoke at the forum."}
                {"id": "zw", "title": "Zero width", "body": "Olaf Sch\\u200bolz spoke in Berlin."}
                """);
        try (LuceneSearcher searcher = TinyIndex.open(index)) {
            assertEquals(List.of("soft"), searcher.search(SearchRequest.of("putin")).hits().stream().map(SearchResponse.Hit::id).toList());
            assertEquals(List.of("zw"), searcher.search(SearchRequest.of("scholz")).hits().stream().map(SearchResponse.Hit::id).toList());
        }
    }

    /**
     * Every kind of invisible character (format and bidi controls, invisible operators, the Mongolian vowel separator,
     * tag characters, variation selectors, the combining grapheme joiner) inside a word of the article and of the
     * query: the word is found by its visible letters, and its mark covers exactly the word in the original text.
     */
    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"00AD", "200B", "200E", "200F", "202A", "202E", "2060", "2062", "2066", "2069", "061C",
            "180E", "034F", "FE0F", "FE00", "FEFF", "E0001", "E0041", "E007F", "E0100", "1D173"})
    void aWordWithAnyInvisibleCharacterIsFoundAndMarkedInTheOriginalText(String hex) throws IOException {
        String x = Character.toString(Integer.parseInt(hex, 16));
        String body = "Talks went on. Vladimir Pu" + x + "tin spoke at the " + x + "forum" + x + " in Kazan.";
        Path index = TinyIndex.build(dir, "{\"id\": \"a\", \"title\": \"Scraped\", \"body\": "
                + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body) + "}\n");
        try (LuceneSearcher searcher = TinyIndex.open(index)) {
            for (String q : List.of("putin", "Pu" + x + "tin", "putin" + x, x + "putin", "\"vladimir putin\"",
                    "\"Vladimir" + x + " Pu" + x + "tin\"", "forum", "pu" + x + "ti*", "putim~1")) {
                var hits = searcher.search(SearchRequest.of(q)).hits();
                assertEquals(List.of("a"), hits.stream().map(SearchResponse.Hit::id).toList(), hex + " " + q);
            }
            String snippet = String.join(" ", searcher.search(SearchRequest.of("putin")).hits().getFirst().snippets());
            assertTrue(snippet.contains("<mark>Pu" + x + "tin</mark>"), hex + ": " + snippet);
            String forum = String.join(" ", searcher.search(SearchRequest.of("forum")).hits().getFirst().snippets());
            assertTrue(forum.contains("<mark>forum"), hex + ": " + forum);
        }
    }

    /** A name filter pasted with bidi marks or tags (copied from a right-to-left page) is the name a reader sees. */
    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"200E", "200F", "2066", "061C", "FEFF", "E0041", "FE0F", "00AD"})
    void aPersonFilterWithInvisibleCharactersFiltersByTheVisibleName(String hex) throws Exception {
        String x = Character.toString(Integer.parseInt(hex, 16));
        var server = news.dispatch.web.TestServer.seeds();
        String plain = "/api/search?collapse=false&person=" + encode("Vladimir Putin");
        String pasted = "/api/search?collapse=false&person=" + encode(x + "Vladimir Pu" + x + "tin" + x);
        long total = server.json(plain).path("total").asLong();
        assertTrue(total > 0);
        assertEquals(total, server.json(pasted).path("total").asLong(), hex);
        String without = "/api/search?collapse=false&not_person=" + encode("Vladimir" + x + " Putin");
        assertEquals(0, server.json(without).path("total").asLong() - server.json("/api/search?collapse=false")
                .path("total").asLong() + total, hex);
    }

    static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
