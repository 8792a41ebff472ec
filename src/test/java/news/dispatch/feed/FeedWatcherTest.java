package news.dispatch.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.dispatch.entity.Entities;
import news.dispatch.index.LiveIndexWriter;

/**
 * The watcher in-process against a real server: a feed that stalls does not hold up the others, and every bad feed
 * (500, an HTML page, invalid XML, a feed served with the wrong content type) is reported on its own while the good
 * ones are indexed. Entities are left out (an extractor that finds none) to keep the test quick.
 */
class FeedWatcherTest {
    @TempDir
    Path dir;

    static final String RSS = """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Good</title><link>https://good.example/</link>
            <description>d</description><item><title>Talks in Geneva</title><link>https://good.example/1</link>
            <pubDate>Mon, 30 Nov 2026 10:00:00 GMT</pubDate><description>Talks resumed.</description></item>
            </channel></rss>""";

    @Test
    void aStalledFeedHoldsUpNobodyAndBadFeedsAreReportedOneByOne() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
        try (FeedFixtureServer server = new FeedFixtureServer();
             LiveIndexWriter index = LiveIndexWriter.open(dir.resolve("index"), text -> Entities.NONE)) {
            server.route("/stall.xml", ex -> server.stallUntilClosed());
            server.serve("/good.xml", "application/rss+xml", RSS);
            server.serve("/plain.xml", "application/octet-stream", RSS.replace("good.example/1", "good.example/2"));
            server.route("/error.xml", ex -> FeedFixtureServer.send(ex, 500, "text/plain", "oops"));
            server.serve("/page.xml", "text/html", Fixtures.text("page.html"));
            server.serve("/broken.xml", "text/xml", Fixtures.text("broken.xml"));
            List<String> paths = List.of("/stall.xml", "/good.xml", "/plain.xml", "/error.xml", "/page.xml",
                    "/broken.xml");
            // The stall outlasts the test: a 10-minute timeout, released only when the server closes.
            HttpSettings http = new HttpSettings(Duration.ofMinutes(10), 1 << 20, 3, 1, Duration.ofMillis(10), "t");
            try (FeedWatcher watcher = new FeedWatcher(paths.stream().map(server::uri).toList(), List.of(), index, http,
                    FeedStateFile.besideIndex(dir.resolve("index")), out)) {
                watcher.start(Duration.ofHours(1));
                long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
                while (System.nanoTime() < deadline && watcher.statuses().stream().skip(1)
                        .anyMatch(s -> s.lastPoll() == null)) {
                    Thread.sleep(50);
                }
                List<FeedStatus> s = watcher.statuses();
                assertNull(s.get(0).lastPoll(), "the stalled feed is still being fetched");
                assertEquals("ok", s.get(1).status(), s.get(1).toString());
                assertEquals(1, s.get(1).added());
                assertEquals("ok", s.get(2).status(), "a feed with the wrong content type is still read");
                assertEquals("failed", s.get(3).status());
                assertEquals("HTTP 500 (2 attempts)", s.get(3).message());
                assertTrue(s.get(4).message().contains("HTML page"), s.get(4).message());
                assertTrue(s.get(5).message().startsWith("not a readable feed"), s.get(5).message());
                assertEquals(2, index.articles());
            }
        }
        String report = log.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("/good.xml: 1 items: 1 new"), report);
        assertFalse(report.contains("Exception"), report);
    }
}
