package news.dispatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The article view in a real browser: entities marked inline, related coverage, hostile text kept as text,
 * links only to http(s), unknown articles, and the keyboard.
 */
class ArticlePageTest extends PageTest {
    @Test
    void openingAnArticleMarksItsPersonsAndCountriesAndListsRelatedCoverage() {
        open("?q=Putin");
        browser.find(".hit[data-id='" + PageFixture.KREMLIN + "'] .hit-title a").click();
        browser.until(d -> !browser.all("#reader mark.entity.person").isEmpty());
        assertTrue(browser.currentQuery().contains("article=" + URLEncoder.encode(PageFixture.KREMLIN, StandardCharsets.UTF_8)));
        assertTrue(browser.find("#results").isDisplayed() == false);
        List<String> persons = browser.all("#reader .article-body mark.entity.person").stream()
                .map(m -> m.getAttribute("data-entity")).toList();
        assertTrue(persons.contains("Vladimir Putin") && persons.contains("Joe Biden"), persons.toString());
        assertFalse(browser.all("#reader .article-body mark.entity.country[data-entity='Russia']").isEmpty());
        assertTrue(browser.find("#reader .related li a").getText().startsWith(PageFixture.WIDER_TITLE));
        browser.fullPage("article");

        browser.find("#reader .back").click();
        awaitHits(2);
        assertEquals("?q=Putin", browser.currentQuery());
    }

    @Test
    void theSearchedWordsAreMarkedAsTheSearchReadThemAndEveryMentionHasItsSentenceAndReason() {
        browser.open(server.url() + "/?q=negotiation&article=" + PageFixture.KREMLIN);
        browser.until(d -> !browser.all("#reader .article-body mark.match").isEmpty());
        // The stemmed search word marks its plural in the text: the server's analysis, not a pattern in the page.
        List<String> marked = browser.all("#reader .article-body mark.match").stream().map(WebElement::getText).toList();
        assertEquals(List.of("negotiations", "negotiations", "negotiations"), marked);
        assertTrue(browser.find("#reader .match-note").getText().contains("3 places"));

        WebElement putin = browser.all("#reader .evidence-entity").stream()
                .filter(e -> e.findElement(By.cssSelector(".evidence-name")).getText().equals("Vladimir Putin"))
                .findFirst().orElseThrow();
        putin.findElement(By.cssSelector("summary")).click();
        List<WebElement> evidence = putin.findElements(By.cssSelector(".evidence-mentions li"));
        int mentions = browser.all("#reader button.mention[data-entity='Vladimir Putin']").size();
        assertEquals(mentions, evidence.size(), "one line per mention in the text");
        assertTrue(evidence.get(1).getText().contains("model PER"), evidence.get(1).getText());

        // "Show in text" goes to that mention; activating a mention steps to the entity's next one, Shift back.
        evidence.get(1).findElement(By.cssSelector(".evidence-go")).click();
        List<WebElement> buttons = browser.all("#reader button.mention[data-entity='Vladimir Putin']");
        assertEquals(buttons.get(1).getText(), evidence.get(1).findElement(By.cssSelector(".evidence-sentence strong")).getText());
        assertEquals(buttons.get(1).getAttribute("id"), browser.script("return document.activeElement.id;"));
        assertTrue(buttons.get(1).getAttribute("aria-label").startsWith(buttons.get(1).getText()
                + " — Vladimir Putin, mention 2 of " + mentions), buttons.get(1).getAttribute("aria-label"));
        new org.openqa.selenium.interactions.Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        assertEquals(buttons.get(2).getAttribute("id"), browser.script("return document.activeElement.id;"));
        new org.openqa.selenium.interactions.Actions(browser.driver).keyDown(Keys.SHIFT).sendKeys(Keys.ENTER)
                .keyUp(Keys.SHIFT).perform();
        assertEquals(buttons.get(1).getAttribute("id"), browser.script("return document.activeElement.id;"));
        assertEquals(1, browser.all("main").size(), "the article is inside the page's main landmark");
        assertTrue((Boolean) browser.script("return document.querySelector('main').contains(document.getElementById('reader'));"));
    }

