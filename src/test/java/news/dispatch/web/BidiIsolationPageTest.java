package news.dispatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * Article text is bidi-isolated wherever the page shows it (issue 16, item 12): every element holding a title, a
 * snippet, a source or a paragraph has {@code dir="auto"}, so a right-to-left override character in a title reorders
 * nothing outside that element (the date beside it, the next hit).
 */
class BidiIsolationPageTest extends PageTest {

    @Test
    void titlesSnippetsSourcesAndParagraphsAreIsolated() {
        open("?q=envoy");
        awaitHits(2); // the envoy report and its wire copy are one story
        assertIsolated(browser.all(".hit .hit-title"));
        assertIsolated(browser.all(".hit .snippet"));
        assertIsolated(browser.all(".hit .source"));

        browser.open(server.url() + "/?q=Putin&article=" + PageFixture.KREMLIN);
        browser.until(d -> !browser.all("#reader .article-body p").isEmpty());
        assertIsolated(browser.all("#article-title"));
        assertIsolated(browser.all("#reader .article-body p"));
        assertIsolated(browser.all("#reader .related li a"));
    }

    static void assertIsolated(List<WebElement> elements) {
        assertFalse(elements.isEmpty(), "nothing to check");
        for (WebElement e : elements) assertEquals("auto", e.getAttribute("dir"), e.getText());
    }
}
