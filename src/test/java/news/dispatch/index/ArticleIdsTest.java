package news.dispatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.dispatch.corpus.Problem;
import news.dispatch.entity.Entities;
import news.dispatch.entity.Entity;
import news.dispatch.entity.EntityExtractor;
import news.dispatch.entity.Mention;

/**
 * Ids across corpus folders (issue 16, item 2) and values the index must bound (item 1), on the real indexer with a
 * stand-in extractor: same-named files of different folders both stay; an id another folder's article holds is
 * reported, never overwritten; an index of the older ids is renamed by the next run; a "name" the size of a page is
 * kept out of the facets with a warning.
 */
class ArticleIdsTest {
    @TempDir Path dir;
    final List<Problem> problems = new ArrayList<>();

    Path index() {
        return dir.resolve("index");
    }

    IndexSummary index(EntityExtractor extractor, Path... roots) throws IOException {
        return new Indexer(index(), extractor, problems::add, 2).run(List.of(roots), false);
    }

    IndexSummary index(Path... roots) throws IOException {
        return index(text -> Entities.NONE, roots);
    }

    Path folder(String path, String... files) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(path));
        for (String f : files) Files.writeString(folder.resolve(f), "A report\n\nText of " + folder + "/" + f + ".");
        return folder;
    }

    /** Id → the file the indexed article came from. */
    Map<String, String> indexed() throws IOException {
        Map<String, String> ids = new java.util.TreeMap<>();
        try (var reader = DirectoryReader.open(FSDirectory.open(index()))) {
            for (var leaf : reader.leaves()) {
                StoredFields fields = leaf.reader().storedFields();
                var live = leaf.reader().getLiveDocs();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) continue;
                    Document d = fields.document(doc, Set.of(Schema.ID, Schema.FILE));
                    assertFalse(ids.containsKey(d.get(Schema.ID)), "two articles with the id " + d.get(Schema.ID));
                    ids.put(d.get(Schema.ID), d.get(Schema.FILE));
                }
            }
        }
        return ids;
    }

    @Test
    void sameNamedFilesOfTwoFoldersAreTwoArticlesWhateverTheOrderOfRuns() throws IOException {
        Path a = folder("cA", "report.txt", "only-a.txt");
        Path b = folder("cB", "report.txt");
        assertEquals(2, index(a).added());
        IndexSummary second = index(b);
        assertEquals(1, second.added());
        assertEquals(0, second.updated());
        IndexSummary again = index(a);
        assertEquals(2, again.unchanged());
        assertEquals(0, again.updated() + again.removed());
        assertEquals(Set.of("cA/only-a.txt", "cA/report.txt", "cB/report.txt"), indexed().keySet());
        // Both folders in one run, and nested folders, too.
        Path nested = folder("cA/sub", "report.txt");
        index(a, b);
        assertEquals(a.resolve("sub/report.txt").toString(), indexed().get("cA/sub/report.txt"));
        assertTrue(problems.isEmpty(), problems::toString);
        assertTrue(Files.exists(nested));
    }

    @Test
    void anIdTakenByAnotherFoldersArticleIsReportedAndNeverOverwritten() throws IOException {
        // Same-named folders in different places, and one explicit id in two feeds.
        Path first = folder("x/feed", "report.txt");
        Path second = folder("y/feed", "report.txt");
        Files.writeString(first.resolve("wire.jsonl"), "{\"id\": \"w-1\", \"title\": \"First\", \"body\": \"One.\"}\n");
        Files.writeString(second.resolve("wire.jsonl"), "{\"id\": \"w-1\", \"title\": \"Second\", \"body\": \"Two.\"}\n");
        index(first);
        IndexSummary summary = index(second);
        assertEquals(2, summary.articlesSkipped(), summary::toString);
        assertEquals(0, summary.updated() + summary.added());
        assertEquals(first.resolve("report.txt").toString(), indexed().get("feed/report.txt"));
        assertEquals(first.resolve("wire.jsonl").toString(), indexed().get("w-1"));
        assertEquals(2, problems.size(), problems::toString);
        for (Problem p : problems) {
            assertTrue(p.skipped() && p.reason().contains("is already taken by " + first), p::toString);
            assertTrue(p.file().startsWith(second), p::toString);
        }
        assertEquals(1, problems.stream().filter(p -> p.line() == 1).count(), "the JSON line is named");
    }

    @Test
    void aFolderMovedElsewhereTakesItsArticlesOver() throws IOException {
        Path before = folder("old/news", "report.txt");
        index(before);
        Path after = Files.move(before, Files.createDirectories(dir.resolve("new")).resolve("news"));
        IndexSummary moved = index(after);
        assertEquals(1, moved.updated(), moved::toString);
        assertEquals(after.resolve("report.txt").toString(), indexed().get("news/report.txt"));
        assertTrue(problems.isEmpty(), problems::toString);
    }

    @Test
    void anIndexOfTheOlderIdsIsStaleAndRenamedByTheNextRun() throws IOException {
        Path a = folder("cA", "report.txt");
        Path b = folder("cB", "other.txt");
        // An index as the older versions wrote it: the bare path as the id, no id scheme in the commit.
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(index()), new IndexWriterConfig())) {
            for (Path file : List.of(a.resolve("report.txt"), b.resolve("other.txt"))) {
                Document doc = new Document();
                doc.add(new KeywordField(Schema.ID, file.getFileName().toString(), Store.YES));
                doc.add(new StringField(Schema.HASH, "older", Store.YES));
                doc.add(new StringField(Schema.FILE, file.toString(), Store.YES));
                writer.addDocument(doc);
            }
            writer.setLiveCommitData(Map.of(IndexFreshness.FINGERPRINT, CorpusFingerprint.of(List.of(a))).entrySet());
            writer.commit();
        }
        assertTrue(IndexFreshness.isStale(index(), List.of(a)), "an index of older ids must be re-indexed");
        IndexSummary summary = index(a);
        assertEquals(1, summary.added());
        assertEquals(1, summary.removed());
        // The other folder's article keeps its older id until that folder is indexed again.
        assertEquals(Set.of("cA/report.txt", "other.txt"), indexed().keySet());
        assertFalse(IndexFreshness.isStale(index(), List.of(a)));
    }

    @Test
    void aNameThatIsAPageOfNamesIsKeptOutOfTheFacetsWithAWarning() throws IOException {
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < 1_500; i++) run.append(i == 0 ? "" : " ").append("Name").append((char) ('A' + i % 26)).append("son");
        String longName = run.toString();
        EntityExtractor extractor = text -> new Entities(
                List.of(new Entity(longName, null, List.of(new Mention(0, 4, "Name", "model PER"))),
                        new Entity("Joe Biden", null, List.of())),
                List.of(new Entity("Ü".repeat(20_000), "XX", List.of()), new Entity("Ukraine", "UA", List.of())));
        Path a = folder("cA", "names.txt");
        IndexSummary summary = index(extractor, a);
        assertEquals(1, summary.added(), summary::toString);
        assertEquals(2, summary.warnings(), problems::toString);
        assertTrue(problems.stream().allMatch(p -> !p.skipped() && p.reason().contains("left out of the")
                && p.reason().length() < 300), problems::toString);
        try (var reader = DirectoryReader.open(FSDirectory.open(index()))) {
            Document d = reader.storedFields().document(0);
            assertEquals(List.of("Joe Biden"), List.of(d.getValues(Schema.PERSON)));
            assertEquals(List.of("Ukraine"), List.of(d.getValues(Schema.COUNTRY)));
        }
    }
}
