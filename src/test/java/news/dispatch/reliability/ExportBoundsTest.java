package news.dispatch.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.dispatch.corpus.Article;
import news.dispatch.entity.Entities;
import news.dispatch.export.ArticleExport;
import news.dispatch.export.ExportField;
import news.dispatch.export.ExportFormat;
import news.dispatch.index.LiveIndexWriter;
import news.dispatch.search.ArticleView;
import news.dispatch.search.ExportRow;
import news.dispatch.search.ExportSink;
import news.dispatch.search.Health;
import news.dispatch.search.IndexStats;
import news.dispatch.search.LuceneSearcher;
import news.dispatch.search.NewsSearcher;
import news.dispatch.search.SearchRequest;
import news.dispatch.search.SearchResponse;
import news.dispatch.web.DispatchServer;
import news.dispatch.web.TestServer;

/**
 * A served export stops when its client goes (the next page's write fails) and when one page of it takes longer than
 * its budget (a 503 before the first row); the command line's export is never cut short.
 */
class ExportBoundsTest {
    @TempDir
    Path dir;

    @Test
    void anExportOverItsBudgetBeforeTheFirstRowIsA503SayingSo() throws Exception {
        LuceneSearcher searcher = LuceneSearcher.open(TestServer.seeds().indexDir(), Duration.ofNanos(1));
        searcher.ready().join();
        Javalin app = DispatchServer.create(searcher, Path.of("web")).start("127.0.0.1", 0);
        try {
            String url = "http://127.0.0.1:" + app.port();
            for (String target : List.of("/api/export?q=Putin", "/api/export?q=Put*~1&format=ndjson",
                    "/api/export?q=&fields=id,snippet")) {
                RawHttp r = RawHttp.get(url, target);
                assertEquals(503, r.status(), target + " " + r.body());
                JsonNode json = TestServer.parse(r.body());
                assertEquals("time_budget_exceeded", json.get("error").asText());
                assertTrue(json.get("message").asText().contains("export took longer"), r.body());
            }
        } finally {
            app.stop();
            searcher.close();
        }
    }

    @Test
    void theCommandLinesExportIsNeverCutShort() throws Exception {
        try (LuceneSearcher searcher = LuceneSearcher.open(TestServer.seeds().indexDir(), Duration.ofNanos(1))) {
            searcher.ready().join();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long rows = ArticleExport.write(searcher, SearchRequest.of(""), ExportField.defaults(), ExportFormat.NDJSON,
                    false, out, n -> { }, n -> { });
            assertTrue(rows >= 2, "every seed article");
            assertEquals(rows, out.toString(StandardCharsets.UTF_8).lines().count());
        }
    }

    @Test
    void anExportWhoseClientWentAwayStopsWithinAFewPages() throws Exception {
        int articles = 12_000;
        java.util.Random random = new java.util.Random(7);
        Path index = dir.resolve("index");
        try (LiveIndexWriter writer = LiveIndexWriter.open(index, text -> Entities.NONE)) {
            List<Article> batch = new ArrayList<>();
            for (int i = 0; i < articles; i++) {
                // Different words in each: identical texts would all be one story, which is not what this measures.
                StringBuilder body = new StringBuilder("Talks");
                for (int w = 0; w < 8; w++) body.append(' ').append(Long.toString(random.nextLong() >>> 1, 36));
                batch.add(new Article("a" + i, "Talks " + i, body.toString(),
                        Instant.parse("2026-11-30T10:00:00Z"), "Outlet", null, "en", dir.resolve("a.txt"), 0));
                if (batch.size() == 4_000) {
                    writer.write(batch, p -> { });
                    batch.clear();
                }
            }
        }
        AtomicLong rows = new AtomicLong();
        CountDownLatch ended = new CountDownLatch(1);
        CountDownLatch clientGone = new CountDownLatch(1);
        try (LuceneSearcher real = LuceneSearcher.open(index)) {
            real.ready().join();
            try (TestServer server = TestServer.over(new Counting(real, rows, ended, clientGone))) {
                var base = java.net.URI.create(server.url());
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5000);
                    socket.setSoTimeout(30_000);
                    socket.getOutputStream().write(("GET /api/export?q=talks&fields=id HTTP/1.1\r\nHost: x\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    InputStream in = socket.getInputStream();
                    byte[] first = new byte[512];
                    int got = in.read(first);
                    assertTrue(got > 0 && new String(first, 0, got, StandardCharsets.ISO_8859_1).startsWith("HTTP/1.1 200"));
                    // The client leaves with the first bytes of a 12,000-row export.
                }
                clientGone.countDown();
                assertTrue(ended.await(60, TimeUnit.SECONDS), "the export ended");
                assertTrue(rows.get() < 5_000, rows.get() + " rows were made after a client left at the first page");
            }
        }
    }

    /**
     * The real searcher, counting the rows its export hands out and telling when the export ended. After the first
     * page it waits for the client to be gone, as an expensive export's next page would take long.
     */
    record Counting(NewsSearcher real, AtomicLong rows, CountDownLatch ended, CountDownLatch clientGone)
            implements NewsSearcher {
        @Override
        public long export(SearchRequest request, boolean snippets, ExportSink sink) throws IOException {
            try {
                return real.export(request, snippets, new ExportSink() {
                    @Override
                    public void begin(long total) throws IOException {
                        sink.begin(total);
                    }

                    @Override
                    public void accept(ExportRow row) throws IOException {
                        rows.incrementAndGet();
                        sink.accept(row);
                    }

                    @Override
                    public void pageDone() throws IOException {
                        sink.pageDone();
                        try {
                            clientGone.await(30, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }

                    @Override
                    public boolean timeBound() {
                        return sink.timeBound();
                    }
                });
            } finally {
                ended.countDown();
            }
        }

        @Override
        public SearchResponse search(SearchRequest request) throws IOException {
            return real.search(request);
        }

        @Override
        public ArticleView article(String id) throws IOException {
            return real.article(id);
        }

        @Override
        public List<SearchResponse.FacetValue> entities(String dim, String prefix, SearchRequest within, int size)
                throws IOException {
            return real.entities(dim, prefix, within, size);
        }

        @Override
        public IndexStats stats() throws IOException {
            return real.stats();
        }

        @Override
        public Health health() throws IOException {
            return real.health();
        }

        @Override
        public void maybeRefresh() throws IOException {
            real.maybeRefresh();
        }

        @Override
        public void close() throws IOException {
            real.close();
        }
    }
}
