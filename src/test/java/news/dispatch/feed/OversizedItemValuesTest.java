package news.dispatch.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import news.dispatch.entity.Entities;
import news.dispatch.index.LiveIndexWriter;
import news.dispatch.index.Schema;

/**
 * One oversized value (40,000 characters, far past an index term's 32,766 bytes) in a feed costs no item: ids are
 * shortened to a head and a hash as files' are, a language that is none is dropped, every other value is bounded
 * where it is indexed; what was changed is reported, and the same item polled again keeps its id.
 */
class OversizedItemValuesTest {
    static final String HUGE = "x".repeat(40_000);
    static final String WORDS = "word ".repeat(8_000);

    @TempDir
    Path dir;

    static Stream<Arguments> shapes() {
        return Stream.of(
                Arguments.of("a URN guid", "<guid>urn:story:" + HUGE + "</guid><title>Huge</title>", "", "guid has"),
                Arguments.of("a bare guid", "<guid isPermaLink=\"false\">" + HUGE + "</guid><title>Huge</title>", "",
                        "guid has"),
                Arguments.of("a link used as the id", "<link>https://news.example/" + HUGE + "</link><title>Huge</title>",
                        "", "link (used as the id) has"),
                Arguments.of("a link beside a guid", "<guid>urn:story:9</guid><link>https://news.example/?q=" + HUGE
                        + "</link><title>Huge</title>", "", null),
                Arguments.of("a language", "<guid>urn:story:9</guid><title>Huge</title>", "<language>" + HUGE
                        + "</language>", "language of 40000 characters"),
                Arguments.of("a language with a region", "<guid>urn:story:9</guid><title>Huge</title>",
                        "<language>e" + HUGE + "-" + HUGE + "</language>", "language of 40001 characters"),
                Arguments.of("a one-word title", "<guid>urn:story:9</guid><title>" + HUGE + "</title>", "", null),
                Arguments.of("a title of words", "<guid>urn:story:9</guid><title>" + WORDS + "</title>", "", null),
                Arguments.of("an author", "<guid>urn:story:9</guid><title>Huge</title><author>" + HUGE + "</author>",
                        "", null),
                Arguments.of("a feed title", "<guid>urn:story:9</guid><title>Huge</title>", "<title>" + HUGE + "</title>",
                        null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void anOversizedValueCostsNoItem(String shape, String item, String channel, String warning) throws Exception {
        String xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>" + (channel.contains("<title>") ? ""
                : "<title>Feed</title>") + channel + "<link>https://news.example/</link><description>d</description>"
                + "<item>" + item + "<description>The oversized item.</description>"
                + "<pubDate>Mon, 30 Nov 2026 10:00:00 GMT</pubDate></item>"
                + "<item><guid>urn:story:plain</guid><title>Plain</title><description>The plain item.</description>"
                + "<pubDate>Mon, 30 Nov 2026 10:00:00 GMT</pubDate></item></channel></rss>";
        Path index = dir.resolve("index");
        try (FeedFixtureServer server = new FeedFixtureServer();
             LiveIndexWriter live = LiveIndexWriter.open(index, text -> Entities.NONE);
             LiveSources sources = new LiveSources(List.of(server.uri("/rss")), List.of(), live, index)) {
            server.serve("/rss", "application/rss+xml", xml);
            boolean ok = sources.poll();
            Map<String, String> ids = LiveSources.stored(index, Schema.ID);
            assertEquals(2, ids.size(), sources.report());
            assertTrue(ids.keySet().stream().allMatch(id -> id.length() <= 512), ids.keySet().toString());
            String report = sources.report();
            assertFalse(report.contains("immense") || report.contains("refused"), report);
            FeedStatus status = sources.watcher.statuses().getFirst();
            assertEquals("ok", status.status(), status.toString());
            if (warning != null) {
                assertTrue(report.contains(warning), report);
                assertFalse(ok, "what was changed is in the exit code");
                assertEquals(1, status.itemProblems(), status.toString());
            }
            sources.poll();
            assertEquals(ids, LiveSources.stored(index, Schema.ID), "the same ids at the next poll");
            assertTrue(sources.report().contains("2 items: 0 new, 0 updated, 2 unchanged"), sources.report());
        }
    }
}
