package news.dispatch.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.dispatch.SharedData;
import news.dispatch.TestIndexes;

/**
 * Makes screenshot.png and phone.png (390×844), the README's pictures of the page: the seed articles plus a few
 * hundred Reuters articles spread over 1987, so the facets and the histogram look like real use. Indexing them takes
 * half a minute, so it runs only when asked, and it writes into target/screenshots/ unless told which folder; to
 * remake the README's pictures in docs/:
 * {@code ./mvnw -B -o test -Dtest=ReadmeScreenshotTest -Ddispatch.screenshot=true -Ddispatch.screenshot.to=docs}.
 */
class ReadmeScreenshotTest {
    static final int EVERY_NTH_REUTERS_ARTICLE = 45;

    @Test
    void theReadmeScreenshotShowsResultsFacetsAndTheHistogram(@TempDir Path corpus) throws Exception {
        assumeTrue(Boolean.getBoolean("dispatch.screenshot"), "skipped: run with -Ddispatch.screenshot=true "
                + "(and -Ddispatch.screenshot.to=docs) to remake the README's pictures");
        Path reuters = SharedData.require("data/reuters21578/reuters.jsonl");
        sample(reuters, corpus.resolve("reuters-sample.jsonl"));
        try (Browser browser = Browser.start(1280, 900);
             TestServer server = TestServer.start(TestIndexes.seedCorpus(), corpus)) {
            browser.resize(1280, 1040);
            String tradeWithJapan = server.url() + "/?q=trade&country=Japan";
            browser.open(tradeWithJapan);
            browser.awaitResults();
            browser.open(tradeWithJapan); // a warm index, so the time shown is a typical one
            browser.awaitResults();
            assertFalse(browser.all("#timeline g.bar").isEmpty());
            Path results = browser.screenshot("readme-results");
            // "Show more" is there only when the facet holds more values than it lists.
            var more = browser.all("#facet-persons .show-more").stream().filter(e -> e.isDisplayed()).findFirst();
            if (more.isPresent()) {
                more.get().click();
                browser.until(d -> browser.all("#facet-persons .facet-values li").size() > 10);
            }
            browser.find("#facet-countries .facet-filter").sendKeys("ja");
            browser.until(d -> browser.find("#facet-countries .facet-name").getText().equals("Japan"));
            browser.fullPage("readme-facets");
            browser.find(".hit .hit-title a").click();
            browser.until(d -> !browser.all("#reader .article-body p").isEmpty());
            browser.screenshot("readme-article");
            browser.resize(390, 844);
            browser.open(server.url() + "/?q=trade");
            browser.awaitResults();
            Path phone = browser.screenshot("readme-phone");
            browser.find("#facet-toggle").click();
            browser.screenshot("readme-phone-filters");
            browser.find(".hit .hit-title a").click();
            browser.until(d -> !browser.all("#reader .article-body p").isEmpty());
            browser.screenshot("readme-phone-article");
            // Never into the working tree unless asked: a test run must not change tracked files.
            Path to = Path.of(System.getProperty("dispatch.screenshot.to", "target/screenshots"));
            Files.createDirectories(to);
            Files.copy(results, to.resolve("screenshot.png"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(phone, to.resolve("phone.png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Every n-th line, so the sample spreads over the collection's months instead of its first days. */
    static void sample(Path jsonl, Path out) throws Exception {
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8);
             BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            String line;
            for (int i = 0; (line = in.readLine()) != null; i++) {
                if (i % EVERY_NTH_REUTERS_ARTICLE == 0) {
                    w.write(line);
                    w.newLine();
                }
            }
        }
    }
}
