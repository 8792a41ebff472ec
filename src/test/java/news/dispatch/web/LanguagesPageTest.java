package news.dispatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import news.dispatch.TestIndexes;

/** Articles in other languages on the page: a Languages facet, and Arabic shown right to left. */
class LanguagesPageTest {
    @TempDir static Path dir;
    static TestServer server;
    static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        Browser.assumeAvailable();
        Path corpus = dir;
        TestIndexes.write(corpus, "news.jsonl", """
                {"id": "ar-1", "lang": "ar", "date": "2015-07-22", "title": "محادثات في الرياض حول اليمن", "body": "عقد وزراء الخارجية محادثات في الرياض حول الوضع في اليمن، وقالوا إن المحادثات ستستمر الأسبوع المقبل."}
                {"id": "en-1", "date": "2015-07-22", "title": "Talks in Riyadh on Yemen", "body": "Foreign ministers held talks in Riyadh on the situation in Yemen and said the talks would continue next week."}
                """);
        server = TestServer.start(corpus);
        browser = Browser.start(1280, 900);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.close();
        if (server != null) server.close();
    }

    @Test
    void anArabicArticleIsShownRightToLeftAndFilteredByItsLanguage() {
        browser.open(server.url() + "/?language=ar");
        browser.awaitResults();
        browser.until(d -> browser.all("#results .hit").size() == 1);
        WebElement title = browser.find("#results .hit .hit-title");
        assertEquals("rtl", direction(title), title.getText());
        WebElement facet = browser.find("#facet-languages");
        assertTrue(facet.getText().contains("ar"), facet.getText());
        assertTrue(facet.getText().contains("en"), facet.getText());

        browser.open(server.url() + "/?article=ar-1");
        browser.until(d -> !browser.all("#reader .article-body p").isEmpty());
        assertEquals("rtl", direction(browser.find("#article-title")));
        assertEquals("rtl", direction(browser.find("#reader .article-body p")));
        Accessibility.assertNoViolations(browser, "an Arabic article");
    }

    private static String direction(WebElement e) {
        return (String) ((JavascriptExecutor) browser.driver).executeScript("return getComputedStyle(arguments[0]).direction", e);
    }
}
