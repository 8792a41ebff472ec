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
        awaitHits(PageFixture.ARTICLES - 10);
        assertEquals("?page=2", browser.currentQuery());
        assertEquals("11", browser.find("#results ol").getAttribute("start"));
        assertTrue(browser.find("#result-count").getText().startsWith("11–13 of 13 articles"),
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
