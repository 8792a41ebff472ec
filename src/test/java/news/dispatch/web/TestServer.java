package news.dispatch.web;

import news.dispatch.TempTrees;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.Javalin;
import news.dispatch.TestIndexes;
import news.dispatch.search.ServedIndex;
import news.dispatch.search.NewsSearcher;

/**
 * The real Dispatch server on a free port of 127.0.0.1, over a real index built from corpus folders or files, with
 * the project's {@code web/} page. Close it after use.
 */
public final class TestServer implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static TestServer seeds;

    private final Path indexDir;
    private final NewsSearcher searcher;
    private final Javalin app;
    /** Whether {@link #close()} deletes the index: it does for an index this class built. */
    private boolean ownsIndex;

    private TestServer(Path indexDir, boolean ownsIndex) throws IOException {
        this(indexDir, readyLucene(indexDir));
        this.ownsIndex = ownsIndex;
    }

    private static NewsSearcher readyLucene(Path indexDir) throws IOException {
        // The searcher `serve` uses (the index folder followed on disk), so tests see every method it forwards.
        ServedIndex served = ServedIndex.open(indexDir, message -> { });
        // Tests talk to a ready server: the alias tables are built before the first request.
        served.ready().join();
        return served;
    }

    private TestServer(Path indexDir, NewsSearcher searcher) {
        this.indexDir = indexDir;
        this.searcher = searcher;
        this.app = DispatchServer.create(searcher, Path.of("web")).start("127.0.0.1", 0);
    }

    /** Serves any backend (a cluster's, say); {@link #indexDir()} is then null. */
    public static TestServer over(NewsSearcher searcher) {
        return new TestServer(null, searcher);
    }

    /** Indexes {@code corpusRoots} into a fresh temporary index and serves it. */
    public static TestServer start(Path... corpusRoots) throws IOException {
        Path index = TempTrees.directory("dispatch-test-index");
        TestIndexes.build(index, corpusRoots);
        return new TestServer(index, true);
    }

    /**
     * The read-only server over the seed corpus that API test classes share: started on first use, stopped when the
     * test JVM exits. Tests that change an index start their own.
     */
    public static synchronized TestServer seeds() {
        if (seeds == null) {
            try {
                seeds = start(TestIndexes.seedCorpus());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            TestServer shared = seeds;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    shared.close();
                } catch (IOException ignored) {
                    // The JVM is exiting; the temporary index goes with it.
                }
            }));
        }
        return seeds;
    }

    /** Serves an index that already exists. */
    public static TestServer serve(Path indexDir) throws IOException {
        return new TestServer(indexDir, false);
    }

    /** The base URL, without a trailing slash: {@code http://127.0.0.1:PORT}. */
    public String url() {
        return "http://127.0.0.1:" + app.port();
    }

    public Path indexDir() {
        return indexDir;
    }

    public NewsSearcher searcher() {
        return searcher;
    }

    /** GETs a path (with its query string, already encoded) and returns status and body. */
    public HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** GETs a path that must answer 200 and returns its JSON. */
    public JsonNode json(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = get(pathAndQuery);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + pathAndQuery + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    public static JsonNode parse(String body) throws IOException {
        return JSON.readTree(body);
    }

    @Override
    public void close() throws IOException {
        app.stop();
        searcher.close();
        if (ownsIndex) TempTrees.delete(indexDir);
    }
}
