package news.dispatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;


/** Articles, entity lookup, health, stats and errors over the real server and the seed index. */
class ArticleApiTest {
    /** The seed's id holds a slash (its folder's name): encoded, it stays one path segment. */
    static final String KREMLIN_PATH = "/api/articles/"
            + java.net.URLEncoder.encode(SearchApiTest.KREMLIN, java.nio.charset.StandardCharsets.UTF_8);

    final TestServer server = server();

    /** The server under test: the embedded index here; {@code ClusterArticleApiTest} serves a SolrCloud collection. */
    TestServer server() {
        return TestServer.seeds();
    }

    @Test
    void anArticleListsItsMentionsWithOffsetsAndTheOtherSeedAsRelated() throws Exception {
        JsonNode a = server.json(KREMLIN_PATH);
        String body = a.get("body").asText();
        assertTrue(body.startsWith("The fact that Washington") || body.startsWith("\nThe fact that Washington"));
        JsonNode putin = null;
        for (JsonNode p : a.get("persons")) if (p.get("name").asText().equals("Vladimir Putin")) putin = p;
        assertTrue(putin != null, a.get("persons").toString());
        for (JsonNode m : putin.get("mentions")) {
            String text = m.get("field").asText().equals("body") ? body : a.get("title").asText();
            assertEquals(m.get("text").asText(), text.substring(m.get("start").asInt(), m.get("end").asInt()));
        }
        assertEquals(SearchApiTest.WIDER, a.at("/related/0/id").asText());
        assertFalse(a.at("/related/0/near_duplicate").asBoolean());
    }

    @Test
    void theSearchAnArticleWasOpenedFromIsMarkedWithTheSearchsOwnAnalysis() throws Exception {
        JsonNode a = server.json(KREMLIN_PATH + "?q=negotiation+%22possible+talks%22");
        String body = a.get("body").asText();
        java.util.List<String> marked = new java.util.ArrayList<>();
        for (JsonNode m : a.get("matches")) {
            String text = m.get("field").asText().equals("body") ? body : a.get("title").asText();
            marked.add(m.get("field").asText() + ":" + text.substring(m.get("start").asInt(), m.get("end").asInt()));
        }
        // "negotiation" matches the plural through the index's stemming; the phrase is marked whole, and "talks"
        // alone (as in the title's "Biden–Putin talks") is not marked, because the phrase asks for "possible talks".
        assertTrue(marked.contains("body:negotiations"), marked.toString());
        assertTrue(marked.contains("body:possible talks"), marked.toString());
        assertFalse(marked.stream().anyMatch(m -> m.startsWith("title:")), marked.toString());
        assertEquals(0, server.json(KREMLIN_PATH).get("matches").size());
        assertEquals(400, server.get(KREMLIN_PATH + "?q=" + "a".repeat(1001)).statusCode());
    }

    @Test
    void anUnknownArticleIsA404WithJson() throws Exception {
        var response = server.get("/api/articles/no-such-article");
        assertEquals(404, response.statusCode());
        assertEquals("not_found", TestServer.parse(response.body()).get("error").asText());
    }

    @Test
    void entityLookupMatchesAnyWordOfANameIgnoringCaseAndAccents() throws Exception {
        JsonNode r = server.json("/api/entities?dim=persons&prefix=MAC&mentions=all");
        assertEquals("Emmanuel Macron", r.at("/values/0/value").asText());
        assertEquals(2, r.at("/values/0/count").asInt());
        // Named in passing in both seeds, the subject of neither: found, and counted 0 in the default (about) mode
        // where the backend keeps the about set (a Solr collection counts every mention: no about_count).
        JsonNode about = server.json("/api/entities?dim=persons&prefix=MAC").at("/values/0");
        assertEquals("Emmanuel Macron", about.get("value").asText());
        if (about.has("about_count")) {
            assertEquals(0, about.get("count").asInt());
            assertEquals(2, about.get("mention_count").asInt());
        }
        JsonNode within = server.json("/api/entities?dim=persons&prefix=sch&country=Germany");
        assertEquals("Olaf Scholz", within.at("/values/0/value").asText());
    }

    @Test
    void anUnknownDimensionIsA400() throws Exception {
        assertEquals(400, server.get("/api/entities?dim=planets").statusCode());
    }

    @Test
    void healthAndStatsDescribeTheIndex() throws Exception {
        assertEquals("ready", server.json("/api/health").get("status").asText());
        JsonNode stats = server.json("/api/stats");
        assertEquals(2, stats.get("articles").asInt());
        assertTrue(stats.get("index_bytes").asLong() > 0);
        assertTrue(stats.at("/facet_values/persons").asInt() >= 9);
    }

    @Test
    void anUnknownApiPathIsA404AndAPostIsA405() throws Exception {
        assertEquals(404, server.get("/api/nothing").statusCode());
        var post = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(server.url() + "/api/search")).POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
        assertTrue(post.body().contains("method_not_allowed"));
    }

    @Test
    void everyAnswerCarriesARestrictiveContentSecurityPolicy() throws Exception {
        var response = server.get("/api/health");
        assertEquals(DispatchServer.CONTENT_SECURITY_POLICY,
                response.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElseThrow());
    }

    @Test
    void entitiesWithoutADimensionNamesEveryDimensionItTakes() throws Exception {
        var r = server.get("/api/entities?prefix=mac");
        assertEquals(400, r.statusCode());
        for (String dim : List.of("persons", "countries", "organizations", "languages", "sources")) {
            assertTrue(r.body().contains(dim), r.body());
        }
    }

    @Test
    void anArticleIdWithASlashTypedUnencodedIsA404ThatShowsTheEncodedPath() throws Exception {
        var r = server.get("/api/articles/corpus/kremlin-us-recognition-talks.txt");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("/api/articles/corpus%2Fkremlin-us-recognition-talks.txt"), r.body());
        assertEquals(200, server.get("/api/articles/corpus%2Fkremlin-us-recognition-talks.txt").statusCode());
        assertTrue(server.get("/api/articles/corpus%2Fnone.txt").body().contains("No article has the id 'corpus/none.txt'"));
    }
}
