package news.dispatch.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;

import news.dispatch.web.TestServer;

/**
 * Every API parameter given wrong types, negative, huge and repeated values, and queries a parser chokes on, sent as
 * raw bytes: each gets its documented status with a JSON body, never a 500.
 */
class ApiBadInputTest {
    final TestServer server = server();

    /** The server under test: the embedded index here; {@code ClusterApiBadInputTest} serves a SolrCloud collection. */
    TestServer server() {
        return TestServer.seeds();
    }

    JsonNode assertAnswer(int status, String target) throws Exception {
        return assertAnswer(server, status, target.getBytes(StandardCharsets.ISO_8859_1));
    }

    JsonNode assertAnswer(int status, byte[] target) throws Exception {
        return assertAnswer(server, status, target);
    }

    /** The request answers {@code status}; an error is {"error", "message"} JSON, a success a search response. */
    static JsonNode assertAnswer(TestServer server, int status, String target) throws Exception {
        return assertAnswer(server, status, target.getBytes(StandardCharsets.ISO_8859_1));
    }

    static JsonNode assertAnswer(TestServer server, int status, byte[] target) throws Exception {
        RawHttp r = RawHttp.get(server.url(), target);
        String shown = new String(target, StandardCharsets.ISO_8859_1);
        assertEquals(status, r.status(), () -> shown + " answered " + r.status() + ": " + r.body());
        assertTrue(String.valueOf(r.header("Content-Type")).startsWith("application/json"),
                () -> shown + " answered " + r.header("Content-Type") + ": " + r.body());
        assertEquals("nosniff", r.header("X-Content-Type-Options"), shown);
        assertTrue(String.valueOf(r.header("Content-Security-Policy")).contains("default-src 'self'"), shown);
        JsonNode json = TestServer.parse(r.body());
        if (status == 200) {
            assertTrue(json.has("hits") || json.has("values") || json.has("id"), r.body());
        } else {
            assertTrue(json.path("error").isTextual() && json.path("message").isTextual(), r.body());
            assertFalse(json.path("message").asText().isBlank(), r.body());
        }
        return json;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/search?q=Putin&size=abc                          | 400
            /api/search?q=Putin&size=-1                           | 400
            /api/search?q=Putin&size=0                            | 400
            /api/search?q=Putin&size=101                          | 400
            /api/search?q=Putin&size=1.5                          | 400
            /api/search?q=Putin&size=99999999999999999999999      | 400
            /api/search?q=Putin&size=1&size=2                     | 400
            /api/search?q=Putin&size=                             | 200
            /api/search?q=Putin&page=0                            | 400
            /api/search?q=Putin&page=-3                           | 400
            /api/search?q=Putin&page=abc                          | 400
            /api/search?q=Putin&page=2147483648                   | 400
            /api/search?q=Putin&page=1000&size=100                | 400
            /api/search?q=Putin&page=1&page=1                     | 400
            /api/search?q=Putin&facets=-1                         | 400
            /api/search?q=Putin&facets=101                        | 400
            /api/search?q=Putin&facets=true                       | 400
            /api/search?q=Putin&facets=0                          | 200
            /api/search?q=Putin&from=yesterday                    | 400
            /api/search?q=Putin&from=2022-13-01                   | 400
            /api/search?q=Putin&from=2022-02-30                   | 400
            /api/search?q=Putin&from=99999-01-01                  | 400
            /api/search?q=Putin&from=%2B99999-01-01               | 400
            /api/search?q=Putin&to=%2B999999999-12-31             | 400
            /api/search?q=Putin&from=-999999999-01-01             | 400
            /api/search?q=Putin&from=0000-01-01&to=0000-12-31     | 200
            /api/search?q=Putin&from=2022-12-03&to=2022-12-02     | 400
            /api/search?q=Putin&from=2022-12-01&from=2022-12-02   | 400
            /api/search?q=Putin&sort=random                       | 400
            /api/search?q=Putin&sort=date&sort=-date              | 400
            /api/search?q=Putin&cursor=garbage                    | 400
            /api/search?q=Putin&cursor=%00%FF                     | 400
            /api/search?q=Putin&q=Biden                           | 400
            /api/search?q=Putin&person=                           | 200
            /api/search?q=Putin&person=Nobody+At+All              | 200
            /api/search?q=Putin&country=Atlantis&country=Atlantis | 200
            /api/search?q=Putin&colour=red&colour=blue            | 200
            /api/search?q=%22Putin                                | 200
            /api/search?q=Putin%22+%22talks                       | 200
            /api/search?q=((Putin                                 | 200
            /api/search?q=Putin))                                 | 200
            /api/search?q=(Putin+AND+(talks                       | 200
            /api/search?q=AND                                     | 200
            /api/search?q=OR+OR+NOT                               | 200
            /api/search?q=title:                                  | 200
            /api/search?q=*                                       | 200
            /api/search?q=*tin                                    | 200
            /api/search?q=?utin                                   | 200
            /api/search?q=Pu*in~2^3                               | 200
            /api/search?q=Putin~99                                | 200
            /api/search?q=/[a-z]+/                                | 200
            /api/search?q=body:/.*/                               | 200
            /api/search?q=date:[2022+TO+2023]                     | 200
            /api/search?q=\\                                      | 200
            /api/search?q=%00%01%02%1F%7F                         | 200
            /api/search?q=Putin%0D%0ASet-Cookie:+x=1              | 200
            /api/search?q=%E2%80%AE%F0%9F%92%A3                   | 200
            /api/search?q=%ZZ                                     | 400
            /api/search?q=%                                       | 400
            /api/search?q=%E2%82                                  | 400
            /api/search?q=%C0%AF                                  | 400
            /api/search?%=1                                       | 400
            /api/entities                                         | 400
            /api/entities?dim=planets                             | 400
            /api/entities?dim=persons&size=-5                     | 400
            /api/entities?dim=persons&size=100000                 | 400
            /api/entities?dim=persons&dim=countries               | 400
            /api/entities?dim=persons&prefix=%ZZ                  | 400
            /api/entities?dim=persons&prefix=*                    | 200
            /api/articles/no-such-article                         | 404
            /api/articles/..%2F..%2Fpom.xml                       | 404
            /api/articles/%2E%2E%2Fpom.xml                        | 404
            /api/articles/..%252F..%252Fpom.xml                   | 404
            /api/articles/%00                                     | 400
            /api/articles/%ZZ                                     | 400
            """)
    void aBadParameterGetsItsDocumentedStatusAndAJsonMessage(String target, int status) throws Exception {
        assertAnswer(status, target);
    }

    @Test
    void anUnparseableQueryIsSearchedAsWordsAndSaysSo() throws Exception {
        JsonNode r = assertAnswer(200, "/api/search?q=((Putin");
        assertEquals(2, r.get("total").asInt());
        assertTrue(r.get("warnings").toString().contains("could not be read as written"), r.toString());
    }

    @Test
    void aLeadingWildcardIsSearchedAsAWordWithAWarningAndALoneStarListsEverything() throws Exception {
        JsonNode leading = assertAnswer(200, "/api/search?q=*utin");
        assertTrue(leading.get("warnings").toString().contains("cannot start with *"), leading.toString());
        assertEquals(2, assertAnswer(200, "/api/search?q=*").get("total").asInt());
    }

    @Test
    void aQueryOfTenThousandCharactersIsA400SayingTheLimit() throws Exception {
        JsonNode r = assertAnswer(400, "/api/search?q=" + "Putin+".repeat(10_000 / 6));
        assertTrue(r.get("message").asText().contains("1000"), r.toString());
        assertAnswer(400, "/api/search?q=" + "x".repeat(10_000));
    }

    @Test
    void tooManyWildcardOrFuzzyTermsAreA400NamingTheLimit() throws Exception {
        String terms = IntStream.rangeClosed('a', 'z').mapToObj(c -> (char) c + "*").collect(Collectors.joining("+"));
        for (String q : List.of(terms + "+" + terms.replace("*", "?*"), terms.replace("*", "~"),
                terms.replace("*", "utin~2").replace("+", "+OR+"),
                IntStream.rangeClosed('a', 'z').mapToObj(c -> "/" + (char) c + ".*/").collect(Collectors.joining("+")))) {
            for (String endpoint : List.of("/api/search?q=", "/api/entities?dim=persons&q=")) {
                JsonNode r = assertAnswer(400, endpoint + q);
                assertTrue(r.get("message").asText().contains("at most 20"), r.toString());
            }
        }
        // Eleven short fuzzy terms OR'ed overflowed Lucene's clause limit (a 500); now they are answered.
        String eleven = String.join("+OR+", "ab~,cd~,ef~,gh~,ij~,kl~,mn~,op~,qr~,st~,uv~".split(","));
        assertAnswer(200, "/api/search?q=" + eleven);
        assertAnswer(200, "/api/entities?dim=persons&q=" + eleven);
    }

    @Test
    void aQueryOfManyDifferentAliasedNamesPastTheClauseLimitIsA400SayingWhy() throws Exception {
        // Within the length limit, only aliases multiply clauses: one name of each of the groups with the most
        // spellings for their length (China, UK, DRC, …) expands to more alternatives than Lucene's clause limit.
        List<List<String>> groups = new java.util.ArrayList<>(news.dispatch.entity.QueryAliases.load().groups());
        groups.removeIf(g -> g.stream().noneMatch(s -> s.matches("[A-Za-z]+")));
        java.util.function.Function<List<String>, String> shortest = g -> g.stream().filter(s -> s.matches("[A-Za-z]+"))
                .min(java.util.Comparator.comparingInt(String::length)).orElseThrow();
        groups.sort(java.util.Comparator.comparingDouble(g -> -(double) g.size() / shortest.apply(g).length()));
        StringBuilder names = new StringBuilder();
        for (List<String> g : groups) {
            String name = shortest.apply(g);
            if (names.length() + name.length() + 1 <= news.dispatch.search.QueryLimits.MAX_QUERY_LENGTH) names.append(name).append('+');
        }
        JsonNode r = assertAnswer(400, "/api/search?q=" + names);
        assertTrue(r.get("message").asText().contains("alternatives"), r.toString());
    }

    @Test
    void internalFieldsAreNotSearchableAndSaySo() throws Exception {
        for (String q : List.of("file:/.*/", "file:/%5C/home%5C/a.*/", "hash:*", "id:kremlin*", "%24facets:x",
                "entities:Putin", "file:corpus*")) {
            JsonNode r = assertAnswer(200, "/api/search?q=" + q);
            assertEquals(0, r.get("total").asInt(), r.toString());
            assertTrue(r.get("warnings").toString().contains("Not a searchable field"), r.toString());
        }
    }

    @Test
    void anExclusionAloneListsEverythingElse() throws Exception {
        assertEquals(2, assertAnswer(200, "/api/search?q=-nosuchwordanywhere").get("total").asInt());
        assertEquals(0, assertAnswer(200, "/api/search?q=-putin").get("total").asInt());
        assertEquals(1, assertAnswer(200, "/api/search?q=-tajani").get("total").asInt());
    }

    @Test
    void thousandsOfUnknownParametersGiveAShortWarningList() throws Exception {
        String many = IntStream.range(0, 2000).mapToObj(i -> "p" + i + "=1").collect(Collectors.joining("&"));
        JsonNode r = assertAnswer(200, "/api/search?q=Putin&" + many);
        assertEquals(10, r.get("warnings").size(), r.get("warnings").toString());
        assertTrue(r.get("warnings").get(9).asText().contains("1991 more"), r.get("warnings").toString());
    }

    @Test
    void rawControlCharactersAndSpacesInTheRequestLineAreRefusedWithJson() throws Exception {
        assertAnswer(400, new byte[]{'/', 'a', 'p', 'i', '/', 's', 'e', 'a', 'r', 'c', 'h', '?', 'q', '=', 1, 2, 0x7f});
        assertAnswer(400, "/api/search?q=\u00ff\u00fe");
    }
}
