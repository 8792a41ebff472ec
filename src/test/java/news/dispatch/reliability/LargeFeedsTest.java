package news.dispatch.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.dispatch.feed.FeedFixtureServer;

/**
 * Many large feeds polled at once fit the heap: the feeds fetched and parsed together are bounded by the memory they
 * take, not by their number. A child JVM with a small heap (the entity model takes most of it) reads 30 feeds of
 * 5 MB each, all served at once.
 */
class LargeFeedsTest {
    static final Duration LIMIT = Duration.ofMinutes(5);
    static final int FEEDS = 30;

    @TempDir
    Path dir;

    /** A 5 MB feed of three items: most of it is an element no reader uses (a site's padding, say). */
    static byte[] largeFeed(int n) {
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:x=\"urn:pad\"><channel>"
                + "<title>Outlet ").append(n).append("</title><x:pad>");
        rss.append("padding ".repeat(5 * 1024 * 1024 / 8));
        rss.append("</x:pad>");
        for (int i = 0; i < 3; i++) {
            rss.append("<item><title>Talks ").append(n).append('.').append(i).append("</title><guid>g").append(n)
                    .append('.').append(i).append("</guid><pubDate>Mon, 30 Nov 2026 10:00:00 GMT</pubDate>")
                    .append("<description>Talks resumed.</description></item>");
        }
        return rss.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void thirtyFeedsOfFiveMegabytesArePolledAtOnceInASmallHeap() throws Exception {
        try (FeedFixtureServer server = new FeedFixtureServer()) {
            List<String> urls = new ArrayList<>();
            for (int n = 0; n < FEEDS; n++) {
                byte[] body = largeFeed(n);
                String path = "/feed" + n + ".xml";
                server.route(path, ex -> {
                    ex.getResponseHeaders().set("Content-Type", "application/rss+xml");
                    ex.sendResponseHeaders(200, body.length);
                    try (OutputStream out = ex.getResponseBody()) {
                        out.write(body);
                    }
                });
                urls.add(server.uri(path).toString());
            }
            Path list = Files.writeString(dir.resolve("feeds.txt"), String.join("\n", urls) + "\n");
            try (ChildJvm watch = ChildJvm.awaitEnd(ChildJvm.startWithHeap("256m", "watch", "--feeds", list.toString(),
                    "--index", dir.resolve("index").toString(), "--once"), LIMIT)) {
                String err = watch.stderr();
                assertFalse(err.contains("OutOfMemoryError") || err.contains("out of memory"), err);
                assertEquals(0, watch.exitCode(), err);
                assertEquals(FEEDS, err.lines().filter(l -> l.contains(": 3 items: 3 new")).count(), err);
            }
            assertTrue(Files.readString(dir.resolve("index.feeds.json")).contains("\"ok\""));
        }
    }
}
