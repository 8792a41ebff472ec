package news.dispatch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlArticleReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsMetadataFromOpenGraphAndTextFromTheArticle() throws IOException {
        Article a = Collected.read(dir, "page.html", """
                <!doctype html>
                <html lang="en-GB">
                <head>
                  <title>Site | Talks</title>
                  <meta property="og:title" content="Kremlin says talks harder">
                  <meta property="og:site_name" content="Example News">
                  <meta property="og:url" content="https://example.com/talks">
                  <meta property="article:published_time" content="2022-12-02T10:15:00+02:00">
                  <style>p { color: red }</style>
                </head>
                <body>
                  <nav><a href="/">Home</a></nav>
                  <article>
                    <header><h1>Kremlin says talks harder</h1></header>
                    <p>The fact that   Washington
                       doesn't recognize <b>annexed</b> regions.</p>
                    <aside>Read more</aside>
                    <p>Peskov said<br>on Friday.</p>
                    <script>track()</script>
                  </article>
                  <footer>© Example</footer>
                </body>
                </html>
                """).only();
        assertEquals("Kremlin says talks harder", a.title());
        assertEquals("The fact that Washington doesn't recognize annexed regions.\n\nPeskov said\non Friday.", a.body());
        assertEquals(Instant.parse("2022-12-02T08:15:00Z"), a.date());
        assertEquals("Example News", a.source());
        assertEquals("https://example.com/talks", a.url());
        assertEquals("https://example.com/talks", a.id());
        // <html lang="en-GB">, normalised to the ISO 639-1 code every article carries.
        assertEquals("en", a.language());
    }

    @Test
    void fallsBackToTheTitleTagTheCanonicalLinkAndATimeElement() throws IOException {
        Article a = Collected.read(dir, "plain.htm", """
                <html><head><title> Plain page </title><link rel="canonical" href="https://x.org/p"></head>
                <body><main><p>Posted <time datetime="2022-12-03">Saturday</time>.</p><div>Second block</div></main>
                <form><input name="q"></form></body></html>
                """).only();
        assertEquals("Plain page", a.title());
        assertEquals("https://x.org/p", a.url());
        assertEquals(Instant.parse("2022-12-03T00:00:00Z"), a.date());
        assertEquals("Posted Saturday.\n\nSecond block", a.body());
    }

    @Test
    void takesTheFirstHeadingWhenThereIsNoTitleAndTheItempropDate() throws IOException {
        Article a = Collected.read(dir, "h.html", """
                <body><h1>Ceasefire agreed</h1><span itemprop="datePublished">December 2, 2022</span>
                <p>Text.</p></body>""").only();
        assertEquals("Ceasefire agreed", a.title());
        assertEquals(Instant.parse("2022-12-02T00:00:00Z"), a.date());
        assertEquals(dir.getFileName() + "/h.html", a.id());
        assertNull(a.source());
    }

    @Test
    void readsTheDateFromANameDateMetaTag() throws IOException {
        Article a = Collected.read(dir, "m.html",
                "<head><meta name=\"date\" content=\"2 December 2022\"><title>T</title></head><body>x</body>").only();
        assertEquals(Instant.parse("2022-12-02T00:00:00Z"), a.date());
    }

    @Test
    void keepsPreformattedTextAsWritten() throws IOException {
        Article a = Collected.read(dir, "pre.html", "<title>T</title><body><pre>a   b\n  c</pre></body>").only();
        assertEquals("a   b\n  c", a.body());
    }
}
