package news.dispatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;

import news.dispatch.TestIndexes;

/**
 * Why a card matched: the filtered names are on every card however many names the article holds, the searched words
 * are one click from the card, the article view leads with who and where (each name a way to its evidence), and
 * "about" is explained where it is chosen.
 */
class WhyItMatchedPageTest extends PageTest {
    @TempDir static Path dir;
    /** Six leaders in the first sentence (the article is about them), and Olaf Scholz once, late: only mentioned. */
    static final String SUMMIT = """
            {"id": "summit", "title": "Leaders meet in Brussels", "body": "Angela Merkel, Xi Jinping, Narendra Modi, \
            Justin Trudeau, Boris Johnson and Jacinda Ardern met in Brussels on Monday to talk about trade. The talks \
            went on until late in the evening. Officials said little about the outcome. Later in the week Olaf Scholz \
            said he welcomed the meeting.", "date": "2022-11-28", "source": "Summit Wire"}
            """;
    static TestServer summit;

    @BeforeAll
    static void startTheSummitServer() throws IOException {
        Path corpus = dir;
        TestIndexes.write(corpus, "summit.jsonl", SUMMIT);
        summit = TestServer.start(corpus);
    }

    @AfterAll
    static void stopTheSummitServer() throws IOException {
        if (summit != null) summit.close();
    }

    @Test
    void aCardShowsTheFilteredPersonEvenWhenTheArticleNamesMorePersonsThanItsChipsHold() {
        browser.open(summit.url() + "/?person=Olaf+Scholz&mentions=all");
        awaitHits(1);
        List<WebElement> persons = browser.all("#results .hit .chip.persons");
        assertEquals(5, persons.size(), "five persons' chips of the seven");
        WebElement scholz = persons.stream().filter(c -> c.getText().contains("Olaf Scholz")).findFirst()
                .orElseThrow(() -> new AssertionError("no Olaf Scholz chip: " + persons.stream().map(WebElement::getText).toList()));
        assertEquals("true", scholz.getAttribute("aria-pressed"), "the filter's chip is pressed");
        assertTrue(browser.find("#results .hit .chips-more").getText().startsWith("+ "), "what is left out is said");
    }

    @Test
    void whereItMatchesOnACardOpensTheArticleAtTheFirstPlaceTheWordsMatch() {
        open("?q=negotiation");
        browser.find(".hit[data-id='" + PageFixture.KREMLIN + "'] .where-match").click();
        browser.until(d -> browser.find("#reader h1").isDisplayed());
        browser.until(d -> (Boolean) browser.script("return document.activeElement.matches('#reader mark.match');"));
        assertTrue(browser.currentQuery().contains("&at=match"), browser.currentQuery());
        Number top = (Number) browser.script("return document.activeElement.getBoundingClientRect().top;");
        assertTrue(top.doubleValue() >= 0 && top.doubleValue() < 900, "the match is on screen at " + top);
    }

    @Test
    void theArticleLeadsWithWhoAndWhereAndANameThereOpensItsEvidence() {
        browser.open(server.url() + "/?q=Putin&article=" + PageFixture.KREMLIN);
        browser.until(d -> !browser.all("#reader .who-where").isEmpty());
        assertTrue((Boolean) browser.script("const w = document.querySelector('#reader .who-where');"
                + "return !!(w.compareDocumentPosition(document.querySelector('#reader .entity-index'))"
                + " & Node.DOCUMENT_POSITION_FOLLOWING) && w.getBoundingClientRect().top < 400;"),
                "who and where come first, under the headline");
        WebElement putin = browser.all("#reader .who-where .summary-name.person").stream()
                .filter(b -> b.getText().startsWith("Vladimir Putin")).findFirst().orElseThrow();
        putin.click();
        browser.until(d -> (Boolean) browser.script("const s = document.activeElement;"
                + "return s.localName === 'summary' && s.parentElement.open && s.textContent.startsWith('Vladimir Putin');"));
    }

    @Test
    void aboutIsExplainedInOneSentenceWithAnExampleWhereItIsChosen() {
        open("?q=Putin");
        String help = browser.find("#mentions-help").getText();
        assertTrue(help.contains("headline") && help.contains("is about Ukraine, not about Biden"), help);
        assertEquals("mentions-help", browser.find("#mentions-switch").getAttribute("aria-describedby"));
    }
}
