package news.dispatch.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.javalin.Javalin;
import news.dispatch.search.LuceneSearcher;
import news.dispatch.search.NewsSearcher;
import news.dispatch.web.DispatchServer;
import news.dispatch.web.TestServer;

/**
 * Hostile requests are cut off (a 400 naming the limit, or a 503 when the time budget runs out) while cheap searches
 * sent at the same time keep being answered. Conditions, not timings: every loop is bounded.
 */
class ExpensiveRequestTest {
    final TestServer server = server();

    /** The server under test: the embedded index here; {@code ClusterExpensiveRequestTest} serves a SolrCloud collection. */
    TestServer server() {
        return TestServer.seeds();
    }

    /** A searcher over the same articles whose time budget (1 ns) runs out in every search. */
    NewsSearcher hurried() throws Exception {
        LuceneSearcher searcher = LuceneSearcher.open(server.indexDir(), Duration.ofNanos(1));
        searcher.ready().join();
        return searcher;
    }

    static final List<String> HOSTILE = List.of(
            IntStream.rangeClosed('a', 'z').mapToObj(c -> (char) c + "*").collect(Collectors.joining("+")),
            IntStream.range(0, 90).mapToObj(i -> "w" + i + "~2").collect(Collectors.joining("+OR+")),
            IntStream.rangeClosed('a', 'z').mapToObj(c -> "/" + (char) c + ".*/").collect(Collectors.joining("+")),
            "Putin+".repeat(400));

    @Test
    void hostileRequestsAreCutOffWhileCheapOnesAreAnswered() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<RawHttp>> hostile = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (String q : HOSTILE) hostile.add(pool.submit(() -> RawHttp.get(server.url(), "/api/search?q=" + q)));
            }
            for (int i = 0; i < 20; i++) {
                RawHttp cheap = RawHttp.get(server.url(), "/api/search?q=Putin&size=2");
                assertEquals(200, cheap.status(), cheap.body());
                assertEquals(2, TestServer.parse(cheap.body()).get("total").asInt());
            }
            for (Future<RawHttp> f : hostile) {
                RawHttp r = f.get();
                assertTrue(r.status() == 400, r.status() + " " + r.body());
                assertTrue(TestServer.parse(r.body()).get("message").asText().length() > 20, r.body());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSearchOverItsTimeBudgetIsA503SayingSo() throws Exception {
        NewsSearcher searcher = hurried();
        Javalin app = DispatchServer.create(searcher, Path.of("web")).start("127.0.0.1", 0);
        try {
            String url = "http://127.0.0.1:" + app.port();
            for (String target : List.of("/api/search?q=Putin", "/api/search?q=", "/api/search?q=Put*&sort=-date",
                    "/api/entities?dim=persons&q=Putin")) {
                RawHttp r = RawHttp.get(url, target);
                assertEquals(503, r.status(), target + " " + r.body());
                JsonNode json = TestServer.parse(r.body());
                assertEquals("time_budget_exceeded", json.get("error").asText());
                assertTrue(json.get("message").asText().contains("budget"), r.body());
            }
            assertEquals(200, RawHttp.get(url, "/api/health").status());
        } finally {
            app.stop();
            searcher.close();
        }
    }
}
