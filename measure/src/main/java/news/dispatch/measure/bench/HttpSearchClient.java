package news.dispatch.measure.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import news.dispatch.search.SearchRequest;
import news.dispatch.measure.QueryMix;

/** Asks a running Dispatch server over HTTP/1.1 the way the page does, reading the whole JSON answer. */
final class HttpSearchClient {
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final String base;

    HttpSearchClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** One search; anything but 200 is an error. */
    void search(SearchRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = get(QueryMix.httpPath(request), Duration.ofSeconds(30));
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + " for " + QueryMix.httpPath(request) + ": "
                    + response.body());
        }
    }

    /** A GET that must answer 200. */
    void expectOk(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = get(pathAndQuery, Duration.ofSeconds(30));
        if (response.statusCode() != 200) throw new IOException("HTTP " + response.statusCode() + " for " + pathAndQuery);
    }

    HttpResponse<String> get(String pathAndQuery, Duration timeout) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(timeout).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
