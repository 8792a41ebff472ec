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
        awaitHits(3);
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
