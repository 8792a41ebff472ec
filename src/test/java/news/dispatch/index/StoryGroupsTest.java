package news.dispatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.dispatch.StoryFixtures;
import news.dispatch.TestIndexes;
import news.dispatch.corpus.Article;
import news.dispatch.corpus.Problem;
import news.dispatch.entity.Entities;

/** Stories as the indexer groups them: copies share the id of their smallest member, whatever the order of runs. */
class StoryGroupsTest {
    @TempDir
    Path tmp;

    private Map<String, String> index(Path corpus, Path indexDir, boolean rebuild) throws IOException {
        List<Problem> problems = new ArrayList<>();
        new Indexer(indexDir, text -> Entities.NONE, problems::add, 2).run(List.of(corpus), rebuild);
        assertTrue(problems.stream().noneMatch(Problem::skipped), problems.toString());
        return IndexedStories.byId(indexDir);
    }

    @Test
    void twoVersionsOfAWireStoryShareTheStoryOfTheirSmallestId() throws IOException {
        Path corpus = tmp.resolve("corpus");
        TestIndexes.write(corpus, "news.jsonl", StoryFixtures.threeArticles());
        Map<String, String> stories = index(corpus, tmp.resolve("index"), false);
        assertEquals(Map.of("wire-a", "wire-a", "wire-b", "wire-a", "flood", "flood"), stories);
    }

    @Test
    void aCopyArrivingInALaterRunJoinsTheStoryAsARebuildWouldGroupIt() throws IOException {
        Path corpus = tmp.resolve("corpus");
        Path index = tmp.resolve("index");
        String[] lines = StoryFixtures.threeArticles().split("\n");
        TestIndexes.write(corpus, "first.jsonl", lines[0] + "\n" + lines[1] + "\n");
        assertEquals("wire-b", index(corpus, index, false).get("wire-b"));
        TestIndexes.write(corpus, "second.jsonl", lines[2] + "\n");
        Map<String, String> incremental = index(corpus, index, false);
        assertEquals(index(corpus, tmp.resolve("rebuilt"), true), incremental);
        assertEquals("wire-a", incremental.get("wire-b"));
    }

    @Test
    void whenTheArticleNamingTheStoryIsRemovedTheOthersTakeTheNextSmallestId() throws IOException {
        Path corpus = tmp.resolve("corpus");
        Path index = tmp.resolve("index");
        String[] lines = StoryFixtures.threeArticles().split("\n");
        String third = StoryFixtures.article("wire-c", "G7 deal", StoryFixtures.WIRE, "2022-03-05T16:00:00Z", "Three");
        TestIndexes.write(corpus, "keep.jsonl", lines[0] + "\n" + lines[1] + "\n" + third + "\n");
        Path gone = TestIndexes.write(corpus, "gone.jsonl", lines[2] + "\n");
        assertEquals("wire-a", index(corpus, index, false).get("wire-c"));
        Files.delete(gone);
        Map<String, String> after = index(corpus, index, false);
        assertEquals(Map.of("wire-b", "wire-b", "wire-c", "wire-b", "flood", "flood"), after);
    }

    @Test
    void anArticleRewrittenIntoAnotherTextLeavesItsStory() throws IOException {
        Path corpus = tmp.resolve("corpus");
        Path index = tmp.resolve("index");
        TestIndexes.write(corpus, "news.jsonl", StoryFixtures.threeArticles());
        index(corpus, index, false);
        TestIndexes.write(corpus, "news.jsonl", StoryFixtures.threeArticles().replace(StoryFixtures.REWRITE,
                "A correction: this item was sent in error and is withdrawn."));
        Map<String, String> after = index(corpus, index, false);
        assertEquals("wire-b", after.get("wire-b"));
        assertEquals("wire-a", after.get("wire-a"));
    }

    @Test
    void theSameTextPublishedAWeekLaterIsAnotherStory() throws IOException {
        Path corpus = tmp.resolve("corpus");
        TestIndexes.write(corpus, "weekly.jsonl", String.join("\n",
                StoryFixtures.article("week-1", "Weekly figures", StoryFixtures.WIRE, "2022-03-01T10:00:00Z", "Wire"),
                StoryFixtures.article("week-2", "Weekly figures", StoryFixtures.WIRE, "2022-03-08T10:00:00Z", "Wire"))
                + "\n");
        Map<String, String> stories = index(corpus, tmp.resolve("index"), false);
        assertNotEquals(stories.get("week-1"), stories.get("week-2"));
    }

