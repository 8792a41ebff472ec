package news.dispatch.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.javalin.Javalin;
import news.dispatch.TestIndexes;
import news.dispatch.search.LuceneSearcher;
import news.dispatch.search.NewsSearcher;
import news.dispatch.web.DispatchServer;
import news.dispatch.web.TestServer;

/**
 * Articles that carry markup and script, and requests that try to leave the page's folder: the API hands out
 * article text as escaped HTML with {@code <mark>} as the only markup, no file outside {@code web/} is served,
 * and every answer carries the security headers and no CORS permission.
 */
class HostileContentTest {
    static final String SECRET = "secret-beside-the-web-folder";
    static final String HOSTILE = """
            {"id": "h1", "title": "<script>alert('title')</script> Kremlin <b>talks</b> &amp; more", \
            "body": "Moscow said <img src=x onerror=alert('body')> the Kremlin would talk. &lt;script&gt; stays text. \
            <a href=\\"javascript:alert(1)\\">click</a> and <svg onload=alert(2)></svg> Kremlin again.", \
            "date": "2022-12-02", "source": "<b onmouseover=alert('source')>Evil Wire</b>", \
            "url": "javascript:alert(document.cookie)"}
            {"id": "h2", "title": "Plain &quot;entities&quot; &#60;Kremlin&#62; &lt;/mark&gt;", \
            "body": "The Kremlin text with </mark><mark> fake marks and \\u0000 a NUL.", "date": "2022-12-03"}
            """;

    @TempDir
    static Path dir;
    static NewsSearcher searcher;
    static Javalin app;
    static String url;

    @BeforeAll
    static void start() throws Exception {
        Path index = dir.resolve("index");
        TestIndexes.build(index, corpus());
        serve(LuceneSearcher.open(index));
    }

