package news.dispatch.entity.correction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.dispatch.entity.correction.EntityRule.Action;

/** The overrides file: plain TSV beside the index, written atomically, read back rule for rule. */
class EntityRulesFileTest {
    @TempDir
    Path dir;

    @Test
    void theFileLivesBesideTheIndexFolder() {
        assertEquals(dir.resolve("index.entities.tsv"), EntityRulesFile.besideIndex(dir.resolve("index")).path());
    }

    @Test
    void rulesAreWrittenAsTabSeparatedLinesAndReadBackInOrder() throws Exception {
        EntityRulesFile file = EntityRulesFile.besideIndex(dir.resolve("index"));
        List<EntityRule> rules = List.of(new EntityRule(Action.MERGE, "person", "Chris Stevens", "Christopher Stevens"),
                new EntityRule(Action.BLOCK, "person", "Capitol Hill", null),
                new EntityRule(Action.RETYPE, "person", "Al Qaeda", "organization"),
                new EntityRule(Action.NOT_ENTITY, "country", "Georgia", "feed/a.txt"));
        file.update(old -> rules);
        assertEquals(rules, file.read());
        assertTrue(Files.readString(file.path()).contains("merge\tperson\tChris Stevens\tChristopher Stevens\n"));
        assertFalse(Files.exists(dir.resolve("index.entities.tsv.tmp")));
    }

    @Test
    void aRuleWithAContextIsWrittenInAFifthColumnAndReadBack() throws Exception {
        EntityRulesFile file = EntityRulesFile.besideIndex(dir.resolve("index"));
        List<EntityRule> rules = List.of(
                new EntityRule(Action.BLOCK, "country", "Jersey", null, WordContext.of("New Jersey|Jersey City")),
                new EntityRule(Action.RENAME, "country", "Georgia", "United States", WordContext.of("Atlanta")));
        file.update(old -> rules);
        assertEquals(rules, file.read());
        assertTrue(Files.readString(file.path()).contains("block\tcountry\tJersey\t\tNew Jersey|Jersey City\n"));
    }

    @Test
    void aBadLineIsAnErrorNamingItsLine() throws Exception {
        Path path = dir.resolve("index.entities.tsv");
        Files.writeString(path, "# comment\nmerge\tperson\tA B\tC D\nsquash\tperson\tX Y\n");
        var e = assertThrows(IllegalArgumentException.class, () -> new EntityRulesFile(path).read());
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        assertTrue(e.getMessage().contains("squash"), e.getMessage());
    }

    @Test
    void noFileIsNoRules() throws Exception {
        assertEquals(List.of(), EntityRulesFile.besideIndex(dir.resolve("index")).read());
    }
}
