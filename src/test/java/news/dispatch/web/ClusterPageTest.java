package news.dispatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import news.dispatch.solr.ClusterSeeds;
import news.dispatch.solr.TestCluster;

/** The page in a real headless Chromium, served from the seed articles in the 2-node SolrCloud. */
class ClusterPageTest {
    private static Browser browser;

    @BeforeAll
    static void start() {
        assumeTrue(TestCluster.available(), TestCluster.skipReason());
        Browser.assumeAvailable();
        browser = Browser.start(1280, 900);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
    }

    @Test
    void aSearchShowsMarkedHitsAndFacetsAndOpensAnArticle() {
        TestServer server = ClusterSeeds.server();
        browser.open(server.url() + "/?q=Putin");
        browser.awaitResults();
        browser.until(d -> browser.all("#results .hit").size() == 2);
        List<WebElement> hits = browser.all("#results .hit");
        assertTrue(hits.stream().allMatch(h -> !h.findElements(org.openqa.selenium.By.cssSelector("mark")).isEmpty()),
                "every hit marks Putin");
        assertTrue(browser.find("body").getText().contains("Vladimir Putin"), "the persons facet lists him");
        assertTrue(browser.all(".note.partial").isEmpty(), "a whole cluster's answer is not marked incomplete");

        hits.getFirst().findElement(org.openqa.selenium.By.cssSelector(".hit-title a")).click();
        browser.until(d -> d.getCurrentUrl().contains("article="));
        browser.until(d -> browser.find("body").getText().contains("Kremlin"));
        assertEquals(List.of(), browser.consoleErrors());
    }
}
