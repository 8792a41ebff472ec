package news.dispatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/** Compare over time, the zoomed histogram, exact date inputs and the export buttons, in a real browser. */
class ComparePageTest extends PageTest {
    /** The legend's lines once the comparison has answered (before, the panel holds a frame of its final size). */
    List<WebElement> legend() {
        return browser.all("#compare .compare-legend li:has(.series-remove)");
    }

    @Test
    void aComparisonOfTwoSearchesIsALinkWithALegendValuesOnFocusAndShares() {
        open("?q=envoy");
        browser.find("#export-links .compare-open").click();
        browser.until(d -> legend().size() == 1);
        assertEquals("?q=envoy&series=q%3Denvoy", browser.currentQuery());
        browser.find("#compare-add").sendKeys("harvest");
        browser.find("#compare .compare-form button").click();
        browser.until(d -> legend().size() == 2);
        assertTrue(legend().get(1).getText().contains("harvest"), legend().get(1).getText());
        // The legend names each line's dash and point shape, not only its colour.
        assertTrue(legend().get(0).getAttribute("textContent").contains("solid line, circles"));
        assertTrue(legend().get(1).getAttribute("textContent").contains("dashed line, squares"));
        browser.script("document.querySelector('#compare rect.period[tabindex=\"0\"]').focus();");
        browser.until(d -> browser.find("#compare-readout").getText().contains("harvest"));
        assertTrue(browser.find("#compare-readout").getText().contains("envoy"));
        assertTrue(browser.find("#compare .compare-undated").getText().contains("no date"));
        browser.find("#compare input[value='share']").click();
        browser.until(d -> browser.currentQuery().endsWith("&show=share"));
        browser.until(d -> browser.find("#compare .compare-chart").getAttribute("aria-label").startsWith("Share"));
        // Reloading the link restores the comparison.
        browser.open(server.url() + "/" + browser.currentQuery());
        browser.until(d -> legend().size() == 2);
        browser.find("#compare .series-remove").click();
        browser.until(d -> legend().size() == 1);
        assertTrue(legend().getFirst().getText().contains("harvest"));
        browser.find("#compare .compare-close").click();
        browser.until(d -> !browser.find("#compare").isDisplayed());
    }

    @Test
    void aSeriesOfAPersonNoArticleHoldsIsWarnedAboutWithTheNameItMayHaveMeant() {
        open("?series=person%3Dolaf%2Bscholz");
        browser.until(d -> !browser.all("#compare .compare-notes .note.warning").isEmpty());
        String note = browser.find("#compare .compare-notes").getAttribute("textContent");
        assertTrue(note.contains("No article has the person 'olaf scholz'") && note.contains("did you mean 'Olaf Scholz'"), note);
        assertEquals("status", browser.find("#compare .compare-notes").getAttribute("role"));
    }

    @Test
    void aDateRangeZoomsTheHistogramToThoseDaysAndShowAllDatesWidensAgain() {
        open("?from=2022-11-21&to=2022-11-23");
        browser.until(d -> browser.find("#timeline h2").getAttribute("textContent").contains("zoomed"));
        assertEquals(3, browser.all("#timeline g.bar").size(), "21, 22 and 23 November, by day");
        browser.find("#timeline .zoom-out").click();
        browser.until(d -> browser.currentQuery().isEmpty());
        browser.until(d -> browser.all("#timeline g.bar").size() > 3);
    }

    @Test
    void exactDaysFromTheDateInputsSetTheRange() {
        open("");
        browser.script("document.getElementById('date-from').value = '2022-12-02';"
                + "document.getElementById('date-to').value = '2022-12-03';");
        browser.find("#date-range button").click();
        awaitHits(2);
        assertEquals("?from=2022-12-02&to=2022-12-03", browser.currentQuery());
    }

    @Test
    void oneSelectedPersonShowsWhoAppearsWithThemAndLinksToBoth() {
        open("?person=Olaf+Scholz");
        browser.until(d -> browser.find("#cooccurrence").isDisplayed());
        assertTrue(browser.find("#cooccurrence h2").getAttribute("textContent")
                .contains("Named in the same articles as Olaf Scholz"));
        WebElement putin = browser.all("#cooccurrence a").stream().filter(a -> a.getText().equals("Vladimir Putin"))
                .findFirst().orElseThrow();
        assertTrue(putin.getAttribute("href").endsWith("?person=Olaf+Scholz&person=Vladimir+Putin&person_op=and"),
                putin.getAttribute("href"));
        putin.click();
        awaitHits(1);
        browser.until(d -> !browser.find("#cooccurrence").isDisplayed());
    }

    @Test
    void exportButtonsDownloadEveryMatchOfTheSearchShown() throws Exception {
        open("?q=envoy&sort=-date");
        String csv = browser.find("#export-links a.export-link").getAttribute("href");
        assertTrue(csv.contains("/api/export?q=envoy&sort=-date&format=csv"), csv);
        var r = server.get(csv.substring(server.url().length()));
        assertEquals(200, r.statusCode());
        assertEquals(1 + 3, r.body().split("\r\n").length, "a header and the three envoy articles");
    }
}
