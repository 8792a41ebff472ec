package news.dispatch.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import news.dispatch.corpus.Article;

/** RSS 2.0, RSS 1.0 and Atom 1.0 as outlets publish them, and the hostile and broken feeds, read into articles. */
class FeedReadingTest {
    static final Instant NOW = Instant.parse("2026-11-30T20:00:00Z");

    static List<Article> articles(String fixture, String feedUrl, List<String> problems) throws Exception {
        URI uri = URI.create(feedUrl);
        ParsedFeed feed = FeedParser.parse(Fixtures.text(fixture).getBytes(StandardCharsets.UTF_8), "application/xml", uri);
        return FeedArticles.of(feed, uri, NOW, problems::add);
    }

    @Test
    void rss2AsOutletsPublishIt() throws Exception {
        List<String> problems = new ArrayList<>();
        List<Article> a = articles("rss2-outlet.xml", "https://news.example.org/rss", problems);
        assertEquals(5, a.size(), a.toString()); // the empty item is skipped
        Article first = a.get(0);
        assertEquals("https://news.example.org/rss#news-example-4711", first.id(), "a bare guid is scoped to its feed");
        assertEquals("Kenya and Tanzania sign border accord", first.title(), "HTML in a CDATA title becomes text");
        assertTrue(first.body().startsWith("NAIROBI (Dispatch) - Kenya and Tanzania"), first.body());
        assertTrue(first.body().contains("a decade of disputes"), "content:encoded wins over the teaser, &nbsp; read");
        assertFalse(first.body().contains("alert"), "scripts are not text");
        assertEquals(Instant.parse("2026-11-30T14:05:00Z"), first.date());
        assertEquals("World News & Analysis", first.source());
        assertEquals("en", first.language());

        Article relative = a.get(1);
        assertEquals("https://news.example.org/business/markets-rally?id=7", relative.id(),
                "no guid: the canonical link, tracking parameters and fragment removed");
        assertTrue(relative.url().startsWith("https://news.example.org/business/markets-rally"), "relative link resolved");
        assertEquals("Stocks rose in New York on Monday.", relative.body(), "escaped HTML description");
        assertEquals(Instant.parse("2026-11-30T14:00:00Z"), relative.date(), "numeric zone offset");

        assertEquals("A dateless item — with entities & more", a.get(2).title());
        assertNull(a.get(2).date());
        assertNull(a.get(3).date(), "a date in 2150 is not kept");
        assertTrue(a.get(4).title().startsWith("An item with no title"), "title from the text");
        assertTrue(a.get(4).id().startsWith("https://news.example.org/rss#sha256:"), "no guid, no link: a content hash");

        assertTrue(problems.stream().anyMatch(p -> p.contains("no date")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("absurd date 2150")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("item 6") && p.contains("skipped")), problems.toString());
    }

    @Test
    void rss1RdfAndAtom() throws Exception {
        List<String> problems = new ArrayList<>();
        List<Article> rdf = articles("rss1-rdf.xml", "https://rdf.example.net/index.rdf", problems);
        assertEquals(1, rdf.size());
        assertEquals("https://rdf.example.net/a1", rdf.get(0).id());
        assertEquals(Instant.parse("2026-11-29T17:30:00Z"), rdf.get(0).date());

        List<Article> atom = articles("atom.xml", "https://atom.example.com/news/feed.atom", problems);
        assertEquals(2, atom.size());
        assertEquals("tag:atom.example.com,2026:summit", atom.get(0).id());
        assertEquals("https://atom.example.com/news/2026/11/summit", atom.get(0).url(), "xml:base / relative link");
        assertEquals("Leaders of the European Union met in Brussels.", atom.get(0).body());
        assertEquals(Instant.parse("2026-11-30T10:00:00Z"), atom.get(0).date(), "published before updated");
        assertEquals("Atom Daily", atom.get(0).source());
        assertEquals("Talks resume in Doha", atom.get(1).title());
        assertEquals(Instant.parse("2026-11-29T08:00:00Z"), atom.get(1).date(), "updated when not published");
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void brokenEmptyAndHtmlFeeds() throws Exception {
        var empty = FeedParser.parse(Fixtures.text("empty.xml").getBytes(StandardCharsets.UTF_8), null, null);
        assertTrue(empty.items().isEmpty());
        var html = assertThrows(FeedParser.NotAFeed.class, () -> FeedParser.parse(
                Fixtures.text("page.html").getBytes(StandardCharsets.UTF_8), "text/html", null));
        assertTrue(html.getMessage().contains("HTML page"), html.getMessage());
        assertThrows(FeedParser.NotAFeed.class, () -> FeedParser.parse(
                Fixtures.text("broken.xml").getBytes(StandardCharsets.UTF_8), "text/xml", null));
        assertThrows(FeedParser.NotAFeed.class, () -> FeedParser.parse(new byte[0], "text/xml", null));
    }

    @Test
    void idsFromLinksDropTrackingOnly() {
        assertEquals("https://example.com/a?id=3&page=2",
                ItemIds.canonicalLink("HTTPS://Example.COM:443/a?utm_source=x&id=3&fbclid=y&page=2#top"));
        assertEquals("https://example.com/", ItemIds.canonicalLink("https://example.com"));
        assertEquals("urn:uuid:1", ItemIds.of(new FeedItem("urn:uuid:1", "https://e.com/x", "t", "b", null, null),
                "https://e.com/feed"));
    }

    @Test
    void anItemsCreatorOrAuthorIsTheArticlesAuthor() throws Exception {
        List<String> problems = new ArrayList<>();
        assertEquals("Jane Mwangi", articles("rss2-outlet.xml", "https://news.example.org/rss", problems).get(0).author());
        assertEquals("Pierre Dupont", articles("atom.xml", "https://atom.example.com/news/feed.atom", problems).get(0)
                .author());
    }

    @Test
    void aFeedItemsDateFollowsTheSameRuleAsAFilesDate() throws Exception {
        String rss = """
                <rss version="2.0"><channel><title>Archive</title>
                <item><guid>a</guid><title>From 1995</title><description>Old news.</description>
                  <pubDate>Tue, 14 Feb 1995 10:00:00 GMT</pubDate></item>
                <item><guid>b</guid><title>The epoch</title><description>No date really.</description>
                  <pubDate>Thu, 01 Jan 1970 00:00:00 GMT</pubDate></item>
                </channel></rss>""";
        URI uri = URI.create("https://archive.example.org/rss");
        List<String> problems = new ArrayList<>();
        List<Article> a = FeedArticles.of(FeedParser.parse(rss.getBytes(StandardCharsets.UTF_8), "application/xml", uri),
                uri, NOW, problems::add);
        assertEquals(Instant.parse("1995-02-14T10:00:00Z"), a.get(0).date(), "an archive's date after 1900 is a date");
        assertNull(a.get(1).date(), "a timestamp of 0 is no date");
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("item 2") && p.contains("absurd date")), problems.toString());
    }
}
