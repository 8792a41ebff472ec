package news.dispatch.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.dispatch.entity.Entities;
import news.dispatch.index.LiveIndexWriter;
import news.dispatch.index.Schema;

/**
 * {@code watch --fetch-pages} against a real local server: a new item's linked page replaces the feed's summary
 * with its article text, read once per version of the item, politely (robots.txt, one request at a time per site
 * with a pause between, a size cap, a timeout) and never at the cost of the item itself.
 */
class PageFetchingTest {
    static final String SUMMARY = "Talks resumed.";
    static final String ARTICLE = "Negotiators met in Geneva on Monday for a third round of talks on the ceasefire.";
    static final String PAGE = "<html><head><title>Talks</title></head><body><nav>Home | World | Sport</nav>"
            + "<article><h1>Talks in Geneva</h1><p>" + ARTICLE + "</p></article><footer>© Outlet</footer></body></html>";

    /** The fixtures are served on 127.0.0.1: these tests opt in as a trusted intranet would. */
    static final AddressGuard LOCAL = AddressGuard.allowingPrivate();

    @TempDir
    Path dir;

    final ByteArrayOutputStream log = new ByteArrayOutputStream();

    static String rss(FeedFixtureServer server, String... pagePaths) {
        StringBuilder items = new StringBuilder();
        for (String p : pagePaths) {
            items.append("<item><title>Talks ").append(p).append("</title><link>").append(server.uri(p))
                    .append("</link><guid>").append(p).append("</guid><pubDate>Mon, 30 Nov 2026 10:00:00 GMT</pubDate>")
                    .append("<description>").append(SUMMARY).append("</description></item>");
        }
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Outlet</title>" + items + "</channel></rss>";
    }

    FeedWatcher watcher(FeedFixtureServer server, LiveIndexWriter index, HttpSettings pages, Duration delay)
            throws Exception {
        return watcher(server, List.of("/feed.xml"), index, pages, delay);
    }

    FeedWatcher watcher(FeedFixtureServer server, List<String> feedPaths, LiveIndexWriter index, HttpSettings pages,
                        Duration delay) throws Exception {
        HttpSettings feeds = new HttpSettings(Duration.ofSeconds(30), 1 << 20, 3, 0, Duration.ofMillis(10), "t");
        return new FeedWatcher(feedPaths.stream().map(server::uri).toList(), List.of(), index, feeds,
                FeedStateFile.besideIndex(dir.resolve("index")), new PrintStream(log, true, StandardCharsets.UTF_8))
                .readingPages(new PageFetcher(pages, delay, LOCAL), FetchedPages.besideIndex(dir.resolve("index")));
    }

    static HttpSettings pages(Duration timeout, long maxBytes) {
        return new HttpSettings(timeout, maxBytes, 3, 0, Duration.ofMillis(10), HttpSettings.USER_AGENT);
    }

    /** Indexed bodies by url. */
    Map<String, String> bodies() throws Exception {
        Map<String, String> byUrl = new HashMap<>();
        try (var d = FSDirectory.open(dir.resolve("index")); var reader = DirectoryReader.open(d)) {
            StoredFields stored = reader.storedFields();
            for (int i = 0; i < reader.maxDoc(); i++) {
                var doc = stored.document(i);
                byUrl.put(doc.get(Schema.URL), doc.get(Schema.BODY));
            }
        }
        return byUrl;
    }

