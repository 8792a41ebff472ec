package news.dispatch.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.dispatch.TestIndexes;
import news.dispatch.corpus.Article;
import news.dispatch.corpus.Problem;
import news.dispatch.entity.Entities;
import news.dispatch.index.IndexSummary;
import news.dispatch.index.Indexer;
import news.dispatch.index.LiveIndexWriter;

/**
 * An id belongs to the source that holds it: {@code watch --folder}, {@code watch --feed} and {@code dispatch index}
 * refuse and report an article whose id another live source holds (a folder of the same name, a corpus article's id
 * or url, another feed's guid), never replace it, and so never overwrite each other in turn. Runs alternate as a user
 * alternates {@code index} and {@code watch --once}.
 */
class LiveSourceOwnershipTest {
    @TempDir
    Path dir;

    Path index() {
        return dir.resolve("index");
    }

    /** One {@code watch --once}: whether it succeeded, its report and the statuses it left. */
    record Watched(boolean ok, String report, List<FeedStatus> statuses) {
    }

    Watched watchOnce(List<URI> feeds, List<Path> folders) throws Exception {
        try (LiveIndexWriter live = LiveIndexWriter.open(index(), text -> Entities.NONE);
             LiveSources sources = new LiveSources(feeds, folders, live, index())) {
            boolean ok = sources.poll();
            return new Watched(ok, sources.report(), sources.watcher.statuses());
        }
    }

    IndexSummary indexFolder(Path folder, List<Problem> problems) throws Exception {
        return new Indexer(index(), text -> Entities.NONE, problems::add, 1).run(List.of(folder), false);
    }

    static String jsonl(String id, String url, String title) {
        return "{" + (id == null ? "" : "\"id\": \"" + id + "\", ") + (url == null ? "" : "\"url\": \"" + url + "\", ")
                + "\"title\": \"" + title + "\", \"body\": \"" + title + " was reported today.\"}\n";
    }

    @Test
    void aWatchedFolderNeverReplacesAnIndexedFolderOfTheSameName() throws Exception {
        TestIndexes.write(dir.resolve("A/feed"), "x.txt", "Alpha report\n\nThe alpha text.");
        TestIndexes.write(dir.resolve("B/feed"), "x.txt", "Beta report\n\nThe beta text.");
        List<Problem> problems = new ArrayList<>();
        assertEquals(1, indexFolder(dir.resolve("A/feed"), problems).added());
        for (int round = 0; round < 2; round++) {
            Watched w = watchOnce(List.of(), List.of(dir.resolve("B/feed")));
            assertFalse(w.ok(), "a refused article is in the exit code");
            assertTrue(w.report().contains("already taken by " + dir.resolve("A/feed/x.txt")), w.report());
            assertEquals(FeedWatcher.PARTIAL, w.statuses().getFirst().status());
            assertEquals("Alpha report", LiveSources.titles(index()).get("feed/x.txt"));
            // index A again: its article is its own, unchanged, and nothing is refused.
            IndexSummary again = indexFolder(dir.resolve("A/feed"), problems);
            assertEquals(1, again.unchanged(), again.toString());
            assertEquals(0, again.skipped(), problems.toString());
        }
    }

    @Test
    void anIndexedFolderNeverReplacesAWatchedFolderOfTheSameName() throws Exception {
        TestIndexes.write(dir.resolve("A/feed"), "x.txt", "Alpha report\n\nThe alpha text.");
        TestIndexes.write(dir.resolve("B/feed"), "x.txt", "Beta report\n\nThe beta text.");
        assertTrue(watchOnce(List.of(), List.of(dir.resolve("B/feed"))).ok());
        List<Problem> problems = new ArrayList<>();
        assertEquals(1, indexFolder(dir.resolve("A/feed"), problems).skipped(), problems.toString());
        Watched again = watchOnce(List.of(), List.of(dir.resolve("B/feed")));
        assertTrue(again.ok(), again.report());
        assertEquals("Beta report", LiveSources.titles(index()).get("feed/x.txt"));
    }

    @Test
    void theIdOfADeletedFileIsFreeToTake() throws Exception {
        Path a = TestIndexes.write(dir.resolve("A/feed"), "x.txt", "Alpha report\n\nThe alpha text.");
        TestIndexes.write(dir.resolve("B/feed"), "x.txt", "Beta report\n\nThe beta text.");
        indexFolder(dir.resolve("A/feed"), new ArrayList<>());
        Files.delete(a);
        Watched w = watchOnce(List.of(), List.of(dir.resolve("B/feed")));
        assertTrue(w.ok(), w.report());
        assertEquals("Beta report", LiveSources.titles(index()).get("feed/x.txt"));
    }

    @Test
    void twoFilesOfAWatchedFolderWithOneIdKeepTheFirstEveryPoll() throws Exception {
        Path folder = dir.resolve("drop");
        TestIndexes.write(folder, "a.jsonl", jsonl("same", null, "First report"));
        TestIndexes.write(folder, "b.jsonl", jsonl("same", null, "Second report"));
        for (int round = 0; round < 3; round++) {
            Watched w = watchOnce(List.of(), List.of(folder));
            assertFalse(w.ok());
            assertTrue(w.report().contains("duplicate id 'same'"), w.report());
            assertFalse(w.report().contains("1 updated"), "no flip-flop: " + w.report());
            assertEquals("First report", LiveSources.titles(index()).get("same"));
        }
    }

