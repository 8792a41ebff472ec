package news.dispatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Real answers of the server, each validated against its response schema in the OpenAPI document. */
class ApiResponsesMatchTheContractTest {
    private final TestServer server = server();

    /** The server under test: the embedded index here; a subclass serves another backend. */
    TestServer server() {
        return TestServer.seeds();
    }

    private HttpResponse<String> checked(String path, String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> answer = server.get(pathAndQuery);
        ApiContract.check(path, answer);
        return answer;
    }

    @Test
    void aSearchPageOfStoriesMatchesTheSearchResponseSchema() throws IOException, InterruptedException {
        assertEquals(200, checked("/api/search", "/api/search?q=talks&size=2").statusCode());
    }

    @Test
    void anUncollapsedSearchFilteredByEveryKindOfFilterMatchesTheSchema() throws IOException, InterruptedException {
        var answer = checked("/api/search", "/api/search?q=talks&collapse=false&person=Vladimir+Putin&person_op=and"
                + "&not_country=France&mentions=all&from=2022-01-01&to=2022-12-31&sort=-date&facets=3&size=1&unknown=1");
        assertEquals(200, answer.statusCode());
    }

    @Test
    void anArticleOpenedFromASearchMatchesTheArticleSchema() throws IOException, InterruptedException {
        String id = TestServer.parse(server.get("/api/search?q=talks&size=1").body()).at("/hits/0/id").asText();
        var answer = checked("/api/articles/{id}", "/api/articles/" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "?q=talks");
        assertEquals(200, answer.statusCode());
    }

    @Test
    void aTimelineOfTwoSeriesMatchesTheTimelineSchema() throws IOException, InterruptedException {
        String series = "series=" + URLEncoder.encode("q=talks&label=Talks", StandardCharsets.UTF_8)
                + "&series=" + URLEncoder.encode("person=Vladimir Putin", StandardCharsets.UTF_8);
        assertEquals(200, checked("/api/timeline", "/api/timeline?interval=day&" + series).statusCode());
    }

    @Test
    void healthStatsAndEntityValuesMatchTheirSchemas() throws IOException, InterruptedException {
        assertEquals(200, checked("/api/health", "/api/health").statusCode());
        assertEquals(200, checked("/api/stats", "/api/stats").statusCode());
        assertEquals(200, checked("/api/entities", "/api/entities?dim=persons&prefix=vla").statusCode());
    }

    @Test
    void exportsAndFeedsAnswerInTheMediaTypesTheDocumentLists() throws IOException, InterruptedException {
        assertEquals(200, checked("/api/export", "/api/export?q=talks&format=ndjson").statusCode());
        assertEquals(200, checked("/api/export/facets", "/api/export/facets?q=talks").statusCode());
        assertEquals(200, checked("/api/search.atom", "/api/search.atom?q=talks").statusCode());
        assertEquals(200, checked("/api/search.feed.json", "/api/search.feed.json?q=talks").statusCode());
        assertEquals(200, checked("/api/timeline", "/api/timeline?q=talks&format=csv").statusCode());
    }

    @Test
    void badInputIsA400InTheErrorSchema() throws IOException, InterruptedException {
        assertEquals(400, checked("/api/search", "/api/search?from=2022-13-45").statusCode());
        assertEquals(400, checked("/api/export", "/api/export?colour=red").statusCode());
        assertEquals(400, checked("/api/timeline", "/api/timeline?interval=decade").statusCode());
        assertEquals(400, checked("/api/entities", "/api/entities").statusCode());
    }

    @Test
    void anUnknownArticleIsA404InTheErrorSchema() throws IOException, InterruptedException {
        assertEquals(404, checked("/api/articles/{id}", "/api/articles/no-such-article").statusCode());
    }

    @Test
    void anotherMethodThanGetIsA405InTheErrorSchema() throws IOException, InterruptedException {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url()
                + "/api/search")).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, answer.statusCode());
        assertEquals(java.util.List.of(), ApiContract.errors("/components/schemas/Error", TestServer.parse(answer.body())));
    }
}
