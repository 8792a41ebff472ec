package news.dispatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import news.dispatch.TestIndexes;

/**
 * The search page in a real headless Chromium against the real server, over the two seed articles and two
 * articles written for this test (one with hostile markup in its title and a javascript: url). One browser is
 * shared by the whole class; every test starts from its own URL.
 */
class SearchPageTest {
    static final String KREMLIN = SearchApiTest.KREMLIN;
    static final String WIDER_TITLE = "Same story from another outlet, wider";
    /** Markup that would run or load something if the page ever put article text in as HTML. */
    static final String HOSTILE = """
            {"id": "hostile-envoy", "title": "<script>window.pwned = 1</script> Envoy <img src=x onerror=\\"window.pwned = 2\\"> arrives", \
            "body": "A peace envoy arrived on Monday. <b>Bold</b> and <a href=\\"javascript:window.pwned = 3\\">a link</a> stay text. The envoy met officials.", \
            "date": "2022-11-20", "source": "<i>Hostile Wire</i>", "url": "javascript:window.pwned = 4"}
            {"id": "safe-envoy", "title": "Envoy returns home", "body": "The peace envoy returned home after three days of \
            talks in the capital. Officials said the envoy would report to the foreign ministry on Tuesday and brief \
            parliament later in the week.", "date": "2022-11-21", "source": "Safe Wire", \
            "url": "https://example.org/envoy-returns"}
            {"id": "safe-envoy-copy", "title": "Envoy back home", "body": "The peace envoy returned home after three \
            days of talks in the capital. Officials said the envoy would report to the foreign ministry on Tuesday and \
            brief parliament later in the week.", "date": "2022-11-21", "source": "Copy Wire"}
            """;

