package news.dispatch.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;

import news.dispatch.TestIndexes;
import news.dispatch.web.TestServer;

/**
 * The HTTP edges a hostile client pushes on (issue 16, item 12): a method override header never changes the method a
 * request is answered as; old and unknown protocol versions get an answer that says what is wrong (never
 * "internal_error"); a client that never finishes its headers is cut off.
 */
class HttpProtocolTest {
    static final TestServer server = TestServer.seeds();

    @ParameterizedTest(name = "{0} {1} with {2}: {3} -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            POST   | /api/search?q=Putin | X-HTTP-Method-Override | GET    | 405
            POST   | /api/search?q=Putin | x-http-method-override | get    | 405
            POST   | /api/search?q=Putin | X-Method-Override      | GET    | 405
            POST   | /api/search?q=Putin | X-HTTP-Method          | GET    | 405
            DELETE | /api/search?q=Putin | X-HTTP-Method-Override | GET    | 405
            PUT    | /api/health         | X-HTTP-Method-Override | GET    | 405
            GET    | /api/search?q=Putin | X-HTTP-Method-Override | DELETE | 200
            GET    | /api/search?q=Putin | X-HTTP-Method-Override | POST   | 200
            GET    | /api/health         | X-HTTP-Method-Override | PUT    | 200
            GET    | /api/search?q=Putin | X-HTTP-Method-Override | BOGUS  | 200
            """)
    void aMethodOverrideHeaderIsIgnored(String method, String target, String header, String value, int status)
            throws Exception {
        RawHttp r = RawHttp.send(server.url(), method + " " + target + " HTTP/1.1\r\nHost: x\r\n" + header + ": " + value
                + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        assertEquals(status, r.status(), r::body);
        JsonNode json = TestServer.parse(r.body());
        if (status == 405) assertEquals("method_not_allowed", json.path("error").asText(), r.body());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            GET /api/search?q=Putin HTTP/0.9
            GET /api/search?q=Putin HTTP/2.5
            GET /api/search?q=Putin HTTP/3.0
            GET /api/search?q=Putin HTTP/9.9
            """)
    void anUnsupportedProtocolVersionIsToldSoNotAnInternalError(String requestLine) throws Exception {
        String answer = new String(RawHttp.exchange(server.url(), (requestLine + "\r\nHost: x\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII)), StandardCharsets.ISO_8859_1);
        assertFalse(answer.contains("internal_error"), answer);
        assertTrue(answer.startsWith("HTTP/1.1 505") || answer.startsWith("HTTP/1.1 400"), answer);
        assertTrue(answer.contains("\"error\""), answer);
    }

    @Test
    void aBareHttp09RequestIsAnsweredWithoutAnInternalError() throws Exception {
        // HTTP/0.9 had no version and no headers at all: "GET /path" and a line end.
        String answer = new String(RawHttp.exchange(server.url(), "GET /api/health\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII)), StandardCharsets.ISO_8859_1);
        assertFalse(answer.contains("internal_error") || answer.contains(" 500 "), answer);
    }

    @Test
    void aClientThatNeverFinishesItsHeadersIsCutOff() throws Exception {
        URI base = URI.create(server.url());
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5000);
            socket.setSoTimeout(1_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write("GET /api/search?q=Putin HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
            // One header byte a second: Jetty's idle timeout (30 s) never fires; only the header deadline ends it.
            long limit = System.nanoTime() + 60_000_000_000L;
            boolean cut = false;
            for (int i = 0; System.nanoTime() < limit && !cut; i++) {
                try {
                    out.write(("X-Slow-" + i + ": y\r\n").getBytes(StandardCharsets.US_ASCII), 0, 1);
                    out.flush();
                    cut = in.read() < 0;
                } catch (SocketTimeoutException stillOpen) {
                    // Nothing answered yet: send the next byte.
                } catch (IOException closed) {
                    cut = true;
                }
            }
            assertTrue(cut, "the connection was still open after 60 s of unfinished headers");
        }
        // And the server answers everyone else.
        assertEquals(200, RawHttp.get(server.url(), "/api/search?q=Putin").status());
    }

    @Test
    void aSearchPageIsSentWhole(@TempDir Path corpus) throws Exception {
        // Sent in pieces (chunked), an answer costs the client a second wake-up for its last piece (issue 29). A page
        // of 40 hits with snippets is well past the 8 KB that Jetty's defaults would send unbuffered.
        StringBuilder articles = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            articles.append(String.format("{\"id\": \"h-%d\", \"date\": \"2024-03-%02d\", \"title\": \"Harbour report %d\", "
                    + "\"body\": \"The harbour authority said %d ships waited outside the harbour on Monday. Dock workers "
                    + "at the harbour asked for more cranes. Trade through the harbour rose for the %d month in a row.\"}%n",
                    i, 1 + i % 28, i, i * 3, i));
        }
        TestIndexes.write(corpus, "harbour.jsonl", articles.toString());
        try (TestServer harbour = TestServer.start(corpus)) {
            String request = "GET /api/search?q=harbour&size=40&collapse=false HTTP/1.1\r\nHost: x\r\n"
                    + "Connection: close\r\n\r\n";
            RawHttp r = RawHttp.send(harbour.url(), request);
            // A cold server on a busy machine may run out of its search time budget on the first asks.
            for (int i = 0; i < 5 && r.status() == 503 && r.body().contains("time_budget_exceeded"); i++) {
                r = RawHttp.send(harbour.url(), request);
            }
            assertEquals(200, r.status(), r::body);
            assertTrue(r.body().length() > 8 * 1024, "a page this test can tell apart: " + r.body().length() + " chars");
            assertEquals(String.valueOf(r.body().getBytes(StandardCharsets.UTF_8).length), r.header("Content-Length"));
            assertEquals(null, r.header("Transfer-Encoding"));
        }
    }
}
