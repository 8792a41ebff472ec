package news.dispatch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsEveryFrontMatterField() throws IOException {
        Collected c = Collected.read(dir, "talks.txt", """
                ---
                title: "Kremlin: talks are harder"
                date: 2022-12-02
                source: 'Example Times'
                url: https://example.com/talks
                language: en
                id: ex-1
                ---

                The fact that Washington doesn't recognize...
                Second line.""");
        Article a = c.only();
        assertEquals("ex-1", a.id());
        assertEquals("Kremlin: talks are harder", a.title());
        assertEquals(Instant.parse("2022-12-02T00:00:00Z"), a.date());
        assertEquals("Example Times", a.source());
        assertEquals("https://example.com/talks", a.url());
        assertEquals("en", a.language());
        assertEquals("The fact that Washington doesn't recognize...\nSecond line.", a.body());
        assertEquals(dir.resolve("talks.txt").toAbsolutePath().normalize(), a.file());
        assertEquals(0, a.line());
        assertTrue(c.problems.isEmpty(), c.problems::toString);
    }

    @Test
    void acceptsABlankLineBeforeTheFrontMatter() throws IOException {
        Article a = Collected.read(dir, "a.txt", "\n---\ntitle: Peace talks\ndate: 2022-12-03\n---\nRussia has said.").only();
        assertEquals("Peace talks", a.title());
        assertEquals("Russia has said.", a.body());
    }

    @Test
    void takesTheFirstLineOfABareTextFileAsItsTitleAndLeavesTheDateUnknown() throws IOException {
        Article a = Collected.read(dir, "bare.txt", "\n\nPutin and Biden may talk\n\nThe Kremlin said so.\n").only();
        assertEquals("Putin and Biden may talk", a.title());
        assertEquals("Putin and Biden may talk\n\nThe Kremlin said so.", a.body());
        assertNull(a.date());
        assertEquals(dir.getFileName() + "/bare.txt", a.id());
    }

    @Test
    void cutsALongFirstLineToItsFirstSentence() throws IOException {
        String first = "The U.S. President Joe Biden said on Thursday he was ready to talk to Putin.";
        String line = first + " He added that the talks would only happen if the Kremlin was ready to end the war in Ukraine.";
        assertEquals(first, Collected.read(dir, "long.txt", line).only().title());
    }

    @Test
    void cutsALongSentenceAtAWordBoundaryWithAnEllipsis() throws IOException {
        String line = "word ".repeat(60).strip();
        String title = Collected.read(dir, "words.txt", line).only().title();
        assertTrue(title.length() <= ArticleText.TITLE_LENGTH, title);
        assertTrue(title.endsWith("word…"), title);
    }

    @Test
    void keepsTheBodyWhitespaceExactlyButNormalizesLineEndingsAndTheBom() throws IOException {
        Article a = Collected.read(dir, "ws.txt", "\uFEFFTitle line\r\n\r\n  indented   text\twith tabs\r\nend\r\n").only();
        assertEquals("Title line\n\n  indented   text\twith tabs\nend", a.body());
        assertEquals("Title line", a.title());
    }

    @Test
    void readsTheWholeFileAsBodyWhenFrontMatterIsNeverClosed() throws IOException {
        Collected c = Collected.read(dir, "open.txt", "---\ntitle: Lost\nMoscow said on Friday that talks stalled.\n");
        Article a = c.only();
        assertEquals("---\ntitle: Lost\nMoscow said on Friday that talks stalled.", a.body());
        assertEquals("title: Lost", a.title());
        Problem p = c.onlyProblem();
        assertFalse(p.skipped());
        assertEquals(1, p.line());
        assertTrue(p.reason().contains("never closed"), p.reason());
    }

    @Test
    void warnsAboutAFrontMatterLineThatIsNotKeyValueAndReadsTheRest() throws IOException {
        Collected c = Collected.read(dir, "odd.md", "---\ntitle: Fine\njust words\n---\nBody.");
        assertEquals("Fine", c.only().title());
        assertEquals(3, c.onlyProblem().line());
        assertFalse(c.onlyProblem().skipped());
    }

    @Test
    void takesAMarkdownHeadingAsTitleWithoutItsHashes() throws IOException {
        Article a = Collected.read(dir, "note.md", "# Sanctions on Iran\n\nThe EU agreed *new* sanctions.").only();
        assertEquals("Sanctions on Iran", a.title());
        assertEquals("# Sanctions on Iran\n\nThe EU agreed *new* sanctions.", a.body());
    }

    @Test
    void keepsTheArticleWithoutDateWhenTheDateCannotBeParsed() throws IOException {
        Collected c = Collected.read(dir, "d.txt", "---\ntitle: T\ndate: last Friday\n---\nBody");
        assertNull(c.only().date());
        Problem p = c.onlyProblem();
        assertFalse(p.skipped());
        assertEquals("unparseable date \"last Friday\"; article read without a date", p.reason());
    }

    @Test
    void skipsAFileWithFrontMatterButNoTitleAndNoBody() throws IOException {
        Collected c = Collected.read(dir, "nothing.txt", "---\ndate: 2022-12-02\n---\n\n");
        assertTrue(c.articles.isEmpty());
        assertEquals("no title and no body", c.onlyProblem().reason());
        assertTrue(c.onlyProblem().skipped());
    }

    @Test
    void takesTheTitleFromFrontMatterEvenWhenTheBodyIsEmpty() throws IOException {
        Article a = Collected.read(dir, "headline.txt", "---\ntitle: Only a headline\n---\n").only();
        assertEquals("Only a headline", a.title());
        assertEquals("", a.body());
    }
}
