package news.dispatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.dispatch.TestIndexes;

/** An article's author in the API: on hits and the article view, searchable as {@code author:}, in the export. */
class AuthorApiTest {
    @TempDir static Path dir;
    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start(corpus());
    }

    /** The fixture corpus in a fresh folder (the cluster twin indexes the same one). */
    static Path corpus() throws IOException {
        TestIndexes.write(dir, "news.jsonl", String.join("\n",
                "{\"id\": \"signed\", \"title\": \"Harbour reopens\", \"body\": \"The harbour reopened on Monday.\","
                        + " \"authors\": [\"Jane Doe\", \"John Roe\"]}",
                "{\"id\": \"unsigned\", \"title\": \"Harbour traffic\", \"body\": \"Traffic in the harbour rose.\"}")
                + "\n");
        return dir;
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @Test
    void aHitAndTheArticleViewNameTheAuthor() throws Exception {
        Map<String, com.fasterxml.jackson.databind.JsonNode> byId = new java.util.HashMap<>();
        for (var hit : server.json("/api/search?q=harbour").get("hits")) byId.put(hit.get("id").asText(), hit);
        assertEquals("Jane Doe, John Roe", byId.get("signed").get("author").asText());
        assertEquals(null, byId.get("unsigned").get("author"), "no author, no member");
        assertEquals("Jane Doe, John Roe", server.json("/api/articles/signed").get("author").asText());
    }

    @Test
    void authorSearchesTheAuthorsNames() throws Exception {
        var hits = server.json("/api/search?q=author:%22john+roe%22").get("hits");
        assertEquals(1, hits.size());
        assertEquals("signed", hits.get(0).get("id").asText());
    }

    @Test
    void theExportHasAnAuthorColumn() throws Exception {
        var rows = ExportApiTest.csv(server.get("/api/export?format=csv&fields=id,author").body());
        assertEquals(java.util.Set.of(Map.of("id", "signed", "author", "Jane Doe, John Roe"), Map.of("id", "unsigned",
                "author", "")), new java.util.HashSet<>(rows));
    }
}