    @Test
    void aFeedItemNeverReplacesACorpusArticleWithItsIdOrItsUrl() throws Exception {
        Path corpus = dir.resolve("corpus");
        TestIndexes.write(corpus, "wire.jsonl", jsonl("https://news.example/a", null, "Corpus by id")
                + jsonl(null, "https://news.example/b", "Corpus by url")
                + jsonl("urn:wire:7", null, "Corpus by urn"));
        indexFolder(corpus, new ArrayList<>());
        try (FeedFixtureServer server = new FeedFixtureServer()) {
            server.serve("/rss", "application/rss+xml", LiveSources.rss("Feed",
                    "https://news.example/a", null, "Feed by guid",
                    null, "https://NEWS.example:443/b?utm_source=rss#top", "Feed by link",
                    "urn:wire:7", "https://elsewhere.example/7", "Feed by urn",
                    "urn:feed:own", null, "Feed own item"));
            for (int round = 0; round < 2; round++) {
                Watched w = watchOnce(List.of(server.uri("/rss")), List.of());
                assertFalse(w.ok(), w.report());
                assertEquals(FeedWatcher.PARTIAL, w.statuses().getFirst().status());
                assertTrue(w.statuses().getFirst().message().startsWith("3 of 4 items skipped"),
                        w.statuses().getFirst().message());
                var titles = LiveSources.titles(index());
                assertEquals("Corpus by id", titles.get("https://news.example/a"));
                assertEquals("Corpus by url", titles.get("https://news.example/b"));
                assertEquals("Corpus by urn", titles.get("urn:wire:7"));
                assertEquals("Feed own item", titles.get("urn:feed:own"));
                List<Problem> problems = new ArrayList<>();
                IndexSummary again = indexFolder(corpus, problems);
                assertEquals(3, again.unchanged(), "index keeps its own articles: " + problems);
            }
        }
    }

    @Test
    void aCorpusArticleNeverReplacesAFeedItemWithItsId() throws Exception {
        try (FeedFixtureServer server = new FeedFixtureServer()) {
            server.serve("/rss", "application/rss+xml", LiveSources.rss("Feed",
                    "https://news.example/a", null, "Feed by guid"));
            assertTrue(watchOnce(List.of(server.uri("/rss")), List.of()).ok());
            Path corpus = dir.resolve("corpus");
            TestIndexes.write(corpus, "wire.jsonl", jsonl("https://news.example/a", null, "Corpus by id"));
            List<Problem> problems = new ArrayList<>();
            assertEquals(1, indexFolder(corpus, problems).skipped(), problems.toString());
            assertTrue(problems.getFirst().reason().contains("already taken by an item of feed:"), problems.toString());
            assertEquals("Feed by guid", LiveSources.titles(index()).get("https://news.example/a"));
            assertTrue(watchOnce(List.of(server.uri("/rss")), List.of()).ok(), "the feed's item is its own");
        }
    }

    @Test
    void aGuidOrLinkSharedByTwoFeedsStaysWithTheFeedThatHadItFirst() throws Exception {
        try (FeedFixtureServer server = new FeedFixtureServer()) {
            server.serve("/first.xml", "application/rss+xml", LiveSources.rss("First",
                    "urn:story:1", null, "First feed story",
                    null, "https://news.example/shared", "First feed link"));
            server.serve("/second.xml", "application/rss+xml", LiveSources.rss("Second",
                    "urn:story:1", null, "Second feed story",
                    null, "https://news.example/shared?utm_medium=x", "Second feed link",
                    "42", null, "Second feed own"));
            assertTrue(watchOnce(List.of(server.uri("/first.xml")), List.of()).ok());
            for (int round = 0; round < 3; round++) {
                Watched w = watchOnce(List.of(server.uri("/first.xml"), server.uri("/second.xml")), List.of());
                assertFalse(w.ok(), w.report());
                assertEquals("ok", w.statuses().get(0).status(), w.report());
                assertEquals(FeedWatcher.PARTIAL, w.statuses().get(1).status());
                var titles = LiveSources.titles(index());
                assertEquals("First feed story", titles.get("urn:story:1"));
                assertEquals("First feed link", titles.get("https://news.example/shared"));
                assertEquals("Second feed own", titles.get(server.uri("/second.xml") + "#42"));
            }
        }
    }

