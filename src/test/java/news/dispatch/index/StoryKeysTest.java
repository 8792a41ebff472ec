package news.dispatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SlowCodecReaderWrapper;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.dispatch.StoryFixtures;
import news.dispatch.TestIndexes;
import news.dispatch.search.LuceneSearcher;
import news.dispatch.search.SearchRequest;
import news.dispatch.search.SearchResponse;

/** The story key a collapsed search groups by: one per story, never shared by two stories. */
class StoryKeysTest {
    @TempDir
    Path tmp;

    @Test
    void twoStoriesWhoseKeysWouldCollideStayTwoStories() throws IOException {
        Path index = tmp.resolve("index");
        TestIndexes.build(index, TestIndexes.write(tmp.resolve("corpus"), "news.jsonl", StoryFixtures.threeArticles()));
        // Regrouped with every story id asking for the same key: the wire story and the flood clash.
        try (var dir = FSDirectory.open(index); var writer = new IndexWriter(dir, new IndexWriterConfig())) {
            new StoryGroups(StoryGroups.THRESHOLD, new StoryKeys(story -> 42)).regroup(writer, List.of(), null);
            writer.commit();
        }
        Map<String, Long> keys = keys(index);
        assertEquals(keys.get("wire-a"), keys.get("wire-b"));
        assertNotEquals(keys.get("wire-a"), keys.get("flood"));
        try (LuceneSearcher searcher = LuceneSearcher.open(index)) {
            SearchResponse r = searcher.search(new SearchRequest("", List.of(), List.of(), null, null,
                    SearchRequest.Sort.OLDEST, 10, 1, null, 0).withCollapse(true));
            assertEquals(2L, r.stories());
            assertEquals(List.of("wire-b", "flood"), r.hits().stream().map(SearchResponse.Hit::id).toList());
        }
    }

    @Test
    void anIndexWrittenBeforeStoryKeysIsStillSearchedByStory() throws IOException {
        Path index = tmp.resolve("index");
        TestIndexes.build(index, TestIndexes.write(tmp.resolve("corpus"), "news.jsonl", StoryFixtures.threeArticles()));
        Path older = tmp.resolve("older");
        try (var from = FSDirectory.open(index); var reader = DirectoryReader.open(from);
             var to = FSDirectory.open(older); var writer = new IndexWriter(to, new IndexWriterConfig())) {
            for (var leaf : reader.leaves()) {
                writer.addIndexes(SlowCodecReaderWrapper.wrap(new WithoutStoryKeys(leaf.reader())));
            }
            writer.commit();
        }
        assertEquals(Map.of(), keys(older));
        try (LuceneSearcher searcher = LuceneSearcher.open(older)) {
            SearchResponse r = searcher.search(new SearchRequest("", List.of(), List.of(), null, null,
                    SearchRequest.Sort.OLDEST, 10, 1, null, 0).withCollapse(true));
            assertEquals(2L, r.stories());
            assertEquals(List.of("wire-b", "flood"), r.hits().stream().map(SearchResponse.Hit::id).toList());
        }
    }

    /** A segment as an index before story keys holds it: the field absent. */
    private static final class WithoutStoryKeys extends FilterLeafReader {
        WithoutStoryKeys(LeafReader in) {
            super(in);
        }

        @Override
        public FieldInfos getFieldInfos() {
            List<FieldInfo> kept = new ArrayList<>();
            for (FieldInfo f : in.getFieldInfos()) if (!f.name.equals(Schema.STORY_KEY)) kept.add(f);
            return new FieldInfos(kept.toArray(FieldInfo[]::new));
        }

        @Override
        public NumericDocValues getNumericDocValues(String field) throws IOException {
            return field.equals(Schema.STORY_KEY) ? null : in.getNumericDocValues(field);
        }

        @Override
        public CacheHelper getCoreCacheHelper() {
            return null;
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return null;
        }
    }

    @Test
    void storiesWhoseIdsAskForOneKeyGetDistinctKeysWhateverTheOrderTheyAreMet() {
        StoryKeys keys = new StoryKeys(story -> 7);
        Map<String, Long> one = keys.assign(List.of("b", "a", "c"));
        assertEquals(one, keys.assign(List.of("c", "b", "a")));
        assertEquals(Map.of("a", 7L, "b", 8L, "c", 9L), one);
    }

    private static Map<String, Long> keys(Path index) throws IOException {
        Map<String, Long> keys = new HashMap<>();
        try (var dir = FSDirectory.open(index); var reader = DirectoryReader.open(dir)) {
            for (var leaf : reader.leaves()) {
                var ids = leaf.reader().getSortedSetDocValues(Schema.ID);
                var values = leaf.reader().getNumericDocValues(Schema.STORY_KEY);
                if (values == null) continue;
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (ids.advanceExact(doc) && values.advanceExact(doc)) {
                        keys.put(ids.lookupOrd(ids.nextOrd()).utf8ToString(), values.longValue());
                    }
                }
            }
        }
        return keys;
    }
}
