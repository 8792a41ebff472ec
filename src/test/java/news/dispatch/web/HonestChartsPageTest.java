package news.dispatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Shares over time are drawn with their base (a period of fewer than 30 articles is hatched, said in words and on
 * focus, and does not set the scale), with a date under every step where one fits, legible on a phone; and an "all
 * of" search that finds nothing says which ticked values have no article in common and offers "any of".
 */
class HonestChartsPageTest extends PageTest {
    /** Envoy (20–21 Nov) and harvest (22–27 Nov) reports by day: eight days, each holding a few articles. */
    static final String SHARES = "?series=q%3Denvoy&series=q%3Dharvest&interval=day&show=share";

    @ParameterizedTest(name = "{0} px wide")
    @CsvSource({"1280, 800", "390, 844"})
    void sharesOfThinPeriodsAreHatchedAndSaidAndEveryReadableDateIsLabelled(int width, int height) {
        browser.resize(width, height);
        open(SHARES);
        browser.until(d -> !browser.all("#compare .compare-chart").isEmpty());
        int periods = browser.all("#compare rect.period").size();
        assertEquals(8, periods, "20 to 27 November");
        assertEquals(periods, browser.all("#compare rect.thin-base").size(), "every day holds fewer than 30 articles");
        String note = browser.find("#compare .compare-thin").getText();
        assertTrue(note.contains("fewer than 30 articles"), note);
        browser.script("document.querySelector('#compare rect.period[tabindex=\"0\"]').focus();");
        browser.until(d -> browser.find("#compare-readout").getText().contains("too few to compare"));
        assertTrue(browser.find("#compare-readout").getText().matches(".*\\d+ of \\d+ articles?.*"),
                browser.find("#compare-readout").getText());
        int labels = browser.all("#compare .periods text").size();
        assertTrue(labels >= (width > 500 ? periods : 3), labels + " dates under the axis at " + width + " px");
        Number smallest = (Number) browser.script("""
                const chart = document.querySelector('#compare .compare-chart');
                const scale = chart.getBoundingClientRect().width / chart.viewBox.baseVal.width;
                return Math.min(...[...chart.querySelectorAll('.axis-label')]
                  .map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));""");
        assertTrue(smallest.doubleValue() >= 10.9, "axis labels are " + smallest + " px at " + width + " px");
    }

    @Test
    void allOfTwoPersonsWithNoArticleInCommonSaysSoAndOffersAnyOf() {
        open("?person=Olaf+Scholz&person=Angela+Merkel&person_op=and");
        browser.until(d -> browser.find("#results .all-of-why").getText().contains("names both"));
        String why = browser.find("#results .all-of-why").getText();
        assertTrue(why.contains("Olaf Scholz") && why.contains("Angela Merkel"), why);
        Accessibility.assertNoViolations(browser, "the 'all of' empty state");
        browser.find("#results .all-of-widen").click();
        browser.until(d -> !hits().isEmpty());
        assertEquals("?person=Olaf+Scholz&person=Angela+Merkel", browser.currentQuery());
    }
}
