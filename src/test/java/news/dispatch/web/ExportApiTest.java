package news.dispatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import news.dispatch.TestIndexes;

/** /api/export over a small index whose titles try formula injection, commas, quotes and line breaks. */
class ExportApiTest {
    @TempDir static Path dir;
    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start(corpus(), TestIndexes.seedCorpus());
    }

    /** The fixture corpus in a fresh folder (the cluster twin indexes the same one). */
    static Path corpus() throws IOException {
        TestIndexes.write(dir, "hostile.jsonl", String.join("\n",
                article("f1", "=HYPERLINK(\\\"http://evil.example\\\",\\\"click\\\")", "=cmd|' /C calc'!A0"),
                article("f2", "+1+2 Putin", "Plus Wire"),
                article("f3", "-2+3 Putin", "Minus Wire"),
                article("f4", "@SUM(A1:A9) Putin", "At Wire"),
                article("f5", "Putin, Xi and \\\"quotes\\\"", "Comma, Wire")) + "\n");
        return dir;
    }

    private static String article(String id, String title, String source) {
        return "{\"id\": \"" + id + "\", \"title\": \"" + title + "\", \"source\": \"" + source
                + "\", \"body\": \"Vladimir Putin spoke to reporters in Moscow, Russia, about the talks.\", \"date\": \"2022-12-01\"}";
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    static List<Map<String, String>> csv(String body) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<String[]> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(new StringReader(body))) {
            it.forEachRemaining(rows::add);
        }
        List<Map<String, String>> out = new ArrayList<>();
        String[] header = rows.getFirst();
        for (String[] row : rows.subList(1, rows.size())) {
            Map<String, String> m = new TreeMap<>();
            for (int i = 0; i < header.length; i++) m.put(header[i], row[i]);
            out.add(m);
        }
        return out;
    }

    static Map<String, Map<String, String>> byId(List<Map<String, String>> rows) {
        Map<String, Map<String, String>> m = new TreeMap<>();
        rows.forEach(r -> m.put(r.get("id"), r));
        return m;
    }

    @Test
    void csvHasAHeaderCrlfLinesAFileNameAndEveryMatch() throws Exception {
        HttpResponse<String> r = server.get("/api/export?q=Putin&format=csv");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String disposition = r.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.matches("attachment; filename=\"dispatch-putin-\\d{4}-\\d{2}-\\d{2}\\.csv\""), disposition);
        assertTrue(r.body().startsWith("id,date,title,url,source,author,story,persons,countries"), r.body());
        assertTrue(r.body().contains("\r\n"));
        List<Map<String, String>> rows = csv(r.body());
        assertEquals(7, rows.size(), "five fixtures and the two seed articles");
        assertEquals(server.json("/api/search?q=Putin").get("total").asInt(), rows.size());
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreNeutralized() throws Exception {
        var rows = byId(csv(server.get("/api/export?q=Putin&fields=id,title,source").body()));
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"click\")", rows.get("f1").get("title"));
        assertEquals("'=cmd|' /C calc'!A0", rows.get("f1").get("source"));
        assertEquals("'+1+2 Putin", rows.get("f2").get("title"));
        assertEquals("'-2+3 Putin", rows.get("f3").get("title"));
        assertEquals("'@SUM(A1:A9) Putin", rows.get("f4").get("title"));
        // Quoting per RFC 4180 keeps commas and quotes inside their cell.
        assertEquals("Putin, Xi and \"quotes\"", rows.get("f5").get("title"));
        assertEquals("Comma, Wire", rows.get("f5").get("source"));
    }

    @Test
    void ndjsonKeepsValuesAsTheyAreWithListsForEntities() throws Exception {
        HttpResponse<String> r = server.get("/api/export?q=Putin&format=ndjson&fields=id,title,persons,snippet");
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/x-ndjson"));
        String[] lines = r.body().split("\n");
        assertEquals(7, lines.length);
        for (String line : lines) {
            JsonNode row = TestServer.parse(line);
            assertEquals(List.of("id", "title", "persons", "snippet"), fieldNames(row));
            assertTrue(row.get("persons").isArray());
            assertFalse(row.get("snippet").asText().contains("<mark>"), row.toString());
            if (row.get("id").asText().equals("f1")) {
                assertEquals("=HYPERLINK(\"http://evil.example\",\"click\")", row.get("title").asText());
                assertTrue(row.get("snippet").asText().contains("Putin"), row.toString());
            }
        }
    }

    private static List<String> fieldNames(JsonNode row) {
        List<String> names = new ArrayList<>();
        row.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void aByteOrderMarkIsWrittenOnlyWhenAskedFor() throws Exception {
        assertTrue(server.get("/api/export?q=Putin&bom=true").body().startsWith("\uFEFFid,"));
        assertTrue(server.get("/api/export?q=Putin").body().startsWith("id,"));
    }

    @Test
    void theFiltersOfTheSearchApplyWithTheirModes() throws Exception {
        var rows = csv(server.get("/api/export?fields=id,persons&person=Vladimir+Putin&person=Olaf+Scholz&person_op=and").body());
        assertEquals(1, rows.size(), rows.toString());
        // With two corpus folders an id carries its folder's name.
        assertTrue(rows.getFirst().get("id").endsWith("russia-new-territories-peace-talks.txt"), rows.toString());
        assertTrue(rows.getFirst().get("persons").contains("Olaf Scholz; "), rows.toString());
    }

    @Test
    void anExportOfACountryNoArticleHoldsSaysSoInAWarningHeader() throws Exception {
        HttpResponse<String> r = server.get("/api/export?country=russia");
        assertEquals(200, r.statusCode(), r.body());
        String warnings = r.headers().allValues(ApiRoutes.WARNING_HEADER).toString();
        assertTrue(warnings.contains("No article has the country 'russia'") && warnings.contains("did you mean 'Russia'"), warnings);
    }

    @Test
    void theFacetCountsOfACountryNoArticleHoldsSaySoInAWarningHeader() throws Exception {
        HttpResponse<String> r = server.get("/api/export/facets?country=russia");
        assertEquals(200, r.statusCode(), r.body());
        String warnings = r.headers().allValues(ApiRoutes.WARNING_HEADER).toString();
        assertTrue(warnings.contains("No article has the country 'russia'") && warnings.contains("did you mean 'Russia'"), warnings);
    }

    @Test
    void anExportWithRowsHasNoWarningHeader() throws Exception {
        assertTrue(server.get("/api/export?country=Russia").headers().allValues(ApiRoutes.WARNING_HEADER).isEmpty());
    }

    @Test
    void anExportWhoseUnheldCountryStandsBesideOneWithRowsHasNoWarningHeader() throws Exception {
        HttpResponse<String> r = server.get("/api/export?country=russia&country=Russia");
        assertFalse(csv(r.body()).isEmpty(), r.body());
        assertTrue(r.headers().allValues(ApiRoutes.WARNING_HEADER).isEmpty(), r.headers().map().toString());
    }

    @Test
    void anExportWithNoRowsWhoseCountrySomeArticleHoldsHasNoWarningHeader() throws Exception {
        HttpResponse<String> r = server.get("/api/export?q=zebrafishes&country=Russia");
        assertTrue(csv(r.body()).isEmpty(), r.body());
        assertTrue(r.headers().allValues(ApiRoutes.WARNING_HEADER).isEmpty(), r.headers().map().toString());
    }

    @Test
    void wrongParametersAreJson400sBeforeAnyRowGoesOut() throws Exception {
        for (String query : List.of("format=xlsx", "fields=id,secret", "bom=maybe", "size=5", "person_op=xor")) {
            HttpResponse<String> r = server.get("/api/export?q=Putin&" + query);
            assertEquals(400, r.statusCode(), query + ": " + r.body());
            assertTrue(r.body().startsWith("{\"error\""), r.body());
        }
    }

    @Test
    void anUnknownParameterIsRefusedWithAMessageThatDoesNotSayItWasIgnored() throws Exception {
        for (String path : List.of("/api/export?q=Putin&colour=red", "/api/export/facets?q=Putin&format=ndjson")) {
            HttpResponse<String> r = server.get(path);
            assertEquals(400, r.statusCode(), path + ": " + r.body());
            assertTrue(r.body().contains("\"message\":\"Unknown parameter '"), r.body());
            assertFalse(r.body().contains("ignored"), r.body());
        }
    }
}
