package news.dispatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The About / Any mention switch, the organizations box, chips and marks, and the facet lists' arrow keys. The seeds
 * name NATO twice in passing (the Kremlin article is about no organization) and Emmanuel Macron in passing in both.
 */
class AboutPageTest extends PageTest {
    static final String NATO = "North Atlantic Treaty Organization";

    private String facetCount(String dim, String value) {
        return browser.find("#facet-" + dim + " li[data-value='" + value + "'] .facet-count").getText();
    }

    private boolean listed(String dim, String value) {
        return !browser.all("#facet-" + dim + " li[data-value='" + value + "']").isEmpty();
    }

    private void press(CharSequence... keys) {
        new Actions(browser.driver).sendKeys(keys).perform();
    }

    private boolean focused(String css) {
        return (Boolean) browser.script("return document.activeElement.matches(arguments[0]);", css);
    }

    @Test
    void aboutIsTheDefaultAndTheArrowKeysSwitchToAnyMentionInTheUrl() {
        open("?q=Putin");
        awaitHits(2);
        assertTrue(browser.find("#mentions-switch input[value='about']").isSelected());
        assertEquals("2 about · 2 mention", facetCount("persons", "Joe Biden"));
        assertFalse(listed("persons", "Emmanuel Macron"), "neither article is about him");

        browser.script("document.querySelector('#mentions-switch input[value=\"about\"]').focus();");
        press(Keys.ARROW_RIGHT);
        browser.until(d -> "?q=Putin&mentions=all".equals(browser.currentQuery()));
        browser.until(d -> listed("persons", "Emmanuel Macron"));
        assertEquals("2 mention · 0 about", facetCount("persons", "Emmanuel Macron"));
        assertTrue(browser.find("#mentions-switch input[value='all']").isSelected());

        browser.driver.navigate().back();
        browser.until(d -> "?q=Putin".equals(browser.currentQuery()));
        browser.until(d -> browser.find("#mentions-switch input[value='about']").isSelected());
    }

    @Test
    void organizationsHaveAFacetBoxAndChipsThatFilter() {
        open("?q=Putin&mentions=all");
        awaitHits(2);
        assertEquals("Organizations", browser.find("#facet-organizations h2").getAttribute("textContent"));
        browser.find("#facet-organizations li[data-value='" + NATO + "'] input").click();
        awaitHits(1);
        assertEquals("?q=Putin&organization=North+Atlantic+Treaty+Organization&mentions=all", browser.currentQuery());
        assertTrue(browser.find("#active-filters .filter-chip.organizations").getText().contains(NATO));
        WebElement chip = browser.all(".hit .chip.organizations").stream()
                .filter(c -> c.getText().contains(NATO)).findFirst().orElseThrow();
        assertEquals("true", chip.getAttribute("aria-pressed"));
    }

    @Test
    void theArticleMarksOrganizationsWithTheirEvidence() {
        browser.open(server.url() + "/?article=" + PageFixture.KREMLIN);
        browser.until(d -> browser.find("#reader h1").isDisplayed());
        assertEquals(2, browser.all("#reader mark.entity.organization[data-entity='" + NATO + "']").size());
        assertTrue(browser.all("#reader .entity-index .chip.organizations").stream()
                .anyMatch(c -> c.getText().startsWith(NATO)));
        WebElement evidence = browser.all("#reader .evidence-entity.organization").stream()
                .filter(e -> e.getText().contains(NATO)).findFirst().orElseThrow();
        evidence.findElement(org.openqa.selenium.By.tagName("summary")).click();
        assertTrue(evidence.getText().contains("Show in text"), evidence.getText());
        // The persons the article is about come first in its index, and say so.
        assertTrue(browser.find("#reader .entity-index .chip.persons").getText().toLowerCase().contains("about"));
    }

    @Test
    void aFacetListIsOneTabStopAndTheArrowKeysMoveWithinIt() {
        open("?q=Putin");
        awaitHits(2);
        browser.script("document.querySelector('#facet-persons .facet-match').focus();");
        press(Keys.TAB);
        assertTrue(focused("#facet-persons li:first-child .facet-check"), "the list's one stop is its first value");
        press(Keys.ARROW_DOWN);
        assertTrue(focused("#facet-persons li:nth-child(2) .facet-check"));
        press(Keys.ARROW_RIGHT);
        assertTrue(focused("#facet-persons li:nth-child(2) .facet-not"));
        press(Keys.TAB);
        assertFalse(focused("#facet-persons .facet-values *"), "one Tab leaves the list");
        new Actions(browser.driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        assertTrue(focused("#facet-persons li:nth-child(2) .facet-not"), "and Shift+Tab comes back where it left");
        press(Keys.ARROW_LEFT);
        String value = browser.find("#facet-persons li:nth-child(2)").getAttribute("data-value");
        press(Keys.SPACE);
        browser.until(d -> browser.currentQuery().contains("person="));
        // Ticked, the value moves to the top; the focus stays on it.
        browser.until(d -> focused("#facet-persons li.selected .facet-check"));
        assertEquals(value, browser.script("return document.activeElement.dataset.value;"));
    }
}
