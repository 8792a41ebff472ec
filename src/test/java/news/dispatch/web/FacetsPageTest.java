package news.dispatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Narrowing the results in a real browser: facet checkboxes, "show more", the facet filter boxes, the entity
 * chips of a result, and the date histogram's bars.
 */
class FacetsPageTest extends PageTest {
    @Test
    void everyFacetNameIsShownWholeOnADesktopAndOnAPhoneWithItsCountsOnHover() {
        for (int[] size : new int[][] {{1280, 900}, {1440, 900}, {1920, 1080}, {390, 844}}) {
            browser.resize(size[0], size[1]);
            open("");
            if (size[0] < 700) browser.find("#facet-toggle").click();
            Object clipped = ClippedFacetNames.in(browser);
            assertEquals(List.of(), clipped, "clipped at " + size[0] + " px");
        }
        browser.resize(1280, 900);
        String hover = browser.find("#facet-persons .facet-values label").getAttribute("title");
        assertTrue(hover.matches(".+ — [0-9,]+ (about · [0-9,]+ mention|articles)"), hover);
    }

    @Test
    void theOutletsAreAFacetListWhoseNamesAreTextAndTickIntoAFilter() {
        open("");
        List<String> outlets = browser.all("#facet-sources .facet-name").stream().map(WebElement::getText).toList();
        assertTrue(outlets.containsAll(List.of("<i>Hostile Wire</i>", "Safe Wire", "Copy Wire")), outlets.toString());
        browser.find("#facet-sources input[data-value='Safe Wire']").click();
        awaitHits(1);
        assertEquals("?source=Safe+Wire", browser.currentQuery());
        assertTrue(browser.find("#active-filters").getText().contains("Safe Wire"));
        Accessibility.assertNoViolations(browser, "a search filtered by outlet");
    }

    @Test
    void aKeyboardUserTicksAFacetWithSpaceAndStaysOnIt() {
        open("?q=Putin");
        WebElement germany = browser.find("#facet-countries input[data-value='Germany']");
        browser.script("arguments[0].focus();", germany);
        germany.sendKeys(Keys.SPACE);
        awaitHits(1);
        assertEquals("Germany", browser.script("return document.activeElement.dataset.value;"));
    }

    @Test
    void clickingAPersonOnAResultFiltersByThatPersonUntilTheChipIsRemoved() {
        open("?q=Putin");
        hits().stream().filter(h -> h.getText().contains(PageFixture.WIDER_TITLE)).findFirst().orElseThrow()
                .findElements(By.cssSelector("button.chip.persons")).stream()
                .filter(b -> b.getText().contains("Olaf Scholz")).findFirst().orElseThrow().click();
        awaitHits(1);
        assertEquals("?q=Putin&person=Olaf+Scholz", browser.currentQuery());
        browser.find("#active-filters .filter-chip.persons").click();
        awaitHits(2);
        assertEquals("?q=Putin", browser.currentQuery());
    }

    @Test
    void showMoreListsPersonsBeyondTheFirstTenAndShowFewerHidesThem() {
        open("");
        assertEquals(10, browser.all("#facet-persons .facet-values li").size());
        WebElement more = browser.find("#facet-persons .show-more");
        assertEquals("Show more", more.getText());
        more.click();
        browser.until(d -> browser.all("#facet-persons .facet-values li").size() > 10);
        assertEquals("true", more.getAttribute("aria-expanded"));
        more.click();
        browser.until(d -> browser.all("#facet-persons .facet-values li").size() == 10);
    }

    @Test
    void aFacetFilterBoxFindsPersonsOutsideTheTopValues() {
        open("?q=Putin");
        browser.find("#facet-persons .facet-filter").sendKeys("sch");
        browser.until(d -> browser.all("#facet-persons .facet-name").stream().map(WebElement::getText).toList()
                .equals(List.of("Olaf Scholz")));
        browser.find("#facet-persons input[data-value='Olaf Scholz']").click();
        awaitHits(1);
        assertEquals("?q=Putin&person=Olaf+Scholz", browser.currentQuery());
    }

    @Test
    void clickingAHistogramBarShowsOnlyThatDayAsARemovableDateChip() {
        open("?q=Putin");
        assertEquals(2, browser.all("#timeline g.bar").size(), "two days, 2 and 3 December 2022");
        browser.find("#timeline g.bar[data-index='0']").click();
        awaitHits(1);
        assertEquals("?q=Putin&from=2022-12-02&to=2022-12-02", browser.currentQuery());
        WebElement chip = browser.find("#active-filters .filter-chip.dates");
        assertTrue(chip.getText().contains("2 Dec 2022"), chip.getText());
        chip.click();
        awaitHits(2);
        assertEquals("?q=Putin", browser.currentQuery());
    }

    @Test
    void draggingAcrossHistogramBarsSetsTheRangeTheyCover() {
        open("");
        awaitHits(10);
        List<WebElement> bars = browser.all("#timeline g.bar");
        assertEquals(14, bars.size(), "every day from 20 November to 3 December 2022");
        new Actions(browser.driver).clickAndHold(bars.get(0)).moveToElement(bars.get(1)).release().perform();
        awaitHits(2); // three envoy articles, of which a wire copy: two stories
        assertEquals("?from=2022-11-20&to=2022-11-21", browser.currentQuery());
    }

    @Test
    void theHistogramCanBeUsedWithArrowKeysAndEnter() {
        open("?q=Putin");
        browser.script("document.querySelector('#timeline g.bar[tabindex=\"0\"]').focus();");
        new Actions(browser.driver).sendKeys(Keys.ARROW_LEFT).sendKeys(Keys.ENTER).perform();
        awaitHits(1);
        assertEquals("?q=Putin&from=2022-12-02&to=2022-12-02", browser.currentQuery());
    }

    @Test
    void theHistogramShowsDaysForAShortSpanThenWeeksMonthsAndYears() {
        open("");
        String units = (String) browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('./js/histogram.js').then(({ buckets }) => {
                  const days = (a, b) => ({ day: [{ value: a, count: 1 }, { value: b, count: 2 }],
                    month: [{ value: a.slice(0, 7), count: 1 }, { value: b.slice(0, 7), count: 2 }],
                    year: [{ value: a.slice(0, 4), count: 1 }, { value: b.slice(0, 4), count: 2 }] });
                  const noDays = (a, b) => ({ ...days(a, b), day: [] });
                  const shape = (r) => `${r.unit}:${r.list.length}:${r.list[0].from}..${r.list[r.list.length - 1].to}`;
                  done([shape(buckets(days('2022-11-20', '2022-12-03'))),
                        shape(buckets(days('2022-03-02', '2022-08-31'))),
                        shape(buckets(noDays('1987-02-26', '1990-10-19'))),
                        shape(buckets(noDays('1987-02-26', '2022-12-03')))].join(' '));
                });
                """);
        assertEquals("day:14:2022-11-20..2022-12-03 week:27:2022-02-28..2022-09-04 month:45:1987-02-01..1990-10-31 "
                + "year:36:1987-01-01..2022-12-31", units);
    }
}