    /** The hostile articles, and a web folder with secrets beside it (the cluster twin indexes the same articles). */
    static Path corpus() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("hostile.jsonl"), HOSTILE);
        Path web = Files.createDirectories(dir.resolve("site/web"));
        Files.writeString(web.resolve("index.html"), "<!doctype html><title>Dispatch</title>");
        Files.writeString(dir.resolve("site/secret.txt"), SECRET);
        Files.writeString(dir.resolve("secret.txt"), SECRET);
        return corpus;
    }

    /** Serves {@code backend} with the web folder {@link #corpus()} wrote. */
    static void serve(NewsSearcher backend) {
        searcher = backend;
        app = DispatchServer.create(searcher, dir.resolve("site/web")).start("127.0.0.1", 0);
        url = "http://127.0.0.1:" + app.port();
    }

    @AfterAll
    static void stop() throws Exception {
        app.stop();
        searcher.close();
    }

    /** What is left of an HTML fragment once the allowed {@code <mark>} tags are taken out: must hold no tag. */
    static void assertOnlyMarkIsMarkup(String html) {
        String rest = html.replace("<mark>", "").replace("</mark>", "");
        assertFalse(rest.contains("<") || rest.contains(">"), () -> "markup other than <mark> in: " + html);
    }

    static JsonNode get(String target) throws Exception {
        RawHttp r = RawHttp.get(url, target);
        assertEquals(200, r.status(), r.body());
        return TestServer.parse(r.body());
    }

    @Test
    void titlesAndSnippetsAreEscapedWithMarkAsTheOnlyMarkup() throws Exception {
        JsonNode r = get("/api/search?q=Kremlin");
        assertEquals(2, r.get("total").asInt());
        for (JsonNode hit : r.get("hits")) {
            assertOnlyMarkIsMarkup(hit.get("title").asText());
            for (JsonNode s : hit.get("snippets")) assertOnlyMarkIsMarkup(s.asText());
            assertTrue(hit.toString().contains("<mark>Kremlin</mark>"), hit.toString());
        }
        JsonNode h1 = hitById(r, "h1");
        assertTrue(h1.get("title").asText().contains("&lt;script&gt;alert("), h1.toString());
        assertTrue(h1.get("snippets").toString().contains("&lt;img src=x onerror=alert("), h1.toString());
        // The article's own entities are text: "&amp;" in the source is shown as "&amp;", not as "&".
        assertTrue(h1.get("title").asText().contains("&amp;amp; more"), h1.toString());
        JsonNode h2 = hitById(r, "h2");
        // Unescaped once, the title is exactly what the article says, its entities and fake marks as plain text.
        String shown = h2.get("title").asText().replace("<mark>", "").replace("</mark>", "");
        assertEquals("Plain &quot;entities&quot; &#60;Kremlin&#62; &lt;/mark&gt;",
                org.jsoup.parser.Parser.unescapeEntities(shown, false));
        assertFalse(h2.get("snippets").toString().contains("</mark><mark> fake"), h2.toString());
    }

    @Test
    void anEmptyQueryShowsTheOpeningEscapedToo() throws Exception {
        for (JsonNode hit : get("/api/search").get("hits")) {
            assertOnlyMarkIsMarkup(hit.get("title").asText());
            for (JsonNode s : hit.get("snippets")) assertOnlyMarkIsMarkup(s.asText());
        }
    }

    @Test
    void sourceAndUrlAreDataInJsonNeverServedAsAPage() throws Exception {
        RawHttp r = RawHttp.get(url, "/api/articles/h1");
        assertEquals(200, r.status());
        assertTrue(r.header("Content-Type").startsWith("application/json"), r.header("Content-Type"));
        assertEquals("nosniff", r.header("X-Content-Type-Options"));
        JsonNode a = TestServer.parse(r.body());
        // Plain values for the page to put in as text (textContent), never as HTML: kept exactly as written.
        assertEquals("<b onmouseover=alert('source')>Evil Wire</b>", a.get("source").asText());
        assertEquals("javascript:alert(document.cookie)", a.get("url").asText());
    }

    static JsonNode hitById(JsonNode response, String id) {
        for (JsonNode hit : response.get("hits")) if (hit.get("id").asText().equals(id)) return hit;
        throw new AssertionError("no hit " + id + " in " + response);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/../secret.txt", "/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt",
            "/..%2fsecret.txt", "/..%2Fsecret.txt", "/%2e%2e%2fsecret.txt", "/%252e%252e/secret.txt",
            "/%252e%252e%252fsecret.txt", "/..%5csecret.txt", "/..\\secret.txt", "/.%2e/secret.txt",
            "/index.html/../../secret.txt", "//../secret.txt", "/..;/secret.txt", "/%c0%ae%c0%ae/secret.txt",
            "/web/../secret.txt", "/./../secret.txt", "/%2e%2e/%2e%2e/pom.xml", "/../pom.xml", "/..%2fpom.xml",
            "/file:///etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd"})
    void noPathOutsideTheWebFolderIsServed(String target) throws Exception {
        RawHttp r = RawHttp.get(url, target);
        assertFalse(r.body().contains(SECRET), () -> target + " served the file beside web/");
        assertFalse(r.body().contains("<artifactId>") || r.body().contains("root:x:0:0"), () -> target + " leaked");
        assertTrue(r.status() == 400 || r.status() == 404, () -> target + " answered " + r.status() + ": " + r.body());
        assertTrue(String.valueOf(r.header("Content-Type")).startsWith("application/json"), () -> target + ": "
                + r.header("Content-Type") + " " + r.body());
    }

    @Test
    void thePageItselfIsServed() throws Exception {
        RawHttp r = RawHttp.get(url, "/");
        assertEquals(200, r.status());
        assertTrue(r.body().contains("<title>Dispatch</title>"));
        assertRestrictive(r.header("Content-Security-Policy"));
        assertEquals("nosniff", r.header("X-Content-Type-Options"));
    }

    /** Scripts only from the page's own files: no inline script, no eval, nothing from elsewhere. */
    static void assertRestrictive(String csp) {
        assertTrue(csp != null && csp.contains("default-src 'self'") && csp.contains("script-src 'self'")
                && csp.contains("object-src 'none'"), () -> "CSP: " + csp);
        assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval") || csp.contains("*"), csp);
    }

    @Test
    void noAnswerGrantsCrossOriginAccessEvenWhenAsked() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : new String[]{"/api/search?q=Kremlin", "/api/articles/h1", "/api/stats", "/", "/nothing"}) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + path))
                    .header("Origin", "http://evil.example").build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), path);
            assertTrue(r.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), path);
            assertRestrictive(r.headers().firstValue("Content-Security-Policy").orElse(null));
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
        }
        HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(URI.create(url + "/api/search"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "http://evil.example")
                .header("Access-Control-Request-Method", "GET").build(), HttpResponse.BodyHandlers.ofString());
        assertNull(preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(preflight.statusCode() >= 400 && preflight.statusCode() < 500, "preflight: " + preflight.statusCode());
    }
}