    @Test
    void articlesWrittenByTheLiveWriterAreGroupedInTheSameBatch() throws IOException {
        Path index = tmp.resolve("index");
        Path file = tmp.resolve("feed.xml");
        try (LiveIndexWriter writer = LiveIndexWriter.open(index, text -> Entities.NONE)) {
            writer.write(List.of(
                    new Article("item-2", "G7 agrees", StoryFixtures.WIRE, null, "Feed", null, null, file, 0),
                    new Article("item-1", "G7 deal", StoryFixtures.REWRITE, null, "Feed", null, null, file, 0)),
                    p -> { });
        }
        assertEquals(Map.of("item-1", "item-1", "item-2", "item-1"), IndexedStories.byId(index));
    }

    @Test
    void membersGivenOutsideAnIndexAreGroupedByTheSameRule() {
        long day = 86_400_000L;
        var wire = StorySignature.of("G7 agrees", StoryFixtures.WIRE);
        var rewrite = StorySignature.of("Ministers agree", StoryFixtures.REWRITE);
        var flood = StorySignature.of("Floods", StoryFixtures.OTHER);
        var relinked = new StoryGroups().changes(List.of(
                new StoryGroups.Member("wire-b", "wire-b", wire, 10 * day),
                new StoryGroups.Member("wire-a", "wire-a", rewrite, 10 * day + 3_600_000L),
                new StoryGroups.Member("wire-c", null, wire, 10 * day + 5 * 3_600_000L),
                new StoryGroups.Member("wire-late", "wire-late", wire, 20 * day),
                new StoryGroups.Member("flood", "flood", flood, 10 * day)));
        // Only what changes is given: wire-a already names its story; a copy ten days later and the flood stay alone.
        assertEquals(Map.of("wire-b", "wire-a", "wire-c", "wire-a"), relinked.stories());
    }

    @Test
    void anIndexOfTheOlderSchemeWithWholeHashesAndBandTermsIsGroupedAsBefore() throws IOException {
        Path index = tmp.resolve("index");
        try (var dir = org.apache.lucene.store.FSDirectory.open(index);
             var writer = new org.apache.lucene.index.IndexWriter(dir, new org.apache.lucene.index.IndexWriterConfig())) {
            olderDocument(writer, "wire-b", StoryFixtures.WIRE);
            olderDocument(writer, "wire-a", StoryFixtures.REWRITE);
            olderDocument(writer, "flood", StoryFixtures.OTHER);
            new StoryGroups().regroup(writer, List.of(), null);
            writer.commit();
        }
        assertEquals(Map.of("wire-a", "wire-a", "wire-b", "wire-a", "flood", "flood"), IndexedStories.byId(index));
    }

    /** An article as the scheme before "compact" wrote its story fields: 4 bytes a hash, a term per band. */
    private static void olderDocument(org.apache.lucene.index.IndexWriter writer, String id, String body)
            throws IOException {
        var doc = new org.apache.lucene.document.Document();
        doc.add(new org.apache.lucene.document.KeywordField(Schema.ID, id, org.apache.lucene.document.Field.Store.YES));
        doc.add(new org.apache.lucene.document.BinaryDocValuesField(Schema.STORY, new org.apache.lucene.util.BytesRef(id)));
        StorySignature s = StorySignature.of("", body);
        java.nio.ByteBuffer older = java.nio.ByteBuffer.allocate(StorySignature.HASHES * Integer.BYTES);
        for (byte m : s.mins()) older.putInt(0x2a << 8 | m & 0xff);
        doc.add(new org.apache.lucene.document.BinaryDocValuesField(Schema.STORY_SIGNATURE,
                new org.apache.lucene.util.BytesRef(older.array())));
        for (long band : s.bands()) {
            doc.add(new org.apache.lucene.document.StringField("story_band", Long.toHexString(band),
                    org.apache.lucene.document.Field.Store.NO));
        }
        writer.addDocument(doc);
    }
}
