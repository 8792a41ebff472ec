package news.dispatch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cells, header cells, options and block elements a reader sees apart never glue the words on either side. */
class HtmlBoundariesTest {
    @TempDir
    Path dir;

    @Test
    void headerCellsOfAFeedsTableAreWordsApart() {
        assertEquals("Joe Biden", FetchedArticle.htmlText("<table><tr><th>Joe</th><th>Biden</th></tr></table>"));
    }

    @Test
    void cellsQuotedWithoutTheirTableAreWordsApart() {
        assertEquals("Joe Biden", FetchedArticle.htmlText("<td>Joe</td><td>Biden</td>"));
        assertEquals("Joe Biden", FetchedArticle.htmlText("<TD class=n>Joe<TD>Biden"));
        assertEquals("Joe Biden", FetchedArticle.htmlText("<th>Joe</th><th>Biden</th>"));
    }

    @Test
    void rowsQuotedWithoutTheirTableAreLinesApart() {
        String text = FetchedArticle.htmlText("<tr><td>Joe</td></tr><tr><td>Biden</td></tr>");
        assertFalse(text.contains("JoeBiden"), text);
        assertEquals("Joe\nBiden", text.replaceAll(" *\n+ *", "\n").strip());
    }

    @Test
    void sectioningElementsOfAFragmentAreParagraphsApart() {
        assertEquals("Joe\n\nBiden", FetchedArticle.htmlText("<header>Joe</header><nav>Biden</nav>"));
        assertEquals("Joe\n\nBiden", FetchedArticle.htmlText("<aside>Joe</aside><footer>Biden</footer>"));
        assertEquals("Joe\n\nBiden", FetchedArticle.htmlText("<fieldset><legend>Joe</legend>Biden</fieldset>"));
    }

    @Test
    void optionsOfAListBoxAreWordsApart() {
        assertEquals("Joe Biden", FetchedArticle.htmlText("<select><option>Joe</option><option>Biden</option></select>"));
    }

    @Test
    void aTableBodyEndingBeforeTextIsAParagraphApart() {
        assertEquals("Joe\n\nBiden",
                FetchedArticle.pageText("<html><body><article><table><tbody><tr><td>Joe</td></tr></tbody></table>"
                        + "Biden</article></body></html>"));
    }

    @Test
    void aSavedPagesHeaderCellsAndCaptionAreApart() throws IOException {
        Article a = Collected.read(dir, "table.html", """
                <html><head><title>Results</title></head><body><article>
                <table><caption>Winners</caption><thead><tr><th>Vladimir</th><th>Putin</th></tr></thead>
                <tbody><tr><td><b>Joe</b></td><td><i>Biden</i></td></tr></tbody></table>
                </article></body></html>
                """).only();
        assertEquals("Winners\n\nVladimir Putin\n\nJoe Biden", a.body());
    }
}