    @Test
    void aWireCopyIsListedAsANearDuplicateInRelatedCoverage() {
        browser.open(server.url() + "/?article=safe-envoy");
        WebElement copy = browser.until(d -> browser.find("#reader .related li.near-duplicate"));
        assertTrue(copy.getText().contains("Envoy back home") && copy.getText().toLowerCase(Locale.ROOT).contains("near duplicate"),
                copy.getText());
        copy.findElement(By.cssSelector("a")).click();
        browser.until(d -> browser.find("#reader h1").getText().equals("Envoy back home"));
        assertEquals("?article=safe-envoy-copy", browser.currentQuery());
        assertTrue(browser.all("#reader .original").isEmpty(), "an article without a url has no source link");
    }

    @Test
    void hostileMarkupInATitleIsShownAsTextAndAJavascriptUrlIsNeverALink() {
        open("?q=envoy");
        awaitHits(2); // the envoy report and its wire copy are one story
        WebElement hostile = browser.find(".hit[data-id='hostile-envoy']");
        assertTrue(hostile.getText().contains("<script>window.pwned = 1</script>"), hostile.getText());
        assertTrue(hostile.getText().contains("<img src=x onerror="), hostile.getText());
        assertTrue(hostile.findElement(By.cssSelector(".source")).getDomProperty("textContent")
                .equals("<i>Hostile Wire</i>"));
        assertTrue(browser.all("#results script, #results img, #results i, #results b").isEmpty());

        hostile.findElement(By.cssSelector(".hit-title a")).click();
        browser.until(d -> browser.find("#reader h1").getText().contains("Envoy"));
        String article = browser.find("#reader").getText();
        assertTrue(article.contains("<script>window.pwned = 1</script>"), article);
        assertTrue(article.contains("<a href=\"javascript:window.pwned = 3\">a link</a>"), article);
        assertTrue(browser.all("#reader script, #reader img, #reader b, #reader .original").isEmpty());
        assertTrue(browser.all("a[href^='javascript']").isEmpty(), "no javascript: link anywhere");
        assertNull(browser.script("return window.pwned;"), "nothing from the article ran");

        browser.open(server.url() + "/?article=safe-envoy");
        WebElement original = browser.until(d -> browser.find("#reader .original a"));
        assertEquals("https://example.org/envoy-returns", original.getAttribute("href"));
    }

    @Test
    void anUnknownArticleShowsTheServersMessageAndAWayBack() {
        browser.open(server.url() + "/?q=Putin&article=no-such-article");
        WebElement error = browser.until(d -> browser.find("#reader .error-state"));
        assertTrue(error.getText().contains("No article has the id 'no-such-article'"), error.getText());
        browser.find("#reader .back").click();
        awaitHits(2);
    }

    @Test
    void slashFocusesTheSearchBoxAndEscapeLeavesAnArticle() {
        browser.open(server.url() + "/?q=Putin&article=" + PageFixture.KREMLIN);
        browser.until(d -> browser.find("#reader h1").isDisplayed());
        browser.find("body").sendKeys("/");
        assertEquals("q", browser.script("return document.activeElement.id;"));
        browser.script("document.activeElement.blur();");
        browser.find("body").sendKeys(Keys.ESCAPE);
        awaitHits(2);
        assertEquals("?q=Putin", browser.currentQuery());
    }

    @Test
    void anArticleWhoseIdIsAPathWithASlashOpensAndMarksItsPerson() {
        open("?q=Merkel");
        awaitHits(1);
        browser.find(".hit .hit-title a").click();
        WebElement merkel = browser.until(d -> browser.find("#reader .article-body mark.entity.person"));
        assertEquals("Angela Merkel", merkel.getText());
        assertTrue(browser.currentQuery().endsWith("%2Ffarm%2Fharvest.jsonl%3A1"), browser.currentQuery());
    }
}
