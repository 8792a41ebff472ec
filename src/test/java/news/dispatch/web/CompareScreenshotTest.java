package news.dispatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.dispatch.SharedData;
import news.dispatch.TestIndexes;

/**
 * Makes docs/compare.png, the README's picture of a two-series comparison over a Reuters sample. Runs only when
 * asked: {@code ./mvnw -B test -Dtest=CompareScreenshotTest -Ddispatch.screenshot=true}.
 */
class CompareScreenshotTest {
    @Test
    void theReadmeShowsTwoSearchesComparedOverTime(@TempDir Path corpus) throws Exception {
        assumeTrue(Boolean.getBoolean("dispatch.screenshot"), "skipped: run with -Ddispatch.screenshot=true to remake "
                + "docs/compare.png");
        Path reuters = SharedData.require("data/reuters21578/reuters.jsonl");
        ReadmeScreenshotTest.sample(reuters, corpus.resolve("reuters-sample.jsonl"));
        try (Browser browser = Browser.start(1280, 900);
             TestServer server = TestServer.start(corpus)) {
            browser.resize(1280, 1000);
            String url = server.url() + "/?q=oil&series=" + URLEncoder.encode("q=oil", StandardCharsets.UTF_8)
                    + "&series=" + URLEncoder.encode("q=trade&country=Japan&label=trade, Japan", StandardCharsets.UTF_8)
                    + "&interval=week";
            browser.open(url);
            browser.awaitResults();
            browser.until(d -> browser.all("#compare .compare-legend li:has(.series-remove)").size() == 2);
            browser.script("document.querySelector('#compare rect.period[data-index=\"8\"]').focus();");
            browser.until(d -> !browser.find("#compare-readout").getText().startsWith("Point"));
            browser.script("document.getElementById('compare').scrollIntoView();");
            assertEquals(2, browser.all("#compare .compare-legend li").size());
            Path shot = browser.screenshot("readme-compare");
            Files.createDirectories(Path.of("docs"));
            Files.copy(shot, Path.of("docs", "compare.png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
