package news.dispatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * Keyboard paths with their Tab counts, focus coming back to where the reader was, and the phone layout (layout
 * stability: {@link LayoutStabilityPageTest}).
 */
class KeyboardAndPhonePageTest extends PageTest {
    /** How many Tab presses from a fresh page reach an element: counted, so a change that adds stops shows up here. */
    private int tabsUntil(String css, int limit) {
        for (int tabs = 1; tabs <= limit; tabs++) {
            new Actions(browser.driver).sendKeys(Keys.TAB).perform();
            if ((Boolean) browser.script("return document.activeElement.matches(arguments[0]);", css)) return tabs;
        }
        throw new AssertionError("not reached in " + limit + " Tabs: " + css);
    }

    private String active() {
        return (String) browser.script("const a = document.activeElement; return a.id || a.className || a.tagName;");
    }

    @Test
    void skipLinksReachTheResultsInThreeTabsAndTheFiltersInTwo() {
        open("?q=Putin");
        assertEquals(2, tabsUntil("#skip-results", 5), "the second stop is 'Skip to results'");
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        assertEquals("results", active());
        assertEquals(1, tabsUntil(".hit .hit-title a", 3), "then one Tab to the first result");
        assertEquals("?q=Putin", browser.currentQuery(), "skip links leave the URL alone");

        open("?q=Putin");
        assertEquals(1, tabsUntil("#skip-filters", 3));
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        assertEquals("sidebar", active());
        assertEquals(2, tabsUntil("#facet-persons .facet-filter", 3),
                "'Find a person' is the first stop after the About / Any mention switch (one stop: a radio group)");
        // Through the persons box to the countries' filter box: 'any of / all of', the list of values (one stop
        // however many values and 'not' buttons it has: the arrow keys move within it), then 'Find a country'.
        assertTrue(browser.all("#facet-persons .facet-values input").size() > 1, "the list has several values");
        assertTrue(browser.find("#facet-persons .show-more").getAttribute("hidden") != null, "no 'Show more' here");
        assertEquals(3, tabsUntil("#facet-countries .facet-filter", 40));
    }

    @Test
    void leavingAnArticleWithEscapeOrBackPutsTheFocusOnTheResultThatWasOpened() {
        open("?q=Putin");
        String link = ".hit[data-id='" + PageFixture.KREMLIN + "'] .hit-title a";
        browser.find(link).click();
        browser.until(d -> browser.find("#reader h1").isDisplayed());
        browser.script("document.activeElement.blur();");
        browser.find("body").sendKeys(Keys.ESCAPE);
        awaitHits(2);
        browser.until(d -> (Boolean) browser.script("return document.activeElement === document.querySelector(arguments[0]);", link));

        browser.find(link).click();
        browser.until(d -> browser.find("#reader h1").isDisplayed());
        browser.driver.navigate().back();
        awaitHits(2);
        browser.until(d -> (Boolean) browser.script("return document.activeElement === document.querySelector(arguments[0]);", link));
    }

    @Test
    void choosingAHistogramBarKeepsTheFocusOnThatBar() {
        open("?q=Putin");
        browser.script("document.querySelector('#timeline g.bar[data-index=\"0\"]').focus();");
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        awaitHits(1);
        browser.until(d -> "2022-12-02".equals(browser.script("return document.activeElement.dataset.key;")));
        assertEquals("0", browser.find("#timeline g.bar[data-key='2022-12-02']").getAttribute("tabindex"));
    }

    @Test
    void onAPhoneTheResultsStartOnTheFirstScreenAndTheFiltersDrawerClosesAfterAChoice() {
        browser.resize(390, 844);
        open("?q=Putin");
        Number top = (Number) browser.script("return document.querySelector('.hit .hit-title').getBoundingClientRect().bottom;");
        assertTrue(top.doubleValue() < 844 * 0.75, "the first result's title ends at " + top + " px");
        browser.find("#fold-toggle").click(); // the chart waits behind this button on a phone
        browser.until(d -> (Boolean) browser.script("const svg = document.querySelector('#timeline svg');"
                + "return !!svg && Number(svg.getAttribute('width')) < 390;")); // redrawn at the phone's width
        Number narrowest = (Number) browser.script(
                "return Math.min(...[...document.querySelectorAll('#timeline .bar-fill')].map((r) => r.getBBox().width));");
        assertTrue(narrowest.doubleValue() >= 5, "histogram bars at 390 px are " + narrowest + " px wide");

        browser.find("#fold-toggle").click();
        browser.find("#facet-toggle").click();
        browser.find("#facet-countries input[data-value='Germany']").click();
        awaitHits(1);
        assertFalse(browser.find("#sidebar").isDisplayed(), "the drawer closed");
        assertEquals("false", browser.find("#facet-toggle").getAttribute("aria-expanded"));
        assertEquals("facet-toggle", active());
        assertTrue(browser.find("#facet-toggle").getText().contains("(1)"));
    }
}
