package news.dispatch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsOneArticleALineWithAllFieldsAndKeepsTheOthersItCarries() throws IOException {
        Article a = Collected.read(dir, "news.jsonl", """
                {"id": "a1", "title": " Talks ", "body": "Body\\r\\ntext", "date": "2022-12-02T10:15:00Z", \
                "source": "Reuters", "url": "https://r.com/1", "language": "en", "topic": "russia", "authors": ["x"]}
                """).only();
        assertEquals(new Article("a1", "Talks", "Body\ntext", Instant.parse("2022-12-02T10:15:00Z"), "Reuters",
                "https://r.com/1", "en", dir.resolve("news.jsonl").toAbsolutePath().normalize(), 1, "x",
                java.util.Map.of("topic", List.of("russia"))), a);
    }

    @Test
    void acceptsTextForBodyAndTheNdjsonExtension() throws IOException {
        assertEquals("From text", Collected.read(dir, "n.ndjson", "{\"title\":\"T\",\"text\":\"From text\"}").only().body());
    }

    @Test
    void skipsAMalformedJsonLineAndReadsTheLinesBeforeAndAfterIt() throws IOException {
        Collected c = Collected.read(dir, "mixed.jsonl", """
                {"id": "1", "title": "Before"}

                {"id": "2", "title": "Broken",
                {"id": "3", "title": "After"}
                """);
        assertEquals(List.of("Before", "After"), c.titles());
        assertEquals(List.of(1, 4), c.articles.stream().map(Article::line).toList());
        Problem p = c.onlyProblem();
        assertEquals(3, p.line());
        assertTrue(p.skipped());
        assertTrue(p.reason().startsWith("invalid JSON: "), p.reason());
        assertEquals(1, c.stats.filesRead());
        assertEquals(1, c.stats.articlesSkipped());
    }

    @Test
    void reportsALineThatIsNotAnObject() throws IOException {
        Collected c = Collected.read(dir, "arr.jsonl", "[1,2]\n{\"title\":\"Ok\"}\n");
        assertEquals("line is an array, not an article object", c.onlyProblem().reason());
        assertEquals(List.of("Ok"), c.titles());
    }

    @Test
    void rejectsTrailingGarbageAfterTheObject() throws IOException {
        Collected c = Collected.read(dir, "trail.jsonl", "{\"title\":\"A\"} junk\n");
        assertTrue(c.articles.isEmpty());
        assertTrue(c.onlyProblem().reason().startsWith("invalid JSON"));
    }

    @Test
    void makesIdsFromTheUrlElseThePathAndLine() throws IOException {
        Collected c = Collected.read(dir, "sub/ids.jsonl", """
                {"title": "A", "url": "https://x.org/a"}
                {"title": "B"}
                """);
        assertEquals(List.of("https://x.org/a", "sub/ids.jsonl:2"), c.articles.stream().map(Article::id).toList());
    }

    @Test
    void reportsAnInvalidUtf8LineAndReadsTheOthers() throws IOException {
        var bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{\"title\":\"One\"}\n{\"title\":\"Caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9); // Latin-1 é
        bytes.writeBytes("\"}\n{\"title\":\"Three\"}\n".getBytes(StandardCharsets.UTF_8));
        Collected c = Collected.walk(Collected.write(dir, "latin.jsonl", bytes.toByteArray()));
        assertEquals(List.of("One", "Three"), c.titles());
        assertEquals("invalid UTF-8 at byte 13 of the line", c.onlyProblem().reason());
        assertEquals(2, c.onlyProblem().line());
    }

    @Test
    void skipsALineLargerThanTheLimitAndReadsTheNext() throws IOException {
        String big = "{\"title\":\"Big\",\"body\":\"" + "x".repeat(500) + "\"}";
        Collected c = Collected.walk(Collected.write(dir, "big.jsonl", big + "\n{\"title\":\"Small\"}\n"), 200);
        assertEquals(List.of("Small"), c.titles());
        Problem p = c.onlyProblem();
        assertEquals(1, p.line());
        assertTrue(p.skipped());
        assertEquals("too large: " + big.length() + " bytes, over the limit of 200 bytes for one article", p.reason());
    }

    @Test
    void keepsAnArticleWithABadDateAndWarnsWithTheLine() throws IOException {
        Collected c = Collected.read(dir, "dates.jsonl", "{\"title\":\"T\",\"date\":\"2022-02-30\"}");
        assertNull(c.only().date());
        assertFalse(c.onlyProblem().skipped());
        assertEquals(1, c.onlyProblem().line());
        assertEquals(1, c.stats.warnings());
    }

    @Test
    void takesATitleFromTheBodyWhenTheLineHasNone() throws IOException {
        assertEquals("Kampala activist killed", Collected.read(dir, "t.jsonl",
                "{\"title\": null, \"body\": \"Kampala activist killed\\nMore text.\"}").only().title());
    }

    @Test
    void skipsALineWithNoTitleAndNoBody() throws IOException {
        Collected c = Collected.read(dir, "e.jsonl", "{\"title\":\"\",\"body\":\"  \",\"date\":\"2022-12-02\"}\n");
        assertTrue(c.articles.isEmpty());
        assertEquals("no title and no body", c.onlyProblem().reason());
    }
}
