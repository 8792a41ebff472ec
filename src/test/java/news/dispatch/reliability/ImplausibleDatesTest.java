package news.dispatch.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import news.dispatch.corpus.Article;
import news.dispatch.corpus.Corpus;
import news.dispatch.corpus.CorpusVisitor;
import news.dispatch.corpus.Problem;
import news.dispatch.entity.Entities;
import news.dispatch.index.Indexer;
import news.dispatch.index.LiveIndexWriter;
import news.dispatch.web.TestServer;

/**
 * A date no article can have (a CMS's empty 0001-01-01, a "never" 9999-12-31, a spreadsheet's zero day, next year) is
 * reported and the article read undated; and a timeline spans the real dates its matches hold, even over an index
 * written before such dates were refused.
 */
class ImplausibleDatesTest {
    @TempDir
    Path dir;

    record Read(List<Article> articles, List<Problem> problems) implements CorpusVisitor {
        Read() {
            this(new ArrayList<>(), new ArrayList<>());
        }

        @Override
        public void article(Article article) {
            articles.add(article);
        }

        @Override
        public void problem(Problem problem) {
            problems.add(problem);
        }
    }

    Read read(String date) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.jsonl"), "{\"id\": \"a\", \"title\": \"Talks\", \"date\": \"" + date
                + "\", \"body\": \"Talks resumed in Geneva.\"}\n");
        Read read = new Read();
        Corpus.walk(corpus, read, Corpus.MAX_ARTICLE_BYTES);
        return read;
    }

    static String inDays(int days) {
        return LocalDate.now(ZoneOffset.UTC).plusDays(days).toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0001-01-01", "0001-01-01T00:00:00Z", "9999-12-31", "9999-12-31T23:59:59+01:00",
            "1899-12-30", "1900-01-01", "1900-01-01 00:00:00", "0500-06-15", "1000-01-01", "2999-01-01",
            "Mon, 01 Jan 1753 00:00:00 GMT", "31 December 9999", "January 1, 1800", "1970-01-01T00:00:00Z",
            "1970-01-01", "Thu, 01 Jan 1970 00:00:00 GMT"})
    void anImplausibleDateIsReportedAndTheArticleReadUndated(String date) throws Exception {
        Read read = read(date);
        assertEquals(1, read.articles().size(), read.problems().toString());
        assertNull(read.articles().getFirst().date(), date);
        assertEquals(1, read.problems().size(), read.problems().toString());
        Problem p = read.problems().getFirst();
        assertTrue(p.reason().contains("implausible date") && p.reason().contains("without a date"), p.reason());
        assertTrue(!p.skipped(), "a warning, the article is kept");
    }

    @Test
    void aDateFarAheadOfNowIsImplausibleButTomorrowIsNot() throws Exception {
        assertNull(read(inDays(30)).articles().getFirst().date());
        assertNull(read(inDays(400)).articles().getFirst().date());
        assertNotNull(read(inDays(1)).articles().getFirst().date(), "zones and sloppy clocks");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1900-01-02", "1945-05-08", "1970-01-01T09:30:00Z", "1987-02-26", "2022-12-02T10:00:00Z"})
    void aRealDateOfAnyAgeIsKept(String date) throws Exception {
        Read read = read(date);
        assertNotNull(read.articles().getFirst().date(), date);
        assertTrue(read.problems().isEmpty(), read.problems().toString());
    }

    @Test
    void oneBogusDateInTheCorpusLeavesEveryTimelineWorking() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.jsonl"), """
                {"id": "real1", "title": "Quillbrook talks", "date": "2022-03-01", "body": "Quillbrook trade."}
                {"id": "real2", "title": "Quillbrook deal", "date": "2022-05-20", "body": "Quillbrook deal signed."}
                {"id": "empty", "title": "Quillbrook note", "date": "0001-01-01", "body": "Quillbrook archive."}
                {"id": "never", "title": "Quillbrook plan", "date": "9999-12-31", "body": "Quillbrook plan."}
                """);
        Path index = dir.resolve("index");
        new Indexer(index, text -> Entities.NONE, p -> { }, 1).run(List.of(corpus), false);
        try (TestServer server = TestServer.serve(index)) {
            assertTimelineOfRealDates(server, "2022-03", "2022-05", 2);
        }
    }

    @Test
    void bogusDatesAlreadyInAnIndexAreCountedUndatedAndTheTimelineSpansTheRealOnes() throws Exception {
        Path index = dir.resolve("index");
        Path file = dir.resolve("old.jsonl").toAbsolutePath();
        try (LiveIndexWriter writer = LiveIndexWriter.open(index, text -> Entities.NONE)) {
            List<Article> articles = new ArrayList<>();
            articles.add(article("real1", "2022-03-01T00:00:00Z", file));
            articles.add(article("real2", "2022-05-20T00:00:00Z", file));
            // Written directly, as an index made before implausible dates were refused holds them.
            articles.add(article("empty", "0001-01-01T00:00:00Z", file));
            articles.add(article("never", "9999-12-31T00:00:00Z", file));
            articles.add(article("future", Instant.now().plus(3650, ChronoUnit.DAYS).toString(), file));
            writer.write(articles, p -> { });
        }
        try (TestServer server = TestServer.serve(index)) {
            assertTimelineOfRealDates(server, "2022-03", "2022-05", 3);
        }
    }

    static Article article(String id, String date, Path file) {
        return new Article(id, "Quillbrook " + id, "Quillbrook trade " + id + ".", Instant.parse(date), null, null, "en",
                file, 0);
    }

    static void assertTimelineOfRealDates(TestServer server, String first, String last, int undated) throws Exception {
        for (String target : List.of("/api/timeline", "/api/timeline?q=quillbrook", "/api/timeline?interval=day",
                "/api/timeline?interval=week&series=q%3Dquillbrook&series=q%3Dtrade", "/api/timeline?interval=year")) {
            JsonNode t = server.json(target);
            JsonNode periods = t.path("periods");
            assertTrue(periods.size() > 0 && periods.size() < 200, target + ": " + periods.size() + " periods");
            assertTrue(periods.get(0).asText().startsWith(first.substring(0, 4)), target + ": " + periods.get(0));
            assertTrue(periods.get(periods.size() - 1).asText().startsWith(last.substring(0, 4)),
                    target + ": " + periods.get(periods.size() - 1));
        }
        JsonNode month = server.json("/api/timeline?q=quillbrook");
        assertEquals(first, month.path("periods").get(0).asText());
        assertEquals(last, month.path("periods").get(month.path("periods").size() - 1).asText());
        assertEquals(undated, month.path("series").get(0).path("undated").asInt(), month.toString());
        assertEquals(200, server.get("/api/timeline?q=quillbrook&format=csv").statusCode());
        // The search's date facets agree: real years only, the rest undated.
        JsonNode dates = server.json("/api/search?q=quillbrook&collapse=false").path("facets").path("dates");
        dates.path("year").forEach(y -> assertEquals(first.substring(0, 4), y.path("value").asText(), dates.toString()));
        assertEquals(undated, dates.path("undated").asInt(), dates.toString());
        assertTrue(dates.path("day").size() > 0, "real days listed: " + dates);
    }
}
