package news.dispatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;

/**
 * Saved searches as feeds: the page's "Follow" link gives the current search's Atom feed; the feed, parsed back by
 * Rome, holds the same articles as the search newest first, with plain-text titles (hostile markup stays text),
 * stable ids and the snippets as summaries. The JSON Feed variant and {@code format=} say the same.
 */
class FollowPageTest extends PageTest {
    @Test
    void theFollowLinkGivesTheAtomFeedOfTheCurrentSearch() throws Exception {
        open("?q=Putin&sort=date");
        awaitHits(2);
        var follow = browser.find("#follow-link");
        assertEquals("Follow this search (Atom feed)", follow.getText());
        assertEquals(server.url() + "/api/search.atom?q=Putin", follow.getAttribute("href"), "no sort or page in a feed");
        browser.find("#facet-countries input[data-value='Germany']").click(); // a filter changes the feed too
        awaitHits(1);
        browser.until(d -> browser.find("#follow-link").getAttribute("href").endsWith("q=Putin&country=Germany"));

        String href = browser.find("#follow-link").getAttribute("href");
        HttpResponse<String> atom = server.get(href.substring(server.url().length()));
        assertEquals(200, atom.statusCode());
        assertTrue(atom.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        Feed feed = (Feed) new WireFeedInput().build(new StringReader(atom.body()));
        assertEquals("atom_1.0", feed.getFeedType());
        String query = URI.create(href).getRawQuery();
        assertEquals(ids(server.json("/api/search?sort=-date&" + query)), entryIds(feed));
    }

    @Test
    void theAtomFeedMatchesTheSearchNewestFirstAndKeepsMarkupAsText() throws Exception {
        String body = server.get("/api/search.atom?q=envoy").body();
        assertFalse(body.contains("<script>"), "markup from an article is escaped in the XML");
        Feed feed = (Feed) new WireFeedInput().build(new StringReader(body));
        JsonNode search = server.json("/api/search?q=envoy&sort=-date&size=20");
        assertEquals(ids(search), entryIds(feed));
        assertEquals("tag:dispatch.news,2026:search?q=envoy", feed.getId());
        assertTrue(feed.getTitle().contains("envoy"), feed.getTitle());
        Entry hostile = feed.getEntries().stream().filter(e -> e.getId().endsWith(":hostile-envoy")).findFirst()
                .orElseThrow();
        assertTrue(hostile.getTitle().startsWith("<script>window.pwned = 1</script> Envoy"), hostile.getTitle());
        assertEquals("html", hostile.getSummary().getType());
        assertTrue(hostile.getSummary().getValue().contains("<mark>"), hostile.getSummary().getValue());
        assertFalse(hostile.getSummary().getValue().contains("<b>"), "article markup stays escaped in the summary");
        Entry safe = feed.getEntries().stream().filter(e -> e.getId().endsWith(":safe-envoy")).findFirst().orElseThrow();
        assertEquals("https://example.org/envoy-returns", safe.getAlternateLinks().getFirst().getHref());
        assertEquals("Safe Wire", safe.getAuthors().getFirst().getName());
        assertTrue(hostile.getAlternateLinks().getFirst().getHref().startsWith(server.url() + "/?article="),
                "a javascript: url is never a link; the article's view in Dispatch is");

        // The same search asked again, or in another parameter order, is the same feed with the same ids.
        Feed again = (Feed) new WireFeedInput().build(new StringReader(
                server.get("/api/search?format=atom&q=envoy&page=1").body()));
        assertEquals(feed.getId(), again.getId());
        assertEquals(entryIds(feed), entryIds(again));
    }

    @Test
    void theJsonFeedSaysTheSameAndABadFormatIsA400() throws Exception {
        HttpResponse<String> response = server.get("/api/search.feed.json?q=envoy");
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/feed+json"));
        JsonNode feed = TestServer.parse(response.body());
        assertEquals("https://jsonfeed.org/version/1.1", feed.get("version").asText());
        List<String> ids = new ArrayList<>();
        feed.get("items").forEach(i -> ids.add(i.get("id").asText()));
        assertEquals(ids(server.json("/api/search?q=envoy&sort=-date&size=20")), ids);
        HttpResponse<String> bad = server.get("/api/search?q=envoy&format=rss");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("'format' must be json, atom or jsonfeed"), bad.body());
    }

    private static List<String> ids(JsonNode search) {
        List<String> ids = new ArrayList<>();
        search.get("hits").forEach(h -> ids.add("tag:dispatch.news,2026:article:"
                + java.net.URLEncoder.encode(h.get("id").asText(), java.nio.charset.StandardCharsets.UTF_8)));
        return ids;
    }

    private static List<String> entryIds(Feed feed) {
        return feed.getEntries().stream().map(Entry::getId).toList();
    }
}
