package news.dispatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The search page in a real headless Chromium against the real server: typing a query, results, the URL as the
 * page's state (Back, Forward, shared links, pages), notes, empty and error states, phone width, and the CSP.
 */
class SearchPageTest extends PageTest {
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
        assertTrue(hits().getFirst().getText().contains(PageFixture.WIDER_TITLE));
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
    void malformedValuesInTheUrlAreDroppedInsteadOfBreakingThePage() {
        open("?q=Putin&from=yesterday&sort=sideways&page=-3");
        awaitHits(2);
        assertEquals("relevance", browser.find("#sort").getAttribute("value"));
        assertTrue(browser.find("#active-filters").getText().isEmpty());
    }

    @Test
    void nextGoesToTheSecondPageWhichTheUrlRemembers() {
        open("");
        awaitHits(10);
        assertEquals("Page 1 of 2", browser.find("#pager .pager-where").getText());
        browser.find("#pager a[rel='next']").click();
        awaitHits(PageFixture.STORIES - 10);
        assertEquals("?page=2", browser.currentQuery());
        assertEquals("11", browser.find("#results ol").getAttribute("start"));
        assertTrue(browser.find("#result-count").getText().startsWith("11–12 of 12 stories (13 articles)"),
                browser.find("#result-count").getText());
        browser.driver.navigate().back();
        awaitHits(10);

        open("?page=9");
        assertTrue(browser.find("#results .empty-state").getText().contains("past the last page"));
        browser.find("#results .empty-state a").click();
        awaitHits(10);
        assertEquals("", browser.currentQuery());
    }

    @Test
    void thePagerHasNumbersFirstAndLastAndTheCardsTheirRankAndAPageBeyondTheEndSaysSo() throws Exception {
        open("");
        awaitHits(10);
        assertEquals("1.", browser.find(".hit .hit-rank").getText());
        assertTrue(browser.find("#pager a[aria-current='page']").getText().endsWith("1"));
        browser.find("#pager a.pager-last").click();
        awaitHits(PageFixture.STORIES - 10);
        assertEquals("?page=2", browser.currentQuery());
        assertEquals("11.", browser.find(".hit .hit-rank").getText());
        assertTrue(browser.find("#pager a[aria-current='page']").getText().endsWith("2"));
        browser.find("#pager a.pager-first").click();
        awaitHits(10);

        open("?page=9");
        String page = browser.find("body").getText();
        assertFalse(page.contains("of 2"), "never 'Page 9 of 2': " + page);
        browser.find("#results .empty-state a[href$='page=2']").click();
        awaitHits(PageFixture.STORIES - 10);

        // A deep page is asked for after the previous page's last hit (the API's cursor) and keeps its numbers.
        String q = "harvest OR envoy OR Putin"; // every article of the fixture, ranked by relevance
        String cursor = server.json("/api/search?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8))
                .get("next_cursor").asText();
        open("?" + new java.util.StringJoiner("&").add("q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8))
                .add("page=2").add("cursor=" + java.net.URLEncoder.encode(cursor, java.nio.charset.StandardCharsets.UTF_8)));
        awaitHits(PageFixture.STORIES - 10);
        assertEquals("11.", browser.find(".hit .hit-rank").getText());
        assertTrue(browser.find("#result-count").getText().startsWith("11–12 of 12"), browser.find("#result-count").getText());
        assertEquals("Page 2", browser.find("#pager .current").getText());
        assertTrue(browser.all("#pager a[rel='next']").isEmpty(), "the last page has no next");
    }

    @Test
    void pageNumbersShowFirstLastAndTheNeighboursOfTheCurrentPage() {
        open("");
        Object numbers = browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('./js/results.js').then(({ pageNumbers }) => done([pageNumbers(150, 192).join(' '),
                  pageNumbers(1, 2).join(' '), pageNumbers(192, 192).join(' ')]));
                """);
        assertEquals(List.of("1 … 148 149 150 151 152 … 192", "1 2", "1 … 190 191 192"), numbers);
    }

    @Test
    void aliasNotesAndQueryWarningsAreShownAboveTheResults() {
        open("?q=Kiev");
        assertTrue(browser.find("#notes .alias").getText().startsWith("Kiev also matches Kyiv"),
                browser.find("#notes").getText());
        open("?q=%22Putin");
        awaitHits(2);
        assertTrue(browser.find("#notes .warning").getText().contains("a quote is not closed"),
                browser.find("#notes").getText());
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
    void thePageRunsUnderItsContentSecurityPolicyWithoutConsoleErrors() throws Exception {
        assertEquals(DispatchServer.CONTENT_SECURITY_POLICY,
                server.get("/").headers().firstValue("Content-Security-Policy").orElseThrow());
        open("?q=Putin");
        browser.find(".hit .hit-title a").click();
        browser.until(d -> !browser.all("#reader mark.entity").isEmpty());
        assertEquals(List.of(), browser.consoleErrors());
    }
}