    String report() {
        return log.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aNewItemIsIndexedWithItsPagesArticleTextAndThePageIsReadOncePerVersion() throws Exception {
        List<String> agents = new CopyOnWriteArrayList<>();
        try (FeedFixtureServer server = new FeedFixtureServer();
             LiveIndexWriter index = LiveIndexWriter.open(dir.resolve("index"), text -> Entities.NONE)) {
            server.serve("/feed.xml", "application/rss+xml", rss(server, "/a1"));
            server.route("/a1", ex -> {
                agents.add(ex.getRequestHeaders().getFirst("User-Agent"));
                FeedFixtureServer.send(ex, 200, "text/html; charset=utf-8", PAGE);
            });
            try (FeedWatcher w = watcher(server, index, pages(Duration.ofSeconds(30), 1 << 20), Duration.ofMillis(1))) {
                assertTrue(w.pollOnce(), report());
                assertTrue(w.pollOnce(), report());
            }
            String body = bodies().get(server.uri("/a1").toString());
            assertTrue(body.contains(ARTICLE), body);
            assertFalse(body.contains("Home | World"), "page furniture is left out: " + body);
            assertEquals(1, server.hits("/a1"), "the second poll does not fetch the page again");
            assertEquals(List.of(HttpSettings.USER_AGENT), agents);
        }
    }

    @Test
    void aPageRobotsTxtDisallowsIsNotFetchedAndTheItemKeepsTheFeedsText() throws Exception {
        try (FeedFixtureServer server = new FeedFixtureServer();
             LiveIndexWriter index = LiveIndexWriter.open(dir.resolve("index"), text -> Entities.NONE)) {
            server.serve("/feed.xml", "application/rss+xml", rss(server, "/private/a1", "/a2"));
            server.serve("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
            server.serve("/private/a1", "text/html", PAGE);
            server.serve("/a2", "text/html", PAGE);
            try (FeedWatcher w = watcher(server, index, pages(Duration.ofSeconds(30), 1 << 20), Duration.ofMillis(1))) {
                w.pollOnce();
            }
            assertEquals(0, server.hits("/private/a1"));
            assertEquals(1, server.hits("/a2"));
            assertEquals(SUMMARY, bodies().get(server.uri("/private/a1").toString()));
            assertTrue(report().contains("/private/a1: page not fetched: robots.txt disallows it"), report());
        }
    }

    @Test
    void oneSiteIsAskedOneRequestAtATimeWithThePauseBetweenEvenByTwoFeedsPolledTogether() throws Exception {
        Duration pause = Duration.ofMillis(300);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        // The pause is the fetcher's promise, so it is measured on the fetcher's clock: from the moment it had the
        // whole previous answer to the moment it sends the next request. The server only counts overlaps.
        List<long[]> requests = new CopyOnWriteArrayList<>();
        try (FeedFixtureServer server = new FeedFixtureServer();
             LiveIndexWriter index = LiveIndexWriter.open(dir.resolve("index"), text -> Entities.NONE)) {
            server.serve("/feed.xml", "application/rss+xml", rss(server, "/a1", "/a2"));
            server.serve("/other.xml", "application/rss+xml", rss(server, "/b1", "/b2"));
            FeedFixtureServer.Route counted = ex -> {
                mostAtOnce.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                try {
                    if (ex.getRequestURI().getPath().equals("/robots.txt")) {
                        FeedFixtureServer.send(ex, 404, "text/plain", "");
                    } else {
                        FeedFixtureServer.send(ex, 200, "text/html", PAGE);
                    }
                } finally {
                    inFlight.decrementAndGet();
                }
            };
            for (String p : List.of("/robots.txt", "/a1", "/a2", "/b1", "/b2")) server.route(p, counted);
            HttpSettings feeds = new HttpSettings(Duration.ofSeconds(30), 1 << 20, 3, 0, Duration.ofMillis(10), "t");
            PageFetcher fetcher = new PageFetcher(pages(Duration.ofSeconds(30), 1 << 20), pause, LOCAL)
                    .reportingRequestTimes((start, end) -> requests.add(new long[] {start, end}));
            try (FeedWatcher w = new FeedWatcher(List.of(server.uri("/feed.xml"), server.uri("/other.xml")), List.of(),
                    index, feeds, FeedStateFile.besideIndex(dir.resolve("index")),
                    new PrintStream(log, true, StandardCharsets.UTF_8))
                    .readingPages(fetcher, FetchedPages.besideIndex(dir.resolve("index")))) {
                assertTrue(w.pollOnce(), report());
            }
            assertEquals(5, requests.size(), "robots.txt once and four pages");
            assertEquals(5, server.hits("/robots.txt") + server.hits("/a1") + server.hits("/a2")
                    + server.hits("/b1") + server.hits("/b2"));
            assertEquals(1, mostAtOnce.get());
            List<long[]> ordered = requests.stream().sorted((a, b) -> Long.compare(a[0], b[0])).toList();
            for (int i = 1; i < ordered.size(); i++) {
                long gap = ordered.get(i)[0] - ordered.get(i - 1)[1];
                assertTrue(gap >= pause.toNanos(), "request " + i + " came " + gap / 1_000_000 + " ms after the last");
            }
        }
    }

    @Test
    void aPageOverTheSizeCapIsNotReadAgainButAStalledOneIsTriedAtTheNextPoll() throws Exception {
        try (FeedFixtureServer server = new FeedFixtureServer();
             LiveIndexWriter index = LiveIndexWriter.open(dir.resolve("index"), text -> Entities.NONE)) {
            server.serve("/feed.xml", "application/rss+xml", rss(server, "/big", "/stall"));
            server.serve("/big", "text/html", PAGE.replace(ARTICLE, ARTICLE.repeat(100)));
            server.route("/stall", ex -> server.stallUntilClosed());
            try (FeedWatcher w = watcher(server, index, pages(Duration.ofMillis(500), 4096), Duration.ofMillis(1))) {
                w.pollOnce();
                w.pollOnce();
            }
            Map<String, String> bodies = bodies();
            assertEquals(SUMMARY, bodies.get(server.uri("/big").toString()));
            assertEquals(SUMMARY, bodies.get(server.uri("/stall").toString()));
            assertEquals(1, server.hits("/big"), "too large stays too large: not asked again");
            assertEquals(2, server.hits("/stall"), "a timeout may pass: asked again at the next poll");
            assertTrue(report().contains("/big: page not fetched:"), report());
        }
    }
}
