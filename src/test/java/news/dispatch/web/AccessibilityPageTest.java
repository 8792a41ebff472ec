package news.dispatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every state of the page that the browser tests visit, checked with axe-core (WCAG 2.1 A and AA) on a desktop window
 * and on a 390×844 phone: start page, search, filtered search, no results, a server error, past the last page, an
 * article, an unknown article, and the phone's open filters drawer. (Each page test also checks the state it ends
 * in; see {@link PageTest}.) The article view is checked with the search's words marked and an evidence list
 * open.
 */
class AccessibilityPageTest extends PageTest {
    static final List<String> SEARCH_STATES = List.of("", "?q=Putin", "?q=Putin&country=Germany&person=Olaf+Scholz"
            + "&from=2022-12-01&to=2022-12-03", "?q=zzyzx+quokka&country=Germany", "?q=" + "a".repeat(1001), "?page=9",
            "?page=2", "?person=Olaf+Scholz", "?person=Olaf+Scholz&person=Angela+Merkel&person_op=and",
            HonestChartsPageTest.SHARES);

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {1280, 390})
    void everySearchStateHasNoViolations(int width) {
        browser.resize(width, width > 500 ? 900 : 844);
        StringBuilder found = new StringBuilder();
        for (String query : SEARCH_STATES) {
            open(query);
            String where = "'/" + (query.length() > 80 ? query.substring(0, 80) + "…" : query) + "' at " + width + " px";
            found.append(Accessibility.violations(browser, where));
            Accessibility.nonTextContrastFailures(browser).forEach(f -> found.append("non-text contrast on ")
                    .append(where).append(": ").append(f).append('\n'));
        }
        assertEquals("", found.toString());
    }

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {1280, 390})
    void theArticleViewAndItsErrorHaveNoViolations(int width) {
        browser.resize(width, width > 500 ? 900 : 844);
        browser.open(server.url() + "/?q=Putin+negotiation&article=" + PageFixture.KREMLIN);
        browser.until(d -> !browser.all("#reader mark.match").isEmpty());
        browser.find("#reader .evidence-entity summary").click(); // an evidence list open, too
        Accessibility.assertNoViolations(browser, "the article view at " + width + " px");
        browser.open(server.url() + "/?q=Putin&article=no-such-article");
        browser.until(d -> browser.find("#reader .error-state"));
        Accessibility.assertNoViolations(browser, "an unknown article at " + width + " px");
    }

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {390})
    void thePhonesOpenFiltersDrawerHasNoViolations(int width) {
        browser.resize(width, 844);
        open("?q=Putin");
        browser.find("#facet-toggle").click();
        browser.until(d -> browser.find("#sidebar").isDisplayed());
        Accessibility.assertNoViolations(browser, "the open filters drawer at " + width + " px");
    }
}
