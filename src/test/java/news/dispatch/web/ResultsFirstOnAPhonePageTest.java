package news.dispatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * On a 390×844 phone the first result card is on the first screen after a search and after a filter: the histogram,
 * the names seen in the same articles and the export tools wait behind one button, which the keyboard opens too.
 */
class ResultsFirstOnAPhonePageTest extends PageTest {
    static final int WIDTH = 390;
    static final int HEIGHT = 844;

    /** Where the first card ends, in px from the top of the window, with the page not scrolled. */
    private double firstCardBottom() {
        assertEquals(0L, ((Number) browser.script("return Math.round(window.scrollY);")).longValue(), "not scrolled");
        return ((Number) browser.script(
                "return document.querySelector('#results .hit').getBoundingClientRect().bottom;")).doubleValue();
    }

    @Test
    void theFirstResultCardIsOnTheFirstScreenAfterASearchAndAfterAFilter() {
        browser.resize(WIDTH, HEIGHT);
        open("");
        browser.find("#q").sendKeys("Putin", Keys.ENTER);
        awaitHits(2);
        double afterSearch = firstCardBottom();
        assertTrue(afterSearch <= HEIGHT, "after a search the first card ends at " + afterSearch + " px");

        browser.find("#facet-toggle").click();
        browser.find("#facet-persons input[data-value='Olaf Scholz']").click();
        awaitHits(1);
        double afterFilter = firstCardBottom();
        assertTrue(afterFilter <= HEIGHT, "after a filter the first card ends at " + afterFilter + " px");
        browser.screenshot("phone-filtered");
        assertFalse(browser.find("#timeline").isDisplayed(), "the histogram waits behind its button");
        assertFalse(browser.find("#cooccurrence").isDisplayed(), "so do the names seen in the same articles");
    }

    @Test
    void theChartNamesAndToolsOpenAndCloseWithOneButtonFromTheKeyboard() {
        browser.resize(WIDTH, HEIGHT);
        open("?person=Olaf+Scholz");
        String toggle = "#fold-toggle";
        assertEquals("false", browser.find(toggle).getAttribute("aria-expanded"));
        assertEquals("fold", browser.find(toggle).getAttribute("aria-controls"));
        assertFalse(browser.find("#export-links").isDisplayed());
        browser.script("document.querySelector(arguments[0]).focus();", toggle);
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        assertEquals("true", browser.find(toggle).getAttribute("aria-expanded"));
        for (String area : new String[] {"#timeline", "#cooccurrence", "#export-links", "#follow-link"}) {
            assertTrue(browser.find(area).isDisplayed(), area + " is shown");
        }
        browser.until(d -> browser.find("#cooccurrence").getText().contains("Vladimir Putin"));
        Accessibility.assertNoViolations(browser, "the open fold at " + WIDTH + " px");
        browser.screenshot("phone-fold-open");
        new Actions(browser.driver).sendKeys(Keys.SPACE).perform();
        assertEquals("false", browser.find(toggle).getAttribute("aria-expanded"));
        assertFalse(browser.find("#timeline").isDisplayed());
    }

    @Test
    void onADesktopTheChartAndToolsAreAlwaysShownAndTheButtonNever() {
        open("?q=Putin");
        assertFalse(browser.find("#fold-toggle").isDisplayed());
        assertTrue(browser.find("#timeline").isDisplayed());
        assertTrue(browser.find("#export-links").isDisplayed());
    }
}