    static TestServer server;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start(1280, 900);
        Path extra = Files.createTempDirectory("dispatch-page-corpus");
        TestIndexes.write(extra, "envoys.jsonl", HOSTILE);
        server = TestServer.start(TestIndexes.seedCorpus(), extra);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.close();
        if (server != null) server.close();
    }

    @BeforeEach
    void freshWindow() {
        browser.resize(1280, 900);
        browser.consoleErrors();
    }

    void open(String query) {
        browser.open(server.url() + "/" + query);
        browser.awaitResults();
    }

    List<WebElement> hits() {
        return browser.all("#results .hit");
    }

    void awaitHits(int n) {
        browser.until(d -> hits().size() == n && "false".equals(browser.find("#results").getAttribute("aria-busy")));
    }

    @Test
    void typingAQueryAndPressingEnterShowsResultsWithTheWordsMarked() {
        open("");
        WebElement box = browser.find("#q");
        box.sendKeys("Putin", Keys.ENTER);
        browser.until(d -> browser.currentQuery().equals("?q=Putin"));
        awaitHits(2);
        for (WebElement hit : hits()) {
            assertTrue(hit.findElements(By.cssSelector(".snippet mark")).stream()
                    .anyMatch(m -> m.getText().startsWith("Putin")), hit.getText());
        }
        assertTrue(browser.find("#result-count").getText().contains("2 articles"), browser.find("#result-count").getText());
        assertTrue(browser.find("#result-count").getText().contains("ms"));
        assertFalse(browser.all("#facet-countries input[data-value='Russia']").isEmpty(), "Russia is a facet value");
        assertFalse(browser.all("#timeline svg g.bar").isEmpty(), "the histogram is drawn");
        browser.screenshot("results");
    }

    @Test
    void tickingACountryNarrowsTheListAndPutsTheFilterInTheUrl() {
        open("?q=Putin");
        awaitHits(2);
        browser.find("#facet-countries input[data-value='Germany']").click();
        awaitHits(1);
        assertEquals("?q=Putin&country=Germany", browser.currentQuery());
        assertTrue(hits().getFirst().getText().contains(WIDER_TITLE));
        assertTrue(browser.find("#facet-countries input[data-value='Germany']").isSelected());
        assertTrue(browser.find("#active-filters").getText().contains("Germany"));
    }

    @Test
    void backRestoresTheEarlierResultsAndForwardTheNarrowedOnes() {
        open("?q=Putin");
        browser.find("#facet-countries input[data-value='Germany']").click();
        awaitHits(1);
        browser.driver.navigate().back();
        awaitHits(2);
        assertEquals("?q=Putin", browser.currentQuery());
        assertFalse(browser.find("#facet-countries input[data-value='Germany']").isSelected());
        assertTrue(browser.find("#active-filters").getText().isEmpty());
        browser.driver.navigate().forward();
        awaitHits(1);
        assertTrue(browser.find("#facet-countries input[data-value='Germany']").isSelected());
    }

    @Test
    void aSharedLinkRestoresTheQueryTheFiltersAndTheSortOrder() {
        open("?q=Putin&country=Germany&sort=-date");
        awaitHits(1);
        assertEquals("Putin", browser.find("#q").getAttribute("value"));
        assertEquals("-date", browser.find("#sort").getAttribute("value"));
        assertTrue(browser.find("#facet-countries input[data-value='Germany']").isSelected());
    }

    @Test
    void openingAnArticleMarksItsPersonsAndCountriesAndListsRelatedCoverage() {
        open("?q=Putin");
        browser.find(".hit[data-id='" + KREMLIN + "'] .hit-title a").click();
        browser.until(d -> !browser.all("#reader mark.entity.person").isEmpty());
        assertTrue(browser.currentQuery().contains("article=" + URLEncoder.encode(KREMLIN, StandardCharsets.UTF_8)));
        assertTrue(browser.find("#results").isDisplayed() == false);
        List<String> persons = browser.all("#reader .article-body mark.entity.person").stream()
                .map(m -> m.getAttribute("data-entity")).toList();
        assertTrue(persons.contains("Vladimir Putin") && persons.contains("Joe Biden"), persons.toString());
        assertFalse(browser.all("#reader .article-body mark.entity.country[data-entity='Russia']").isEmpty());
        assertTrue(browser.find("#reader .related li a").getText().startsWith(WIDER_TITLE));
        browser.screenshot("article");

        browser.find("#reader .back").click();
        awaitHits(2);
        assertEquals("?q=Putin", browser.currentQuery());
    }

    @Test
    void clickingAPersonOnAResultFiltersByThatPersonUntilTheChipIsRemoved() {
        open("?q=Putin");
        hits().stream().filter(h -> h.getText().contains(WIDER_TITLE)).findFirst().orElseThrow()
                .findElements(By.cssSelector("button.chip.persons")).stream()
                .filter(b -> b.getText().contains("Olaf Scholz")).findFirst().orElseThrow().click();
        awaitHits(1);
        assertEquals("?q=Putin&person=Olaf+Scholz", browser.currentQuery());
        browser.find("#active-filters .filter-chip.persons").click();
        awaitHits(2);
        assertEquals("?q=Putin", browser.currentQuery());
    }

    @Test
    void clickingAHistogramBarShowsOnlyThatDayAsARemovableDateChip() {
        open("?q=Putin");
        assertEquals(2, browser.all("#timeline g.bar").size(), "two days, 2 and 3 December 2022");
        browser.find("#timeline g.bar[data-index='0']").click();
        awaitHits(1);
        assertEquals("?q=Putin&from=2022-12-02&to=2022-12-02", browser.currentQuery());
        WebElement chip = browser.find("#active-filters .filter-chip.dates");
        assertTrue(chip.getText().contains("2 Dec 2022"), chip.getText());
        chip.click();
        awaitHits(2);
        assertEquals("?q=Putin", browser.currentQuery());
    }

    @Test
    void draggingAcrossHistogramBarsSetsTheRangeTheyCover() {
        open("");
        awaitHits(5);
        List<WebElement> bars = browser.all("#timeline g.bar");
        assertEquals(14, bars.size(), "every day from 20 November to 3 December 2022");
        new Actions(browser.driver).clickAndHold(bars.get(0)).moveToElement(bars.get(1)).release().perform();
        awaitHits(3);
        assertEquals("?from=2022-11-20&to=2022-11-21", browser.currentQuery());
    }

    @Test
    void aFacetFilterBoxFindsPersonsOutsideTheTopValues() {
        open("?q=Putin");
        browser.find("#facet-persons .facet-filter").sendKeys("sch");
        browser.until(d -> browser.all("#facet-persons .facet-name").stream().map(WebElement::getText).toList()
                .equals(List.of("Olaf Scholz")));
        browser.find("#facet-persons input[data-value='Olaf Scholz']").click();
        awaitHits(1);
        assertEquals("?q=Putin&person=Olaf+Scholz", browser.currentQuery());
    }

    @Test
    void aQueryWithoutMatchesSuggestsWhatToTryAndABadOneShowsTheServersMessage() {
        open("?q=zzyzx+quokka&country=Germany");
        String empty = browser.find("#results .empty-state").getText();
        assertTrue(empty.contains("No articles match") && empty.contains("without filters"), empty);
        assertTrue(empty.contains("zzyzx OR quokka"), empty);

        open("?q=" + "a".repeat(1001));
        String error = browser.find("#results .error-state").getText();
        assertTrue(error.contains("the limit is 1000"), error);
    }

    @Test
    void hostileMarkupInATitleIsShownAsTextAndAJavascriptUrlIsNeverALink() {
        open("?q=envoy");
        awaitHits(3);
        WebElement hostile = browser.find(".hit[data-id='hostile-envoy']");
        assertTrue(hostile.getText().contains("<script>window.pwned = 1</script>"), hostile.getText());
        assertTrue(hostile.getText().contains("<img src=x onerror="), hostile.getText());
        assertTrue(hostile.findElement(By.cssSelector(".source")).getDomProperty("textContent")
                .equals("<i>Hostile Wire</i>"));
        assertTrue(browser.all("#results script, #results img, #results i, #results b").isEmpty());

        hostile.findElement(By.cssSelector(".hit-title a")).click();
        browser.until(d -> browser.find("#reader h1").getText().contains("Envoy"));
        String article = browser.find("#reader").getText();
        assertTrue(article.contains("<script>window.pwned = 1</script>"), article);
        assertTrue(article.contains("<a href=\"javascript:window.pwned = 3\">a link</a>"), article);
        assertTrue(browser.all("#reader script, #reader img, #reader b, #reader .original").isEmpty());
        assertTrue(browser.all("a[href^='javascript']").isEmpty(), "no javascript: link anywhere");
        assertNull(browser.script("return window.pwned;"), "nothing from the article ran");

        browser.open(server.url() + "/?article=safe-envoy");
        WebElement original = browser.until(d -> browser.find("#reader .original a"));
        assertEquals("https://example.org/envoy-returns", original.getAttribute("href"));
    }

    @Test
    void aWireCopyIsListedAsANearDuplicateInRelatedCoverage() {
        browser.open(server.url() + "/?article=safe-envoy");
        WebElement copy = browser.until(d -> browser.find("#reader .related li.near-duplicate"));
        assertTrue(copy.getText().contains("Envoy back home") && copy.getText().toLowerCase(java.util.Locale.ROOT).contains("near duplicate"),
                copy.getText());
        copy.findElement(By.cssSelector("a")).click();
        browser.until(d -> browser.find("#reader h1").getText().equals("Envoy back home"));
        assertEquals("?article=safe-envoy-copy", browser.currentQuery());
        assertTrue(browser.all("#reader .original").isEmpty(), "an article without a url has no source link");
    }

    @Test
    void slashFocusesTheSearchBoxAndEscapeLeavesAnArticle() {
        browser.open(server.url() + "/?q=Putin&article=" + KREMLIN);
        browser.until(d -> browser.find("#reader h1").isDisplayed());
        browser.find("body").sendKeys("/");
        assertEquals("q", browser.script("return document.activeElement.id;"));
        browser.script("document.activeElement.blur();");
        browser.find("body").sendKeys(Keys.ESCAPE);
        awaitHits(2);
        assertEquals("?q=Putin", browser.currentQuery());
    }

    @Test
    void atPhoneWidthTheFacetsWaitBehindAFiltersButton() {
        browser.resize(390, 844);
        open("?q=Putin");
        assertTrue(browser.find("#facet-toggle").isDisplayed());
        assertFalse(browser.find("#sidebar").isDisplayed());
        browser.screenshot("phone-results");
        browser.find("#facet-toggle").click();
        assertTrue(browser.find("#sidebar").isDisplayed());
        assertEquals("true", browser.find("#facet-toggle").getAttribute("aria-expanded"));
    }

    @Test
    void thePageRunsUnderItsContentSecurityPolicyWithoutConsoleErrors() {
        open("?q=Putin");
        browser.find(".hit .hit-title a").click();
        browser.until(d -> !browser.all("#reader mark.entity").isEmpty());
        assertEquals(List.of(), browser.consoleErrors());
    }
}
