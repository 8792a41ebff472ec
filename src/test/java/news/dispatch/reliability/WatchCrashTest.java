package news.dispatch.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import news.dispatch.feed.FeedFixtureServer;
import news.dispatch.web.TestServer;

/**
 * {@code dispatch watch} as a user runs it, in a child JVM against a real local feed server: killed with SIGKILL
 * while it polls a changing feed and started again, the index holds every item exactly once, an edited item is
 * updated in place, and the saved validators make the next poll a 304. {@code serve --watch} shows its feeds in
 * {@code /api/stats}.
 */
class WatchCrashTest {
    static final Duration LIMIT = Duration.ofMinutes(3);

    @TempDir
    Path dir;

    /** An RSS feed of items {@code 1..n}, served with an ETag of its content (304 when it matches). */
    static void serveFeed(FeedFixtureServer server, String path, AtomicReference<String> body) {
        server.route(path, ex -> {
            String feed = body.get();
            String etag = "\"" + sha(feed) + "\"";
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
                return;
            }
            ex.getResponseHeaders().set("ETag", etag);
            FeedFixtureServer.send(ex, 200, "application/rss+xml; charset=utf-8", feed);
        });
    }

    static String rss(int n, String editedTitle) {
        StringBuilder items = new StringBuilder();
        IntStream.rangeClosed(1, n).forEach(i -> items.append("<item><title>")
                .append(i == 1 && editedTitle != null ? editedTitle : "Minister visits Nairobi, report " + i)
                .append("</title><link>https://wire.example/story/").append(i).append("?utm_source=rss</link>")
                .append("<pubDate>Mon, 30 Nov 2026 10:00:00 GMT</pubDate><description>Report number ").append(i)
                .append(" on talks between Kenya and Ethiopia.</description></item>\n"));
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title><link>https://wire.example/"
                + "</link><description>d</description>" + items + "</channel></rss>";
    }

    @Test
    void aKilledWatchLosesNothingAndDuplicatesNothing() throws Exception {
        Path index = dir.resolve("index");
        AtomicReference<String> feed = new AtomicReference<>(rss(60, null));
        try (FeedFixtureServer server = new FeedFixtureServer()) {
            serveFeed(server, "/wire.xml", feed);
            String url = server.uri("/wire.xml").toString();
            try (ChildJvm watch = ChildJvm.start("watch", "--feed", url, "--index", index.toString(), "--every", "1s")) {
                assertTrue(watch.awaitStderr("60 items: 60 new", LIMIT), watch.stderr());
                // The feed changes under the running watcher (an edit and 30 new items), and it is killed whenever
                // that finds it: before, during or after its next poll.
                feed.set(rss(90, "Minister visits Nairobi, report 1 (updated)"));
                assertTrue(watch.awaitStderr("90 items", Duration.ofSeconds(1)) || watch.isAlive(), watch.stderr());
                watch.kill();
            }
            try (ChildJvm again = ChildJvm.awaitEnd(ChildJvm.start("watch", "--feed", url, "--index",
                    index.toString(), "--once"), LIMIT)) {
                assertEquals(0, again.exitCode(), again.stderr());
            }
            List<String> ids = IndexedIds.inIndex(index);
            assertEquals(ids.size(), new HashSet<>(ids).size(), "an item is in the index twice");
            assertEquals(90, ids.size());
            assertTrue(ids.contains("https://wire.example/story/1"), "ids are links without tracking: " + ids.get(0));
            try (TestServer search = TestServer.serve(index)) {
                JsonNode hit = search.json("/api/search?q=%22report+1+updated%22").get("hits").get(0);
                assertTrue(hit.toString().contains("updated"), hit.toString());
            }
            int before = server.hits("/wire.xml");
            try (ChildJvm third = ChildJvm.awaitEnd(ChildJvm.start("watch", "--feed", url, "--index",
                    index.toString(), "--once"), LIMIT)) {
                assertTrue(third.stderr().contains("not modified (HTTP 304)"), third.stderr());
            }
            assertEquals(before + 1, server.hits("/wire.xml"));
        }
    }

    @Test
    void serveWatchShowsEachFeedInStats() throws Exception {
        Path index = dir.resolve("index");
        try (FeedFixtureServer feeds = new FeedFixtureServer()) {
            serveFeed(feeds, "/good.xml", new AtomicReference<>(rss(5, null)));
            feeds.route("/broken.xml", ex -> FeedFixtureServer.send(ex, 200, "text/html",
                    "<!DOCTYPE html><html><body>Not a feed</body></html>"));
            Path list = Files.writeString(dir.resolve("feeds.txt"), "# followed\n" + feeds.uri("/good.xml") + "\n"
                    + feeds.uri("/broken.xml") + "\n");
            int port = ChildJvm.freePort();
            try (ChildJvm serve = ChildJvm.start("serve", "--watch", list.toString(), "--index", index.toString(),
                    "--port", String.valueOf(port), "--every", "1m")) {
                assertTrue(serve.awaitStderr("Dispatch is serving", LIMIT), serve.stderr());
                assertTrue(serve.awaitStderr("5 items: 5 new", LIMIT), serve.stderr());
                JsonNode stats = awaitStats(port, 5);
                JsonNode good = stats.get("feeds").get(0);
                assertEquals(feeds.uri("/good.xml").toString(), good.get("url").asText());
                assertTrue(List.of("ok", "not modified").contains(good.get("status").asText()), good.toString());
                assertEquals(5, good.get("items").asInt());
                assertEquals(5, good.get("added").asInt());
                assertTrue(good.get("last_poll").asText().startsWith("20"), good.toString());
                JsonNode broken = stats.get("feeds").get(1);
                assertEquals("failed", broken.get("status").asText());
                assertTrue(broken.get("message").asText().contains("HTML page"), broken.toString());
            }
        }
    }

    /** /api/stats once the server's searcher sees {@code articles} articles (it refreshes every 2 s). */
    static JsonNode awaitStats(int port, int articles) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + LIMIT.toNanos();
        JsonNode stats = null;
        while (System.nanoTime() < deadline) {
            String body = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/stats"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            stats = TestServer.parse(body);
            if (stats.get("articles").asInt() == articles && stats.get("feeds").get(1).hasNonNull("last_poll")) {
                return stats;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("stats never showed " + articles + " articles: " + stats);
    }

    static String sha(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)), 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
