package news.dispatch.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import news.dispatch.TestIndexes;
import news.dispatch.corpus.Problem;
import news.dispatch.index.Indexer;
import news.dispatch.web.TestServer;

/**
 * The real {@code dispatch serve} under a steady stream of searches while the index is updated and then rebuilt
 * beside it: no request fails, and the new articles appear within seconds, without a restart.
 */
class ServingWhileIndexingTest {
    static final String WORD = "zanzibarite";
    static final int NEW_ARTICLES = 30;

    @TempDir
    Path dir;

    @Test
    void searchesNeverFailWhileTheIndexChangesAndNewArticlesAppearWithinSeconds() throws Exception {
        Path index = dir.resolve("index");
        TestIndexes.build(index, TestIndexes.seedCorpus());
        Path news = Files.createDirectories(dir.resolve("news"));
        for (int i = 0; i < NEW_ARTICLES; i++) {
            TestIndexes.write(news, "n" + i + ".md", "---\ntitle: Report " + i + " on " + WORD + " exports\ndate: 2023-01-"
                    + String.format("%02d", i % 28 + 1) + "\n---\nThe " + WORD + " trade between Kenya and Tanzania "
                    + "grew again, officials in Nairobi said on Monday, number " + i + ".\n");
        }
        int port = ChildJvm.freePort();
        try (ChildJvm server = ChildJvm.start("serve", "--index", index.toString(), "--port", String.valueOf(port))) {
            assertTrue(server.awaitStderr("Dispatch is serving", Duration.ofSeconds(60)), server.stderr());
            String base = "http://127.0.0.1:" + port;
            try (SearchStream stream = new SearchStream(base, 4)) {
                stream.awaitRequests(20);
                index(index, false, news, TestIndexes.seedCorpus());
                int total = awaitTotal(base, WORD, NEW_ARTICLES, Duration.ofSeconds(20));
                assertEquals(NEW_ARTICLES, total, "the new articles did not appear within 20 s");

                index(index, true, news);
                assertEquals(0, awaitTotal(base, "Putin", 0, Duration.ofSeconds(20)), "the rebuild did not show");
                stream.awaitRequests(stream.answered.get() + 20);
                assertTrue(stream.failures.isEmpty(), () -> stream.failures.size() + " of " + stream.answered.get()
                        + " requests failed, first: " + stream.failures.peek() + "\nserver: " + server.stderr());
                assertTrue(stream.answered.get() > 40, "too few searches ran: " + stream.answered.get());
            }
            assertTrue(server.isAlive(), server.stderr());
        }
    }

    static void index(Path index, boolean rebuild, Path... roots) throws Exception {
        List<Problem> problems = new ArrayList<>();
        new Indexer(index, TestIndexes.extractor(), problems::add, 2).run(List.of(roots), rebuild);
        assertTrue(problems.stream().noneMatch(Problem::skipped), problems::toString);
    }

    /** Polls until {@code q} has {@code expected} hits or {@code limit} passes; returns the last total. */
    static int awaitTotal(String base, String q, int expected, Duration limit) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + limit.toNanos();
        int total;
        do {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/search?q=" + q)).build(),
                    HttpResponse.BodyHandlers.ofString());
            total = TestServer.parse(r.body()).get("total").asInt();
            if (total == expected) return total;
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        return total;
    }

    /** Clients searching back to back until closed, keeping every failure. */
    static final class SearchStream implements AutoCloseable {
        static final String[] QUERIES = {"q=Putin", "q=" + WORD, "q=talks&country=Germany", "q=", "q=Kremlin&sort=-date",
                "q=%22Putin", "q=Kenya+OR+Russia&size=50"};
        final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        final AtomicInteger answered = new AtomicInteger();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Thread> clients = new ArrayList<>();

        SearchStream(String base, int clientCount) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            for (int c = 0; c < clientCount; c++) {
                int first = c;
                clients.add(Thread.ofPlatform().daemon().start(() -> {
                    for (int i = first; running.get(); i++) {
                        String q = QUERIES[i % QUERIES.length];
                        try {
                            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/search?" + q))
                                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                            JsonNode json = TestServer.parse(r.body());
                            if (r.statusCode() != 200 || !json.has("hits")) failures.add(q + " -> " + r.statusCode() + " " + r.body());
                        } catch (Exception e) {
                            failures.add(q + " -> " + e);
                        }
                        answered.incrementAndGet();
                    }
                }));
            }
        }

        void awaitRequests(int n) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (answered.get() < n && System.nanoTime() < deadline) Thread.sleep(50);
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            for (Thread t : clients) t.join(30_000);
        }
    }
}
