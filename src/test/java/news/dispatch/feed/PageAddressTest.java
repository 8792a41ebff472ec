package news.dispatch.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.dispatch.entity.Entities;
import news.dispatch.index.LiveIndexWriter;
import news.dispatch.index.Schema;

/**
 * {@code watch --fetch-pages} never reads inside the network by default: a feed's links to loopback addresses, to a
 * name resolving to one, or redirects to such addresses and to the metadata service get no request, and the item
 * keeps its feed's text. The feed itself is the user's own address and is read wherever it is (here 127.0.0.1).
 */
class PageAddressTest {
    static final String SUMMARY = "Talks resumed.";
    static final String ARTICLE = "Negotiators met in Geneva on Monday for a third round of talks.";
    static final String PAGE = "<html><body><article><p>" + ARTICLE + "</p></article></body></html>";

    @TempDir
    Path dir;

    final ByteArrayOutputStream log = new ByteArrayOutputStream();

    static String rss(String... links) {
        StringBuilder items = new StringBuilder();
        int n = 0;
        for (String link : links) {
            items.append("<item><title>Talks ").append(++n).append("</title><link>").append(link)
                    .append("</link><guid>g").append(n).append("</guid><description>").append(SUMMARY)
                    .append("</description></item>");
        }
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Outlet</title>" + items + "</channel></rss>";
    }

    /** Polls the feed at {@code server}'s /feed.xml once, pages read under {@code guard}. */
    void pollOnce(FeedFixtureServer server, AddressGuard guard) throws Exception {
        HttpSettings settings = new HttpSettings(Duration.ofSeconds(30), 1 << 20, 3, 0, Duration.ofMillis(10), "t");
        try (LiveIndexWriter index = LiveIndexWriter.open(dir.resolve("index"), text -> Entities.NONE);
             FeedWatcher w = new FeedWatcher(List.of(server.uri("/feed.xml")), List.of(), index, settings,
                     FeedStateFile.besideIndex(dir.resolve("index")), new PrintStream(log, true, StandardCharsets.UTF_8))
                     .readingPages(new PageFetcher(settings, Duration.ofMillis(1), guard),
                             FetchedPages.besideIndex(dir.resolve("index")))) {
            w.pollOnce();
        }
    }

    /** Indexed bodies by url. */
    Map<String, String> bodies() throws Exception {
        Map<String, String> byUrl = new HashMap<>();
        try (var d = FSDirectory.open(dir.resolve("index")); var reader = DirectoryReader.open(d)) {
            for (int i = 0; i < reader.maxDoc(); i++) {
                var doc = reader.storedFields().document(i);
                byUrl.put(doc.get(Schema.URL), doc.get(Schema.BODY));
            }
        }
        return byUrl;
    }

    String report() {
        return log.toString(StandardCharsets.UTF_8);
    }

    static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    @Test
    void aLinkToALoopbackAddressOrANameResolvingToOneGetsNoRequestAndTheItemKeepsItsSummary() throws Exception {
        try (FeedFixtureServer server = new FeedFixtureServer()) {
            int port = server.uri("/").getPort();
            String byNumber = server.uri("/a1").toString();
            String byName = "http://localhost:" + port + "/a2";
            String byDecimal = "http://2130706433:" + port + "/a3";
            String byMapped = "http://[::ffff:127.0.0.1]:" + port + "/a4";
            server.serve("/feed.xml", "application/rss+xml", rss(byNumber, byName, byDecimal, byMapped));
            for (String p : List.of("/a1", "/a2", "/a3", "/a4")) server.serve(p, "text/html", PAGE);
            pollOnce(server, AddressGuard.refusingPrivate());
            assertEquals(1, server.hits("/feed.xml"), "the user's own feed address is read: " + report());
            for (String p : List.of("/robots.txt", "/a1", "/a2", "/a3", "/a4")) assertEquals(0, server.hits(p), p);
            Map<String, String> bodies = bodies();
            assertEquals(4, bodies.size(), report());
            for (String link : List.of(byNumber, byName)) assertEquals(SUMMARY, bodies.get(link), link);
            assertTrue(report().contains("/a1: page not fetched: 127.0.0.1 is a loopback address"), report());
            assertTrue(report().contains("resolves to 127.0.0.1, which is a loopback address"), report());
        }
    }

