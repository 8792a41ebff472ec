package news.dispatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;

import news.dispatch.TestIndexes;

/**
 * The fields a corpus carries beyond the known ones (AllSides' {@code bias} and {@code topic}) on the page, with no
 * code that names them: a facet box each, ticked into a {@code meta.NAME=} filter, shown on the cards and in the
 * article view. The shared browser reads an index of its own: the shared one carries no such fields.
 */
class CarriedFieldsPageTest extends PageTest {
    @TempDir static Path dir;
    static TestServer carried;

    @BeforeAll
    static void start() throws IOException {
        Path corpus = dir;
        TestIndexes.write(corpus, "allsides.jsonl", """
                {"id": "a1", "date": "2019-07-01", "source": "Reuters", "bias": "center", "topic": "trade", "title": "Tariff talks resume", "body": "Negotiators met in Osaka to resume tariff talks between the two largest economies."}
                {"id": "a2", "date": "2019-07-02", "source": "Fox News", "bias": "right", "topic": "trade", "title": "Tariffs hit farmers", "body": "Farmers in Iowa say the tariffs have cut their soybean exports by half this year."}
                {"id": "a3", "date": "2019-07-03", "source": "Vox", "bias": "left", "topic": "elections", "title": "Debate night recap", "body": "Twenty candidates took the stage over two nights of debates in Miami this week."}
                {"id": "a4", "date": "2019-07-04", "source": "Vox", "bias": "left", "topic": ["trade", "elections"], "title": "Trade on the trail", "body": "Candidates spent the holiday arguing about tariffs, soybeans and the trade war."}
                """);
        carried = TestServer.start(corpus);
    }

    @AfterAll
    static void stop() throws Exception {
        if (carried != null) carried.close();
    }

    @BeforeEach
    void useTheCarriedIndex() {
        server = carried;
    }

    private List<String> names(String dim) {
        return browser.all("section[data-dim='" + dim + "'] .facet-name").stream().map(WebElement::getText).toList();
    }

    private List<String> texts(String css) {
        return browser.all(css).stream().map(WebElement::getText).toList();
    }

    @Test
    void eachCarriedFieldIsAFacetBoxNamedAsTheCorpusNamesIt() {
        open("");
        browser.until(d -> !names("meta.bias").isEmpty());
        assertEquals("Bias", browser.find("section[data-dim='meta.bias'] h2").getAttribute("textContent"));
        assertEquals("Topic", browser.find("section[data-dim='meta.topic'] h2").getAttribute("textContent"));
        assertEquals(List.of("center", "left", "right"), names("meta.bias").stream().sorted().toList());
        assertTrue(names("meta.topic").containsAll(List.of("trade", "elections")), names("meta.topic").toString());
    }

    @Test
    void tickingACarriedValueFiltersTheResultsAndNamesTheFilter() {
        open("");
        browser.until(d -> !names("meta.bias").isEmpty());
        browser.find("section[data-dim='meta.bias'] input[data-value='left']").click();
        awaitHits(2);
        assertEquals("?meta.bias=left", browser.currentQuery());
        String chips = browser.find("#active-filters").getAttribute("textContent");
        assertTrue(chips.contains("Bias left"), chips);
        Accessibility.assertNoViolations(browser, "a search filtered by a carried field");
    }

    @Test
    void aCarriedValueLeftOutIsAFilterToo() {
        open("");
        browser.until(d -> !names("meta.bias").isEmpty());
        browser.find("section[data-dim='meta.bias'] button.facet-not[data-value='left']").click();
        awaitHits(2);
        assertEquals("?not_meta.bias=left", browser.currentQuery());
    }

    @Test
    void aCardAndTheArticleShowTheFieldsTheArticleCarries() {
        open("?q=" + "debate");
        awaitHits(1);
        assertEquals(List.of("bias: left", "topic: elections"), texts(".hit .hit-fields .field"));
        browser.open(server.url() + "/?q=debate&article=a3");
        browser.until(d -> !browser.all("#reader .article-fields").isEmpty());
        assertEquals(List.of("bias: left", "topic: elections"), texts("#reader .article-fields .field"));
    }

    @Test
    void aLinkWithACarriedFilterOpensWithItsBoxTicked() {
        open("?meta.topic=elections&meta.topic_op=and");
        awaitHits(2);
        browser.until(d -> !names("meta.topic").isEmpty());
        assertTrue(browser.find("section[data-dim='meta.topic'] input[data-value='elections']").isSelected());
    }

    @Test
    void theCarriedBoxesShiftNothingAsTheyAppear() {
        for (int[] size : new int[][] {{1280, 800}, {390, 844}}) {
            browser.resize(size[0], size[1]);
            for (String state : List.of("", "?meta.bias=left", "?q=tariffs&not_meta.bias=right")) {
                double cls = LayoutShift.of(browser, server.url() + "/" + state);
                assertTrue(cls < LayoutStabilityPageTest.MOST, String.format("%s at %d px: %.4f%n%s", state, size[0],
                        cls, LayoutShift.moved(browser)));
            }
        }
    }
}
