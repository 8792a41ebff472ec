package news.dispatch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonArticleReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsOneArticleObject() throws IOException {
        Article a = Collected.read(dir, "one.json", """
                {"title": "Summit", "body": "Leaders met.", "date": "Fri, 02 Dec 2022 10:15:00 GMT", "source": "AP"}
                """).only();
        assertEquals("Summit", a.title());
        assertEquals(Instant.parse("2022-12-02T10:15:00Z"), a.date());
        assertEquals(dir.getFileName() + "/one.json", a.id());
        assertEquals(0, a.line());
    }

    @Test
    void readsAnArrayAndNumbersElementsWithoutIdFromZero() throws IOException {
        Collected c = Collected.read(dir, "many.json", """
                [
                  {"id": "given", "title": "First"},
                  {"title": "Second"},
                  {"title": "Third", "url": "https://x.org/3"}
                ]
                """);
        assertEquals(List.of("given", dir.getFileName() + "/many.json#1", "https://x.org/3"), c.articles.stream().map(Article::id).toList());
        assertTrue(c.problems.isEmpty());
    }

    @Test
    void reportsAnArrayElementThatIsNotAnObjectWithItsLine() throws IOException {
        Collected c = Collected.read(dir, "mixed.json", "[\n{\"title\":\"A\"},\n\"oops\",\n{\"title\":\"B\"}\n]");
        assertEquals(List.of("A", "B"), c.titles(), c.problems::toString);
        assertEquals("array element #1 is a string, not an article object", c.onlyProblem().reason());
        assertEquals(3, c.onlyProblem().line());
    }

    @Test
    void skipsJsonThatIsNeitherObjectNorArray() throws IOException {
        Collected c = Collected.read(dir, "n.json", "42");
        assertEquals("JSON is a number, neither an article object nor an array of article objects",
                c.onlyProblem().reason());
        assertEquals(1, c.stats.filesSkipped());
    }

    @Test
    void skipsAFileWithInvalidJsonAndSaysWhere() throws IOException {
        Collected c = Collected.read(dir, "bad.json", "{\n\"title\": \"A\",\n}");
        Problem p = c.onlyProblem();
        assertTrue(p.reason().startsWith("invalid JSON: "), p.reason());
        assertEquals(3, p.line());
        assertTrue(p.skipped());
    }

    @Test
    void keepsTheElementsBeforeASyntaxErrorInAnArray() throws IOException {
        Collected c = Collected.read(dir, "cut.json", "[{\"title\":\"A\"},\n{\"title\": }]");
        assertEquals(List.of("A"), c.titles());
        assertTrue(c.onlyProblem().reason().endsWith("the rest of the file is skipped"), c.onlyProblem().reason());
        assertEquals(1, c.stats.filesRead());
    }
}
