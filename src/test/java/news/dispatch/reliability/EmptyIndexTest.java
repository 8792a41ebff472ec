package news.dispatch.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import news.dispatch.TestIndexes;
import news.dispatch.entity.Entities;
import news.dispatch.feed.FeedStateFile;
import news.dispatch.feed.FeedWatcher;
import news.dispatch.feed.HttpSettings;
import news.dispatch.index.LiveIndexWriter;
import news.dispatch.web.TestServer;

/**
 * An index with no article in it (a first {@code watch} whose feeds were all down, or a folder whose last file was
 * deleted) is an index like any other: every answer is empty, never a crash, and the last removal is seen.
 */
class EmptyIndexTest {
    static final Duration LIMIT = Duration.ofMinutes(3);

    @TempDir
    Path dir;

    /** What `watch --once` leaves when no source gave an article: the writer's empty first commit. */
    Path emptyIndex() throws Exception {
        Path index = dir.resolve("index");
        LiveIndexWriter.open(index, text -> Entities.NONE).close();
        return index;
    }

    @Test
    void anEmptyIndexAnswersEverySearchWithNothing() throws Exception {
        try (TestServer server = TestServer.serve(emptyIndex())) {
            for (String q : List.of("/api/search?q=Putin", "/api/search", "/api/search?q=*&collapse=false",
                    "/api/search?q=Putin&person=Vladimir%20Putin&from=2022-01-01",
                    "/api/search?q=Putin&sort=newest&collapse=false")) {
                JsonNode r = server.json(q);
                assertEquals(0, r.path("total").asInt(), q);
                assertEquals(0, r.path("hits").size(), q);
                // A value the request filters by is listed (with no articles) so the page can show the filter.
                r.path("facets").fields().forEachRemaining(f -> f.getValue().forEach(v ->
                        assertEquals(0, v.path("count").asInt(), q + " " + f.getKey() + " " + v)));
            }
        }
    }

    @Test
    void anEmptyIndexGivesAnEmptyTimelineStatsEntitiesAndExport() throws Exception {
        try (TestServer server = TestServer.serve(emptyIndex())) {
            JsonNode timeline = server.json("/api/timeline?series=q%3DPutin&series=q%3DBiden");
            assertEquals(0, timeline.path("periods").size(), timeline.toString());
            assertEquals(0, timeline.path("series").get(0).path("total").asInt(), timeline.toString());
            assertEquals(0, server.json("/api/stats").path("articles").asInt());
            assertEquals(0, server.json("/api/entities?dim=persons").path("values").size());
            assertEquals(0, server.json("/api/health").path("articles").asInt());
            HttpResponse<String> export = server.get("/api/export?q=Putin&format=csv");
            assertEquals(200, export.statusCode(), export.body());
            assertEquals(1, export.body().strip().lines().count(), "only the header: " + export.body());
            assertEquals(200, server.get("/api/timeline?q=Putin&format=csv").statusCode());
            assertEquals(200, server.get("/api/export/facets?q=Putin").statusCode());
            assertEquals(200, server.get("/api/search.atom?q=Putin").statusCode());
            assertEquals(404, server.get("/api/articles/anything").statusCode());
        }
    }

    @Test
    void theLastArticleRemovedIsNoLongerServed() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("watched"));
        Path file = TestIndexes.write(folder, "only.md", "---\ntitle: Quillbrook report\n---\nThe quillbrook trade grew.\n");
        Path index = dir.resolve("index");
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        try (LiveIndexWriter writer = LiveIndexWriter.open(index, text -> Entities.NONE);
             FeedWatcher watcher = new FeedWatcher(List.of(), List.of(folder), writer, HttpSettings.defaults(),
                     FeedStateFile.besideIndex(index), quiet)) {
            watcher.pollOnce();
            try (TestServer server = TestServer.serve(index)) {
                assertEquals(1, server.json("/api/search?q=quillbrook").path("total").asInt());
                Files.delete(file);
                watcher.pollOnce();
                assertEquals(0, writer.articles());
                server.searcher().maybeRefresh();
                assertEquals(0, server.json("/api/search?q=quillbrook").path("total").asInt());
                assertEquals(0, server.json("/api/stats").path("articles").asInt());
                assertEquals(404, server.get("/api/articles/" + "x").statusCode());
                // And the next article arriving is served again.
                TestIndexes.write(folder, "next.md", "---\ntitle: Zanzibarite report\n---\nThe zanzibarite trade.\n");
                watcher.pollOnce();
                server.searcher().maybeRefresh();
                assertEquals(1, server.json("/api/search?q=zanzibarite").path("total").asInt());
            }
        }
    }

    @Test
    void searchAndExportOnTheCommandLineAnswerNothingFromAnEmptyIndex() throws Exception {
        Path index = emptyIndex();
        try (ChildJvm search = ChildJvm.run(LIMIT, "search", "--index", index.toString(), "Putin")) {
            assertEquals(0, search.exitCode(), search.stderr());
            assertFalse(search.stderr().contains("SortedSetDocValues"), search.stderr());
        }
        try (ChildJvm export = ChildJvm.run(LIMIT, "export", "--index", index.toString(), "--format", "ndjson")) {
            assertEquals(0, export.exitCode(), export.stderr());
            assertEquals("", export.stdout().strip());
        }
    }

    @Test
    void serveWatchStartsWhileEveryFeedIsDownAndServesNothingYet() throws Exception {
        int deadPort = ChildJvm.freePort();
        Path feeds = Files.writeString(dir.resolve("feeds.txt"), "http://127.0.0.1:" + deadPort + "/down.xml\n");
        int port = ChildJvm.freePort();
        try (ChildJvm server = ChildJvm.start("serve", "--index", dir.resolve("index").toString(), "--watch",
                feeds.toString(), "--port", String.valueOf(port))) {
            assertTrue(server.awaitStderr("Dispatch is serving", LIMIT), server.stderr());
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/api/search?q=Putin")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(0, TestServer.parse(r.body()).path("total").asInt(), r.body());
            assertTrue(server.isAlive(), server.stderr());
        }
    }
}
