package news.dispatch.measure.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import news.dispatch.measure.QueryMix;
import news.dispatch.web.TestServer;

/** The load test, run briefly against the real server over the seed index. */
class LoadCommandTest {
    static final TestServer server = TestServer.seeds();

    @Test
    void aShortRunAgainstTheRealServerSendsEveryKindOfSearchWithoutErrors() throws Exception {
        LoadDriver load = new LoadDriver(URI.create(server.url()), QueryMix.standard());
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        List<LevelResult> results = load.run(List.of(1, 4), Duration.ofMillis(1500), 100_000,
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        for (LevelResult r : results) {
            assertTrue(r.requests() > 0, r.toString());
            assertEquals(0, r.errors(), r.toString());
            assertEquals(0, r.lost(), r.toString());
            assertTrue(r.p50Ms() <= r.p95Ms() && r.p95Ms() <= r.p99Ms() && r.p99Ms() <= r.maxMs(), r.toString());
        }
        String table = printed.toString(StandardCharsets.UTF_8);
        assertTrue(table.startsWith(LevelResult.HEADER), table);
        assertTrue(ServerHeap.from(load.stats()).usedBytes() > 0);
    }

    @Test
    void everyQueryOfTheMixIsAValidSearch() throws Exception {
        QueryMix mix = QueryMix.standard();
        assertTrue(mix.size() >= 30);
        for (var request : mix.requests()) {
            String q = QueryMix.httpPath(request);
            var response = server.get(q);
            assertEquals(200, response.statusCode(), q);
            // A filter value the small test index lacks is told as a note ("No article has the country …"), which
            // is an answer, not a fault of the request; any other warning (a refused or ignored part) is.
            var warnings = TestServer.parse(response.body()).get("warnings");
            for (var w : warnings) assertTrue(w.asText().startsWith("No article has "), () -> q + ": " + response.body());
        }
    }

    @Test
    void theRequestBudgetBoundsALevel() throws Exception {
        LevelResult r = new LoadDriver(URI.create(server.url()), QueryMix.standard())
                .level(4, Duration.ofSeconds(30), 25);
        assertEquals(25, r.requests());
        assertEquals(0, r.errors() + r.lost());
    }

    @Test
    void onlyThisMachineCanBeLoaded() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new LoadDriver(URI.create("http://192.0.2.1:8080"), QueryMix.standard()));
        assertTrue(e.getMessage().contains("only runs against this machine"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new LoadDriver(URI.create("https://127.0.0.1:8080"), QueryMix.standard()));
    }
}
