package news.dispatch.feed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fetching against a real local server: validators, gzip, redirects, retries, stalls, huge and endless bodies. */
class FeedHttpTest {
    static final String FEED = "<rss version=\"2.0\"><channel><title>t</title></channel></rss>";
    static FeedFixtureServer server;
    // Short timeout and backoff keep the test quick; the stall waits on the server's close, never a sleep.
    static final FeedHttp HTTP = new FeedHttp(new HttpSettings(Duration.ofMillis(1500), 64 * 1024, 3, 2,
            Duration.ofMillis(20), HttpSettings.USER_AGENT));

    @BeforeAll
    static void start() throws IOException {
        server = new FeedFixtureServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void conditionalGetAnswers304WhenNothingChanged() throws Exception {
        server.route("/cond", ex -> {
            if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
                return;
            }
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            ex.getResponseHeaders().set("Last-Modified", "Mon, 30 Nov 2026 10:00:00 GMT");
            FeedFixtureServer.send(ex, 200, "application/rss+xml", FEED);
        });
        Fetch first = HTTP.fetch(server.uri("/cond"), Validators.NONE);
        assertEquals(Fetch.Outcome.FETCHED, first.outcome());
        assertEquals(new Validators("\"v1\"", "Mon, 30 Nov 2026 10:00:00 GMT"), first.validators());
        Fetch second = HTTP.fetch(server.uri("/cond"), first.validators());
        assertEquals(Fetch.Outcome.NOT_MODIFIED, second.outcome());
    }

    @Test
    void gzipIsAskedForAndUndone() throws Exception {
        server.route("/gz", ex -> {
            assertTrue(String.valueOf(ex.getRequestHeaders().getFirst("Accept-Encoding")).contains("gzip"));
            assertTrue(ex.getRequestHeaders().getFirst("User-Agent").startsWith("Dispatch/"));
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (var gz = new GZIPOutputStream(zipped)) {
                gz.write(FEED.getBytes(StandardCharsets.UTF_8));
            }
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            ex.sendResponseHeaders(200, zipped.size());
            ex.getResponseBody().write(zipped.toByteArray());
        });
        assertArrayEquals(FEED.getBytes(StandardCharsets.UTF_8), HTTP.fetch(server.uri("/gz"), null).body());
    }

    @Test
    void redirectsAreFollowedBoundedAndLoopsStopped() throws Exception {
        server.route("/moved", ex -> redirect(ex, "/moved-2"));
        server.route("/moved-2", ex -> redirect(ex, server.uri("/cond-target").toString()));
        server.serve("/cond-target", "text/xml", FEED);
        Fetch moved = HTTP.fetch(server.uri("/moved"), null);
        assertEquals(Fetch.Outcome.FETCHED, moved.outcome(), moved.problem());
        assertEquals(server.uri("/cond-target"), moved.finalUri());

        server.route("/loop-a", ex -> redirect(ex, "/loop-b"));
        server.route("/loop-b", ex -> redirect(ex, "/loop-a"));
        Fetch loop = HTTP.fetch(server.uri("/loop-a"), null);
        assertEquals(Fetch.Outcome.FAILED, loop.outcome());
        assertTrue(loop.problem().contains("redirect loop"), loop.problem());

        for (int i = 0; i < 6; i++) {
            int next = i + 1;
            server.route("/chain-" + i, ex -> redirect(ex, "/chain-" + next));
        }
        Fetch chain = HTTP.fetch(server.uri("/chain-0"), null);
        assertTrue(chain.problem().contains("more than 3 redirects"), chain.problem());
    }

    @Test
    void serverErrorsAreRetriedWithBackoffClientErrorsAreNot() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        server.route("/flaky", ex -> {
            if (calls.incrementAndGet() < 3) FeedFixtureServer.send(ex, 503, "text/plain", "busy");
            else FeedFixtureServer.send(ex, 200, "text/xml", FEED);
        });
        Fetch flaky = HTTP.fetch(server.uri("/flaky"), null);
        assertEquals(Fetch.Outcome.FETCHED, flaky.outcome());
        assertEquals(3, flaky.attempts());

        server.route("/down", ex -> FeedFixtureServer.send(ex, 500, "text/plain", "down"));
        Fetch down = HTTP.fetch(server.uri("/down"), null);
        assertEquals("HTTP 500", down.problem());
        assertEquals(3, server.hits("/down"), "one try and two retries");

        server.route("/gone", ex -> FeedFixtureServer.send(ex, 404, "text/plain", "gone"));
        assertEquals("HTTP 404", HTTP.fetch(server.uri("/gone"), null).problem());
        assertEquals(1, server.hits("/gone"));
    }

    @Test
    void aStallIsCutOffByTheTimeout() throws Exception {
        server.route("/stall", ex -> server.stallUntilClosed());
        Fetch stall = new FeedHttp(new HttpSettings(Duration.ofMillis(500), 1024, 1, 0, Duration.ZERO, "t"))
                .fetch(server.uri("/stall"), null);
        assertEquals(Fetch.Outcome.FAILED, stall.outcome());
        assertTrue(stall.problem().startsWith("no complete answer within"), stall.problem());

        server.route("/stall-body", ex -> {
            ex.sendResponseHeaders(200, 0);
            ex.getResponseBody().write("<rss>".getBytes(StandardCharsets.UTF_8));
            ex.getResponseBody().flush();
            server.stallUntilClosed();
        });
        Fetch stallBody = new FeedHttp(new HttpSettings(Duration.ofMillis(500), 1024, 1, 0, Duration.ZERO, "t"))
                .fetch(server.uri("/stall-body"), null);
        assertTrue(stallBody.problem().startsWith("no complete answer within"), stallBody.problem());
    }

    @Test
    void endlessAndHugeBodiesAreCutOff() throws Exception {
        server.route("/endless", ex -> {
            ex.sendResponseHeaders(200, 0);
            byte[] chunk = "<item><title>again</title></item>".repeat(100).getBytes(StandardCharsets.UTF_8);
            OutputStream out = ex.getResponseBody();
            while (true) out.write(chunk); // until the client hangs up
        });
        Fetch endless = HTTP.fetch(server.uri("/endless"), null);
        assertEquals(Fetch.Outcome.FAILED, endless.outcome());
        assertTrue(endless.problem().contains("larger than 64 KB"), endless.problem());

        server.route("/bomb", ex -> {
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (var gz = new GZIPOutputStream(zipped)) {
                gz.write(new byte[10 * 1024 * 1024]);
            }
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            ex.sendResponseHeaders(200, zipped.size());
            ex.getResponseBody().write(zipped.toByteArray());
        });
        Fetch bomb = HTTP.fetch(server.uri("/bomb"), null);
        assertTrue(bomb.problem().contains("larger than 64 KB"), bomb.problem());
    }

    private static void redirect(com.sun.net.httpserver.HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(302, -1);
    }
}
