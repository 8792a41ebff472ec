package news.dispatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;

import news.dispatch.TestIndexes;
import news.dispatch.entity.correction.EntityRule;
import news.dispatch.entity.correction.EntityRule.Action;
import news.dispatch.entity.correction.EntityRulesFile;

/** The article view in a real browser marks a corrected value and says which rule corrected it (checked with axe). */
class CorrectionsPageTest {
    @TempDir
    Path dir;

    @Test
    void aCorrectedValueIsMarkedAndItsRuleNamedUnderTheEntities() throws Exception {
        Browser.assumeAvailable();
        Path index = dir.resolve("index");
        EntityRulesFile.besideIndex(index).update(rules -> {
            rules.add(new EntityRule(Action.MERGE, "person", "Angela Merkel", "Angela Dorothea Merkel"));
            return rules;
        });
        TestIndexes.write(dir.resolve("feed"), "merkel.txt", "Merkel in Berlin\n\nChancellor Angela Merkel spoke in Berlin.");
        TestIndexes.build(index, dir.resolve("feed"));
        try (TestServer server = TestServer.serve(index); Browser browser = Browser.start(1280, 900)) {
            browser.open(server.url() + "/?article=" + URLEncoder.encode("feed/merkel.txt", StandardCharsets.UTF_8));
            browser.until(d -> !browser.all("#reader .corrections li").isEmpty());
            List<String> notes = browser.all("#reader .corrections li").stream().map(WebElement::getText).toList();
            assertEquals(List.of("Angela Dorothea Merkel — corrected: merged from 'Angela Merkel' by rule 1"), notes);
            WebElement chip = browser.find("#reader .entity-index a.chip.persons");
            assertTrue(chip.getText().contains("Angela Dorothea Merkel") && chip.getText().toLowerCase().contains("corrected"),
                    chip.getText());
            Accessibility.assertNoViolations(browser, "the article view with a correction");
        }
    }
}
