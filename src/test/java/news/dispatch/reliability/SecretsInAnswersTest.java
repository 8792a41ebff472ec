package news.dispatch.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.javalin.Javalin;
import news.dispatch.TestIndexes;
import news.dispatch.entity.Entities;
import news.dispatch.feed.FeedStateFile;
import news.dispatch.feed.FeedWatcher;
import news.dispatch.feed.HttpSettings;
import news.dispatch.index.LiveIndexWriter;
import news.dispatch.search.ServedIndex;
import news.dispatch.web.DispatchServer;
import news.dispatch.web.TestServer;

/**
 * What a client of the API is shown never includes a watched feed's credentials (user info, keys and tokens in its
 * address) nor where the server keeps its files.
 */
class SecretsInAnswersTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void theFeedsInStatsShowNoCredentials() throws Exception {
        int dead = ChildJvm.freePort();
        List<URI> feeds = List.of(
                URI.create("http://reader:hunter2@127.0.0.1:" + dead + "/a.xml"),
                URI.create("http://127.0.0.1:" + dead + "/b.xml?apikey=hunter2&lang=en"),
                URI.create("http://127.0.0.1:" + dead + "/c.xml?Access_Token=hunter2"),
                URI.create("http://127.0.0.1:" + dead + "/d.xml?x=1&signature=hunter2&sig=hunter2"));
        Path index = dir.resolve("index");
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        try (LiveIndexWriter writer = LiveIndexWriter.open(index, text -> Entities.NONE);
             FeedWatcher watcher = new FeedWatcher(feeds, List.of(), writer, HttpSettings.defaults(),
                     FeedStateFile.besideIndex(index), quiet)) {
            ServedIndex searcher = ServedIndex.open(index, m -> { });
            Javalin app = DispatchServer.create(searcher, Path.of("web"), watcher::statuses).start("127.0.0.1", 0);
            try {
                String base = "http://127.0.0.1:" + app.port();
                String before = get(base + "/api/stats").body();
                assertFalse(before.contains("hunter2"), before);
                watcher.pollOnce();
                HttpResponse<String> stats = get(base + "/api/stats");
                assertEquals(200, stats.statusCode(), stats.body());
                assertFalse(stats.body().contains("hunter2"), stats.body());
                var shown = TestServer.parse(stats.body()).path("feeds");
                assertEquals(4, shown.size(), stats.body());
                assertEquals("http://redacted@127.0.0.1:" + dead + "/a.xml", shown.get(0).path("url").asText());
                assertEquals("http://127.0.0.1:" + dead + "/b.xml?apikey=redacted&lang=en",
                        shown.get(1).path("url").asText());
                shown.forEach(f -> assertEquals("failed", f.path("status").asText(), f.toString()));
            } finally {
                app.stop();
                searcher.close();
            }
        }
    }

    @Test
    void aDeletedIndexIsA503ThatNamesNoFolderOfTheServer() throws Exception {
        Path index = dir.resolve("private-index-folder");
        TestIndexes.build(index, TestIndexes.seedCorpus());
        try (TestServer server = TestServer.serve(index)) {
            deleteTree(index);
            server.searcher().maybeRefresh();
            for (String path : List.of("/api/search?q=Putin", "/api/articles/x", "/api/entities?dim=persons",
                    "/api/stats", "/api/health", "/api/timeline", "/api/export?q=Putin", "/api/search.atom?q=Putin",
                    "/api/search.feed.json?q=Putin", "/api/export/facets?q=Putin")) {
                HttpResponse<String> r = server.get(path);
                assertEquals(503, r.statusCode(), path + ": " + r.body());
                assertFalse(r.body().contains("private-index-folder"), path + ": " + r.body());
                assertFalse(r.body().contains(dir.toString()), path + ": " + r.body());
                assertTrue(TestServer.parse(r.body()).path("message").asText().contains("No index"), r.body());
            }
        }
    }

    static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static void deleteTree(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
