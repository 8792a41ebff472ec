package news.dispatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * The story collapse on the page: the envoy report and its copy from another wire (PageFixture) are one result,
 * "+ 1 similar article", which opens by keyboard onto the copy's outlet and date; the count says stories and
 * articles apart.
 */
class StoryPageTest extends PageTest {
    @Test
    void aWireCopyIsOneResultWhoseSimilarArticleOpensByKeyboard() {
        open("?q=%22envoy+returned+home%22");
        awaitHits(1);
        var summary = browser.find("#results .hit .similar summary");
        assertEquals("+ 1 similar article", summary.getText());
        assertFalse(browser.find("#results .similar-list").isDisplayed(), "closed until asked");

        browser.script("arguments[0].focus();", summary);
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        browser.until(d -> browser.find("#results .similar-list").isDisplayed());
        String listed = browser.find("#results .similar-list li").getText();
        String shown = browser.find("#results .hit .source").getText();
        assertTrue(listed.contains("Safe Wire") || listed.contains("Copy Wire"), listed);
        assertFalse(listed.contains(shown), "the list names the other outlet: " + listed + " / " + shown);
        assertTrue(listed.contains("2022"), "with its date: " + listed);
    }

    @Test
    void theCountSaysStoriesAndArticlesApart() {
        open("?q=%22envoy+returned+home%22");
        awaitHits(1);
        String count = browser.find("#result-count").getText();
        assertTrue(count.startsWith("1 story (2 articles) matches"), count);
        assertEquals("Counts beside filters are articles.", browser.find("#facet-note").getText());
    }
}