    @Test
    void aRedirectFromAnAllowedSiteToTheMetadataServiceOrALoopbackAddressIsNotFollowed() throws Exception {
        try (FeedFixtureServer server = new FeedFixtureServer(); FeedFixtureServer inside = new FeedFixtureServer()) {
            server.serve("/feed.xml", "application/rss+xml",
                    rss(server.uri("/meta").toString(), server.uri("/inside").toString(),
                            server.uri("/by-name").toString(), server.uri("/hex").toString()));
            server.route("/meta", ex -> redirect(ex, "http://169.254.169.254/latest/meta-data/iam/"));
            server.route("/inside", ex -> redirect(ex, inside.uri("/secret").toString()));
            server.route("/by-name", ex -> redirect(ex, "http://localhost:" + inside.uri("/").getPort() + "/secret"));
            server.route("/hex", ex -> redirect(ex, "http://0x7f.0.0.1:" + inside.uri("/").getPort() + "/secret"));
            inside.serve("/secret", "text/html", PAGE);
            // The feed's own site is let through as a trusted fixture; the address it redirects to is not.
            pollOnce(server, AddressGuard.refusingPrivate().trusting(server.uri("/")));
            assertEquals(1, server.hits("/meta"), report());
            assertEquals(1, server.hits("/inside"), report());
            assertEquals(0, inside.hits("/secret"), report());
            assertEquals(0, inside.hits("/robots.txt"), report());
            assertTrue(bodies().values().stream().allMatch(SUMMARY::equals), bodies().toString());
            assertTrue(report().contains("169.254.169.254 is a cloud metadata address"), report());
            assertTrue(report().contains("(redirected to http://169.254.169.254/latest/meta-data/iam/)"), report());
        }
    }

    @Test
    void aRedirectToAnotherSiteObeysThatSitesRobotsTxt() throws Exception {
        try (FeedFixtureServer server = new FeedFixtureServer(); FeedFixtureServer other = new FeedFixtureServer()) {
            server.serve("/feed.xml", "application/rss+xml", rss(server.uri("/moved").toString()));
            server.route("/moved", ex -> redirect(ex, other.uri("/private/a1").toString()));
            other.serve("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
            other.serve("/private/a1", "text/html", PAGE);
            pollOnce(server, AddressGuard.allowingPrivate());
            assertEquals(1, server.hits("/moved"), report());
            assertEquals(1, other.hits("/robots.txt"), report());
            assertEquals(0, other.hits("/private/a1"), report());
            assertEquals(SUMMARY, bodies().get(server.uri("/moved").toString()));
            assertTrue(report().contains("robots.txt disallows it"), report());
        }
    }

    @Test
    void aRedirectToAnAllowedSiteIsFollowedAndItsArticleIndexed() throws Exception {
        try (FeedFixtureServer server = new FeedFixtureServer(); FeedFixtureServer other = new FeedFixtureServer()) {
            server.serve("/feed.xml", "application/rss+xml", rss(server.uri("/moved").toString()));
            server.route("/moved", ex -> redirect(ex, other.uri("/a1").toString()));
            other.serve("/a1", "text/html", PAGE);
            pollOnce(server, AddressGuard.allowingPrivate());
            assertEquals(1, other.hits("/robots.txt"), "the second site's robots.txt is asked: " + report());
            assertEquals(ARTICLE, bodies().get(server.uri("/moved").toString()));
        }
    }

    static void redirect(com.sun.net.httpserver.HttpExchange ex, String location) throws java.io.IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(302, -1);
    }
}