    @Test
    void itemsSharingAGuidInOneFeedKeepTheFirstEveryPollAndSayIt() throws Exception {
        try (FeedFixtureServer server = new FeedFixtureServer()) {
            server.serve("/rss", "application/rss+xml", LiveSources.rss("Feed",
                    "urn:story:1", null, "One", "urn:story:1", null, "Two", "urn:story:1", null, "Three",
                    "7", null, "Seven", "7", null, "Seven again",
                    null, "https://news.example/l", "Link one", null, "https://news.example/l#x", "Link two"));
            try (LiveIndexWriter live = LiveIndexWriter.open(index(), text -> Entities.NONE);
                 LiveSources sources = new LiveSources(List.of(server.uri("/rss")), List.of(), live, index())) {
                for (int round = 0; round < 3; round++) {
                    assertFalse(sources.poll());
                    var titles = LiveSources.titles(index());
                    assertEquals("One", titles.get("urn:story:1"));
                    assertEquals("Seven", titles.get(server.uri("/rss") + "#7"));
                    assertEquals("Link one", titles.get("https://news.example/l"));
                    FeedStatus s = sources.watcher.statuses().getFirst();
                    assertTrue(s.message().startsWith("4 of 7 items skipped (first: item 2"), s.message());
                    assertEquals(3, s.added(), "added once, never updated: " + s);
                    assertEquals(0, s.updated(), s.toString());
                }
                String report = sources.report();
                assertTrue(report.contains("item 3 (urn:story:1): skipped: same guid as item 1"), report);
                assertTrue(report.contains("item 7 (https://news.example/l#x): skipped: same link as item 6"), report);
            }
        }
    }

    @Test
    void theSameItemInTwoSectionFeedsIsOneArticleAndNoProblem() throws Exception {
        try (FeedFixtureServer server = new FeedFixtureServer()) {
            String item = "https://news.example/world/1";
            server.serve("/world.xml", "application/rss+xml", LiveSources.rss("Outlet - World", item, item, "Summit opens"));
            server.serve("/top.xml", "application/rss+xml", LiveSources.rss("Outlet - Top", item, item, "Summit opens"));
            for (int round = 0; round < 2; round++) {
                Watched w = watchOnce(List.of(server.uri("/world.xml"), server.uri("/top.xml")), List.of());
                assertTrue(w.ok(), w.report());
                assertEquals(List.of("ok", "ok"), w.statuses().stream().map(FeedStatus::status).toList());
                assertFalse(w.report().contains("1 updated"), "no flip-flop: " + w.report());
            }
            assertEquals(1, LiveSources.titles(index()).size());
        }
    }

    @Test
    void twoWatchedFoldersOfOneNameKeepWhicheverWroteFirstAndReportTheOtherEveryPoll() throws Exception {
        TestIndexes.write(dir.resolve("A/feed"), "x.txt", "Alpha report\n\nThe alpha text.");
        TestIndexes.write(dir.resolve("B/feed"), "x.txt", "Beta report\n\nThe beta text.");
        String kept = null;
        for (int round = 0; round < 3; round++) {
            Watched w = watchOnce(List.of(), List.of(dir.resolve("A/feed"), dir.resolve("B/feed")));
            assertFalse(w.ok(), w.report());
            assertEquals(1, w.statuses().stream().filter(s -> s.status().equals(FeedWatcher.PARTIAL)).count(),
                    w.statuses().toString());
            String title = LiveSources.titles(index()).get("feed/x.txt");
            if (kept == null) kept = title;
            assertEquals(kept, title, "no flip-flop between the folders");
        }
    }

    @Test
    void feedsThatDifferOnlyInTheirQueryAreTwoSources() throws Exception {
        try (FeedFixtureServer server = new FeedFixtureServer()) {
            server.route("/feed", ex -> FeedFixtureServer.send(ex, 200, "application/rss+xml",
                    ex.getRequestURI().getQuery().equals("cat=world")
                            ? LiveSources.rss("World", "urn:story:1", null, "World story")
                            : LiveSources.rss("Sport", "urn:story:1", null, "Sport story")));
            URI world = server.uri("/feed?cat=world");
            URI sport = server.uri("/feed?cat=sport");
            assertTrue(watchOnce(List.of(world), List.of()).ok());
            for (int round = 0; round < 2; round++) {
                Watched w = watchOnce(List.of(world, sport), List.of());
                assertFalse(w.ok(), w.report());
                assertEquals(FeedWatcher.PARTIAL, w.statuses().get(1).status(), w.report());
                assertEquals("World story", LiveSources.titles(index()).get("urn:story:1"));
            }
        }
    }

    @Test
    void aFeedWithAQueryKeepsTheItemsItsAddressWithoutTheQueryWroteBefore() throws Exception {
        try (FeedFixtureServer server = new FeedFixtureServer()) {
            server.route("/feed", ex -> FeedFixtureServer.send(ex, 200, "application/rss+xml",
                    LiveSources.rss("World", "urn:story:1", null, "Edited story")));
            URI world = server.uri("/feed?cat=world");
            // As an index written before a feed's query was part of its origin holds the item.
            Path before = Path.of("feed:127.0.0.1_" + world.getPort(), "_feed");
            try (LiveIndexWriter live = LiveIndexWriter.open(index(), text -> Entities.NONE)) {
                live.write(List.of(new Article("urn:story:1", "First story", "The first text.",
                        null, "World", null, null, before, 0)), p -> { });
            }
            Watched w = watchOnce(List.of(world), List.of());
            assertTrue(w.ok(), w.report());
            assertEquals("Edited story", LiveSources.titles(index()).get("urn:story:1"));
        }
    }
}
