package news.dispatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import news.dispatch.TestIndexes;
import news.dispatch.entity.correction.EntityRule;
import news.dispatch.entity.correction.EntityRule.Action;
import news.dispatch.entity.correction.EntityRulesFile;

/** The article view says which values a rule corrected, and by which rule. */
class CorrectionsApiTest {
    @TempDir
    Path dir;

    @Test
    void anArticleListsTheValuesARuleCorrectedWithTheRuleNumber() throws Exception {
        Path index = dir.resolve("index");
        EntityRulesFile.besideIndex(index).update(rules -> {
            rules.add(new EntityRule(Action.BLOCK, "country", "Mars", null));
            rules.add(new EntityRule(Action.MERGE, "person", "Angela Merkel", "Angela Dorothea Merkel"));
            return rules;
        });
        TestIndexes.write(dir.resolve("feed"), "merkel.txt", "Merkel in Berlin\n\nChancellor Angela Merkel spoke in Berlin.");
        TestIndexes.build(index, dir.resolve("feed"));
        try (TestServer server = TestServer.serve(index)) {
            JsonNode a = server.json("/api/articles/" + URLEncoder.encode("feed/merkel.txt", StandardCharsets.UTF_8));
            assertEquals("Angela Dorothea Merkel", a.at("/persons/0/name").asText());
            JsonNode c = a.at("/corrections/0");
            assertEquals("Angela Dorothea Merkel", c.get("name").asText());
            assertEquals("Angela Merkel", c.get("from").asText());
            assertEquals(2, c.get("rule").asInt());
            assertEquals("merged from 'Angela Merkel' by rule 2", c.get("note").asText());
        }
    }

    @Test
    void anArticleNoRuleTouchedHasNoCorrections() throws Exception {
        JsonNode a = TestServer.seeds().json(ArticleApiTest.KREMLIN_PATH);
        assertEquals(0, a.get("corrections").size());
    }
}
