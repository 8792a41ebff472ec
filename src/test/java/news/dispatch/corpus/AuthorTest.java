package news.dispatch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who wrote an article, as each format names it: JSON {@code author} or {@code authors}, HTML meta, front matter. */
class AuthorTest {
    @TempDir
    Path dir;

    @Test
    void aJsonAuthorIsTheArticlesAuthor() throws IOException {
        Article a = Collected.read(dir, "a.json", "{\"title\": \"T\", \"author\": \"  Jane   Doe \"}").only();
        assertEquals("Jane Doe", a.author());
    }

    @Test
    void aJsonListOfAuthorsIsJoinedAndBlankNamesAreLeftOut() throws IOException {
        Article a = Collected.read(dir, "a.jsonl", "{\"title\": \"T\", \"authors\": [\"Jane Doe\", \"\", \"John Roe\"]}\n")
                .only();
        assertEquals("Jane Doe, John Roe", a.author());
    }

    @Test
    void anEmptyListOfAuthorsIsNoAuthor() throws IOException {
        assertNull(Collected.read(dir, "a.json", "{\"title\": \"T\", \"authors\": []}").only().author());
    }

    @Test
    void anHtmlPageNamesItsAuthorInAMetaTag() throws IOException {
        Article a = Collected.read(dir, "page.html", """
                <html><head><title>Talks</title><meta name="author" content="Olga Petrova"></head>
                <body><article><p>Talks went on.</p></article></body></html>
                """).only();
        assertEquals("Olga Petrova", a.author());
    }

    @Test
    void markdownFrontMatterNamesTheAuthor() throws IOException {
        Article a = Collected.read(dir, "note.md", "---\ntitle: Note\nauthor: Ana Lima\n---\nText.\n").only();
        assertEquals("Ana Lima", a.author());
    }

    @Test
    void anAuthorLongerThanANameIsCut() throws IOException {
        Article a = Collected.read(dir, "a.json", "{\"title\": \"T\", \"author\": \"" + "x".repeat(5000) + "\"}").only();
        assertEquals(ArticleText.AUTHOR_LENGTH + 1, a.author().length());
    }
}
