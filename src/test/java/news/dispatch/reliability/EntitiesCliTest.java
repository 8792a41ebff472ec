package news.dispatch.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.dispatch.TestIndexes;
import news.dispatch.index.LiveIndexWriter;

/** {@code dispatch entities} as a user runs it: numbered rules, undo, and an index another process is writing. */
class EntitiesCliTest {
    static final Duration RUN = Duration.ofMinutes(2);

    @TempDir
    Path dir;
    Path index;

    @BeforeEach
    void index() {
        index = dir.resolve("index");
        TestIndexes.write(dir.resolve("feed"), "merkel.txt", "Merkel in Berlin\n\nChancellor Angela Merkel spoke in Berlin.");
        TestIndexes.build(index, dir.resolve("feed"));
    }

    ChildJvm entities(String... args) throws InterruptedException {
        List<String> all = new java.util.ArrayList<>(List.of("entities"));
        all.addAll(List.of(args));
        all.addAll(List.of("--index", index.toString()));
        return ChildJvm.run(RUN, all.toArray(String[]::new));
    }

    @Test
    void rulesAreAppliedListedWithTheirNumberAndTheLastIsUndone() throws Exception {
        try (ChildJvm merge = entities("merge", "Angela Merkel", "Angela Dorothea Merkel")) {
            assertEquals(0, merge.exitCode(), merge.stdout() + merge.stderr());
            assertTrue(merge.stdout().contains("Rule 1: merge person 'Angela Merkel' into 'Angela Dorothea Merkel'"), merge.stdout());
            assertTrue(merge.stdout().contains("1 articles rewritten"), merge.stdout());
        }
        try (ChildJvm block = entities("block", "--kind", "country", "Germany")) {
            assertEquals(0, block.exitCode(), block.stdout() + block.stderr());
        }
        try (ChildJvm list = entities("list")) {
            assertEquals("1\tmerge person 'Angela Merkel' into 'Angela Dorothea Merkel'\n2\tblock country 'Germany'\n",
                    list.stdout());
        }
        try (ChildJvm undo = entities("undo")) {
            assertEquals(0, undo.exitCode(), undo.stdout() + undo.stderr());
            assertTrue(undo.stdout().contains("Removed rule 2: block country 'Germany'"), undo.stdout());
        }
        try (ChildJvm list = entities("list")) {
            assertEquals("1\tmerge person 'Angela Merkel' into 'Angela Dorothea Merkel'\n", list.stdout());
        }
    }

    @Test
    void aRuleWithAContextChangesOnlyTheArticlesWithThoseWordsAroundTheMention() throws Exception {
        TestIndexes.write(dir.resolve("feed"), "merkel-2.txt", "Merkel at home\n\nAngela Merkel spoke in Berlin.");
        TestIndexes.build(index, dir.resolve("feed"));
        try (ChildJvm block = entities("block", "--context", "Chancellor", "Angela Merkel")) {
            assertEquals(0, block.exitCode(), block.stdout() + block.stderr());
            assertTrue(block.stdout().contains("Rule 1: block person 'Angela Merkel' where the words around it match "
                    + "'Chancellor'"), block.stdout());
        }
        assertEquals(List.of("Angela Merkel"), persons(index));
    }

    @Test
    void aBadRuleIsRefusedWithTheReasonAndNothingIsSaved() throws Exception {
        try (ChildJvm retype = entities("retype", "Angela Merkel", "planet")) {
            assertEquals(1, retype.exitCode());
            assertTrue(retype.stderr().contains("unknown kind 'planet'"), retype.stderr());
        }
        assertTrue(Files.notExists(dir.resolve("index.entities.tsv")));
    }

    @Test
    void whileAnotherProcessWritesTheIndexTheRuleIsSavedAndTheUserToldWhenItApplies() throws Exception {
        try (LiveIndexWriter live = LiveIndexWriter.open(index, TestIndexes.extractor())) {
            try (ChildJvm block = entities("block", "Angela Merkel")) {
                assertEquals(3, block.exitCode(), block.stdout() + block.stderr());
                assertTrue(block.stdout().contains("being written by another process"), block.stdout());
            }
            assertTrue(Files.readString(dir.resolve("index.entities.tsv")).contains("block\tperson\tAngela Merkel\n"));
            // serve --watch checks the file every two seconds; here the check is called directly.
            assertEquals(1, live.applyEntityRulesIfChanged().rewritten().size());
        }
    }

    /** Every person value stored in the index. */
    static List<String> persons(Path index) throws java.io.IOException {
        List<String> persons = new java.util.ArrayList<>();
        try (var d = org.apache.lucene.store.FSDirectory.open(index);
             var reader = org.apache.lucene.index.DirectoryReader.open(d)) {
            for (int i = 0; i < reader.maxDoc(); i++) {
                persons.addAll(List.of(reader.storedFields().document(i)
                        .getValues(news.dispatch.index.Schema.storedField(news.dispatch.index.Schema.PERSONS_DIM))));
            }
        }
        return persons;
    }

    @Test
    void aRunningWatchAppliesARuleSavedWhileItHoldsTheIndex() throws Exception {
        assertTrue(persons(index).contains("Angela Merkel"), persons(index).toString());
        Path drop = Files.createDirectories(dir.resolve("drop"));
        try (ChildJvm watch = ChildJvm.start("watch", "--folder", drop.toString(), "--index", index.toString(),
                "--every", "1h")) {
            assertTrue(watch.awaitStderr("Watching", RUN), watch.stderr());
            try (ChildJvm block = entities("block", "Angela Merkel")) {
                assertEquals(3, block.exitCode(), block.stdout() + block.stderr());
                assertTrue(block.stdout().contains("a running watch or serve --watch applies them"), block.stdout());
            }
            assertTrue(watch.awaitStderr("Entity rules applied: 1 articles rewritten", RUN), watch.stderr());
        }
        assertFalse(persons(index).contains("Angela Merkel"), persons(index).toString());
    }

    @Test
    void aWatchOnceAppliesARuleSavedWhileAnotherProcessHeldTheIndex() throws Exception {
        try (LiveIndexWriter live = LiveIndexWriter.open(index, TestIndexes.extractor())) {
            try (ChildJvm block = entities("block", "Angela Merkel")) {
                assertEquals(3, block.exitCode(), block.stdout() + block.stderr());
            }
        }
        Path drop = Files.createDirectories(dir.resolve("drop"));
        try (ChildJvm once = ChildJvm.run(RUN, "watch", "--folder", drop.toString(), "--index", index.toString(),
                "--once")) {
            // Opening the index applies the rules saved meanwhile.
            assertEquals(0, once.exitCode(), once.stderr());
        }
        assertFalse(persons(index).contains("Angela Merkel"), persons(index).toString());
    }
}
