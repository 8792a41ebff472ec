package news.dispatch.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import news.dispatch.TestIndexes;
import news.dispatch.web.TestServer;

/**
 * The index on disk is the index served (issue 16, item 3): the real {@code dispatch serve} in a child JVM while its
 * index folder is deleted, rebuilt by the real {@code dispatch index --rebuild} (another child JVM), replaced by
 * another folder moved into its place, and emptied and rebuilt in place. Each time the server tells the truth within
 * seconds: a 503 saying the index is missing while it is, the new index's articles once it is there, and never a 500.
 */
class IndexReplacedWhileServingTest {
    static final Duration NOTICE = Duration.ofSeconds(30);
    final HttpClient http = HttpClient.newHttpClient();
    final List<String> fiveHundreds = new ArrayList<>();

    @TempDir
    Path dir;

    @Test
    void aDeletedRebuiltReplacedOrEmptiedIndexIsNoticedAndNeverA500() throws Exception {
        Path index = dir.resolve("index");
        TestIndexes.build(index, TestIndexes.seedCorpus());
        Path news = corpus("news", 3, "zanzibarite");
        Path other = corpus("other", 4, "quillbrook");
        int port = ChildJvm.freePort();
        try (ChildJvm server = ChildJvm.start("serve", "--index", index.toString(), "--port", String.valueOf(port))) {
            assertTrue(server.awaitStderr("Dispatch is serving", Duration.ofSeconds(60)), server.stderr());
            String base = "http://127.0.0.1:" + port;
            assertEquals(2, awaitHealth(base, h -> h.path("articles").asInt() == 2).path("articles").asInt());

            // 1. Deleted: health and every API answer 503 with a message, immediately and after the refresh.
            deleteTree(index);
            JsonNode missing = awaitHealth(base, h -> "index_missing".equals(h.path("status").asText()));
            assertTrue(missing.path("message").asText().contains("No index"), missing::toString);
            for (String path : List.of("/api/search?q=Putin", "/api/articles/x", "/api/entities?dim=persons",
                    "/api/stats")) {
                HttpResponse<String> r = get(base + path);
                assertEquals(503, r.statusCode(), path + ": " + r.body());
                assertEquals("index_unavailable", TestServer.parse(r.body()).path("error").asText(), r.body());
            }

            // 2. Rebuilt where it was, by the real command line: the new articles are served.
            ChildJvm rebuild = ChildJvm.run(Duration.ofMinutes(3), "index", "--rebuild", "--corpus", news.toString(),
                    "--index", index.toString());
            assertEquals(0, rebuild.exitCode(), rebuild.stderr());
            rebuild.close();
            awaitHealth(base, h -> h.path("articles").asInt() == 3);
            assertEquals(3, search(base, "zanzibarite").path("total").asInt());

            // 3. Replaced by another index folder moved into its place (a rebuild beside it, then a rename).
            Path beside = dir.resolve("index-next");
            TestIndexes.build(beside, other);
            Files.move(index, dir.resolve("index-old"));
            Files.move(beside, index);
            awaitHealth(base, h -> h.path("articles").asInt() == 4);
            assertEquals(4, search(base, "quillbrook").path("total").asInt());
            assertEquals(0, search(base, "zanzibarite").path("total").asInt());

            // 4. Emptied file by file and written again from scratch in the same folder.
            try (Stream<Path> files = Files.list(index)) {
                for (Path f : files.toList()) Files.delete(f);
            }
            TestIndexes.build(index, news);
            awaitHealth(base, h -> h.path("articles").asInt() == 3);
            assertEquals(3, search(base, "zanzibarite").path("total").asInt());

            assertTrue(fiveHundreds.isEmpty(), fiveHundreds::toString);
            assertTrue(server.isAlive(), server.stderr());
            assertTrue(server.stderr().contains("is gone"), server.stderr());
        }
    }

    Path corpus(String name, int articles, String word) {
        Path folder = dir.resolve(name);
        for (int i = 0; i < articles; i++) {
            TestIndexes.write(folder, "a" + i + ".md", "---\ntitle: " + word + " report " + i + "\n---\nThe " + word
                    + " trade grew again, number " + i + ".\n");
        }
        return folder;
    }

    /** Polls /api/health until its answer passes {@code until}; fails after {@link #NOTICE}. */
    JsonNode awaitHealth(String base, Predicate<JsonNode> until) throws Exception {
        long deadline = System.nanoTime() + NOTICE.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = get(base + "/api/health");
            last = TestServer.parse(r.body());
            assertTrue(r.statusCode() == 200 || r.statusCode() == 503, r.statusCode() + " " + r.body());
            if (until.test(last)) return last;
            Thread.sleep(100);
        }
        throw new AssertionError("the server did not notice within " + NOTICE + "; last health: " + last);
    }

    JsonNode search(String base, String q) throws Exception {
        HttpResponse<String> r = get(base + "/api/search?q=" + q);
        assertEquals(200, r.statusCode(), r.body());
        return TestServer.parse(r.body());
    }

    HttpResponse<String> get(String url) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 500 && r.statusCode() != 503) fiveHundreds.add(url + " -> " + r.statusCode() + " " + r.body());
        return r;
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
