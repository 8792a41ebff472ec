package news.dispatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.dispatch.TestIndexes;
import news.dispatch.corpus.Problem;
import news.dispatch.entity.correction.EntityRule;
import news.dispatch.entity.correction.EntityRule.Action;
import news.dispatch.entity.correction.EntityRulesFile;

/** Entity rules applied at indexing, retroactively to only the articles they change, undone, and after --rebuild. */
class EntityCorrectionsTest {
    @TempDir
    Path dir;
    Path corpus;
    Path index;
    EntityRulesFile rules;

    @BeforeEach
    void corpus() {
        corpus = dir.resolve("feed");
        index = dir.resolve("index");
        rules = EntityRulesFile.besideIndex(index);
        TestIndexes.write(corpus, "merkel.txt", "Merkel in Berlin\n\nChancellor Angela Merkel spoke in Berlin on Monday.");
        TestIndexes.write(corpus, "macron.txt", "Macron in Paris\n\nPresident Emmanuel Macron spoke in Paris on Monday.");
        TestIndexes.write(corpus, "putin.txt", "Putin in Moscow\n\nPresident Vladimir Putin spoke in Moscow on Monday.");
    }

    private void index(boolean rebuild) throws IOException {
        List<Problem> problems = new ArrayList<>();
        new Indexer(index, TestIndexes.extractor(), problems::add, 2).run(List.of(corpus), rebuild);
        assertTrue(problems.stream().noneMatch(Problem::skipped), problems.toString());
    }

    private void add(EntityRule rule) throws IOException {
        rules.update(r -> {
            r.add(rule);
            return r;
        });
    }

    /** Each article's file name → its persons, organizations and corrections. */
    private Map<String, String> articles() throws IOException {
        Map<String, String> byFile = new TreeMap<>();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            for (LeafReaderContext leaf : reader.leaves()) {
                var live = leaf.reader().getLiveDocs();
                for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                    if (live != null && !live.get(i)) continue;
                    Document d = leaf.reader().storedFields().document(i);
                    TreeSet<String> values = new TreeSet<>();
                    for (IndexableField f : d.getFields(Schema.PERSON)) values.add("person " + f.stringValue());
                    for (IndexableField f : d.getFields(Schema.ORGANIZATION)) values.add("organization " + f.stringValue());
                    if (d.get(Schema.CORRECTIONS) != null) values.add("corrected");
                    byFile.put(d.get(Schema.FILE).replaceAll(".*/", ""), values.toString());
                }
            }
        }
        return byFile;
    }

    /** Each article's stored fields, whole. */
    private Map<String, String> storedDocuments() throws IOException {
        Map<String, String> byFile = new TreeMap<>();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            for (LeafReaderContext leaf : reader.leaves()) {
                var live = leaf.reader().getLiveDocs();
                for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                    if (live != null && !live.get(i)) continue;
                    Document d = leaf.reader().storedFields().document(i);
                    StringBuilder all = new StringBuilder();
                    for (IndexableField f : d) all.append(f.name()).append('=').append(f.stringValue()).append('\n');
                    byFile.put(d.get(Schema.FILE).replaceAll(".*/", ""), all.toString());
                }
            }
        }
        return byFile;
    }

    @Test
    void aRuleSavedBeforeIndexingIsAppliedAsArticlesAreIndexed() throws IOException {
        add(new EntityRule(Action.RENAME, "person", "Angela Merkel", "Angela Dorothea Merkel"));
        index(false);
        assertEquals("[corrected, person Angela Dorothea Merkel]", articles().get("merkel.txt"));
    }

    @Test
    void aRuleAppliedRetroactivelyRewritesOnlyTheArticlesItChanges() throws IOException {
        index(false);
        Map<String, String> before = storedDocuments();
        add(new EntityRule(Action.BLOCK, "person", "Emmanuel Macron", null));
        EntityResolution.Result result = EntityResolution.applyToIndex(index);
        assertEquals(List.of("feed/macron.txt"), result.rewritten());
        Map<String, String> after = storedDocuments();
        assertEquals(before.get("merkel.txt"), after.get("merkel.txt"));
        assertEquals(before.get("putin.txt"), after.get("putin.txt"));
        assertFalse(before.get("macron.txt").equals(after.get("macron.txt")));
        assertEquals("[corrected]", articles().get("macron.txt"));
    }

    @Test
    void retypeMovesAValueIntoAnotherFacetRetroactively() throws IOException {
        index(false);
        add(new EntityRule(Action.RETYPE, "person", "Vladimir Putin", "organization"));
        EntityResolution.applyToIndex(index);
        assertEquals("[corrected, organization Vladimir Putin]", articles().get("putin.txt"));
    }

    @Test
    void undoingTheLastRuleRestoresTheArticlesAsExtracted() throws IOException {
        index(false);
        Map<String, String> original = articles();
        add(new EntityRule(Action.MERGE, "person", "Angela Merkel", "Vladimir Putin"));
        EntityResolution.applyToIndex(index);
        assertEquals("[corrected, person Vladimir Putin]", articles().get("merkel.txt"));
        rules.update(r -> {
            r.removeLast();
            return r;
        });
        assertEquals(List.of("merkel.txt"), EntityResolution.applyToIndex(index).rewritten().stream()
                .map(id -> id.replaceAll(".*/", "")).toList());
        assertEquals(original, articles());
    }

    @Test
    void aMentionMarkedAsNoEntityLeavesTheArticle() throws IOException {
        index(false);
        add(new EntityRule(Action.NOT_ENTITY, "person", "Putin", null));
        EntityResolution.applyToIndex(index);
        // The title's "Putin" is no person any more; the body's "Vladimir Putin" still is.
        assertEquals("[corrected, person Vladimir Putin]", articles().get("putin.txt"));
        add(new EntityRule(Action.NOT_ENTITY, "person", "Vladimir Putin", null));
        EntityResolution.applyToIndex(index);
        assertEquals("[corrected]", articles().get("putin.txt"));
    }

    @Test
    void rulesSurviveARebuild() throws IOException {
        index(false);
        add(new EntityRule(Action.BLOCK, "person", "Emmanuel Macron", null));
        EntityResolution.applyToIndex(index);
        index(true);
        assertTrue(Files.exists(rules.path()));
        assertEquals("[corrected]", articles().get("macron.txt"));
    }

    @Test
    void whileALiveWriterHoldsTheIndexTheRuleWaitsInTheFileAndTheWriterAppliesIt() throws IOException {
        index(false);
        try (LiveIndexWriter live = LiveIndexWriter.open(index, TestIndexes.extractor())) {
            add(new EntityRule(Action.BLOCK, "person", "Angela Merkel", null));
            assertThrows(LockObtainFailedException.class, () -> EntityResolution.applyToIndex(index));
            assertEquals(1, live.applyEntityRulesIfChanged().rewritten().size());
            assertNull(live.applyEntityRulesIfChanged());
        }
        assertEquals("[corrected]", articles().get("merkel.txt"));
    }
}
