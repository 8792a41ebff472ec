package news.dispatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** "Any of" / "all of" on a facet box, the "not" action on a facet value, and chips that say which applies. */
class MatchModePageTest extends PageTest {
    @Test
    void twoTickedPersonsMeanAnyOfUntilTheBoxSaysAllOf() {
        open("?q=Putin&person=Vladimir+Putin&person=Olaf+Scholz");
        awaitHits(2);
        WebElement chip = browser.find("#active-filters .filter-chip.persons");
        assertTrue(chip.getText().toLowerCase().contains("any of persons"), chip.getText());
        new Select(browser.find("#facet-persons-match")).selectByValue("and");
        awaitHits(1);
        assertEquals("?q=Putin&person=Vladimir+Putin&person=Olaf+Scholz&person_op=and", browser.currentQuery());
        browser.until(d -> browser.find("#active-filters .filter-chip.persons").getText().toLowerCase()
                .contains("all of persons"));
        assertEquals("and", browser.find("#facet-persons-match").getAttribute("value"));
    }

    @Test
    void notOnAFacetValueLeavesItsArticlesOutUntilTheChipIsRemoved() {
        open("?q=Putin");
        browser.find("#facet-persons button.facet-not[data-value='Olaf Scholz']").click();
        awaitHits(1);
        assertEquals("?q=Putin&not_person=Olaf+Scholz", browser.currentQuery());
        WebElement chip = browser.find("#active-filters .filter-chip.not");
        assertTrue(chip.getText().toLowerCase().contains("not person"), chip.getText());
        assertEquals("true", browser.find("#facet-persons button.facet-not[data-value='Olaf Scholz']")
                .getAttribute("aria-pressed"));
        chip.click();
        awaitHits(2);
        assertEquals("?q=Putin", browser.currentQuery());
    }
}
