package news.dispatch.web;

import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebElement;

/**
 * What the page tests share: the {@link PageFixture} (started by the first test that needs it), a desktop-sized
 * window at the start of every test, and waits for the page's answers. Every test starts from its own URL, and the
 * state a passing test ends in is checked with axe-core ({@link Accessibility}): any WCAG 2.1 A/AA violation fails it.
 */
@ExtendWith(PageTest.SharedPage.class)
abstract class PageTest {
    TestServer server;
    Browser browser;

    /** Hands each test the shared server and browser; skips it, with the reason, when Chromium is missing. */
    static final class SharedPage implements BeforeEachCallback, AfterEachCallback {
        @Override
        public void beforeEach(ExtensionContext context) {
            Browser.assumeAvailable();
            PageFixture page = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .computeIfAbsent(PageFixture.class, k -> PageFixture.start(), PageFixture.class);
            PageTest test = (PageTest) context.getRequiredTestInstance();
            test.server = page.server();
            test.browser = page.browser();
            test.browser.resize(1280, 900);
            test.browser.consoleErrors(); // forget what earlier tests logged
        }

        @Override
        public void afterEach(ExtensionContext context) {
            PageTest test = (PageTest) context.getRequiredTestInstance();
            if (context.getExecutionException().isEmpty() && test.browser != null) {
                Accessibility.assertNoViolations(test.browser, "the page at the end of " + context.getDisplayName()
                        + " (" + test.browser.driver.getCurrentUrl() + ")");
            }
        }
    }

    /** Opens the page at a query string ("" or "?q=…") and waits for its answer. */
    void open(String query) {
        browser.open(server.url() + "/" + query);
        browser.awaitResults();
    }

    List<WebElement> hits() {
        return browser.all("#results .hit");
    }

    void awaitHits(int n) {
        browser.until(d -> hits().size() == n && "false".equals(browser.find("#results").getAttribute("aria-busy")));
    }
}
