package news.dispatch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.dispatch.StoryFixtures;
import news.dispatch.TestIndexes;

/**
 * Two copies of one wire story with the same date lead their story by article id, not by where they landed in the
 * index: a saved search's feed and the page's card show the same article whichever copy was indexed first.
 */
class StoryLeaderTest {
    private static final String COPY_A = StoryFixtures.article("copy-a", "G7 agrees to keep currencies stable",
            StoryFixtures.WIRE, "2022-03-05", "Wire One");
    private static final String COPY_B = StoryFixtures.article("copy-b", "G7 agrees to keep currencies stable",
            StoryFixtures.WIRE, "2022-03-05", "Paper Two");

    @TempDir Path dir;

    @Test
    void copiesOfOneDateLeadTheirStoryByIdWhicheverWasIndexedFirst() throws IOException {
        for (var sort : SearchRequest.Sort.values()) {
            assertEquals(List.of("copy-a"), leaders(COPY_A + "\n" + COPY_B + "\n", "ab", sort), sort.name());
            assertEquals(List.of("copy-a"), leaders(COPY_B + "\n" + COPY_A + "\n", "ba", sort), sort.name());
        }
    }

    @Test
    void storiesOfOneDateInTwoSegmentsAreRankedByIdWhicheverSegmentHoldsThem() throws IOException {
        Path index = dir.resolve("index-segments");
        TestIndexes.build(index, TestIndexes.write(dir.resolve("first"), "b.jsonl", StoryFixtures.article("story-b",
                "Wheat harvest falls short", "Farmers report a poor wheat harvest after the drought.", "2022-03-05",
                "Wire One")));
        TestIndexes.build(index, TestIndexes.write(dir.resolve("second"), "a.jsonl", StoryFixtures.article("story-a",
                "Central bank raises rates", "The central bank raised rates as wheat prices climbed.", "2022-03-05",
                "Paper Two")));
        try (var reader = org.apache.lucene.index.DirectoryReader.open(
                org.apache.lucene.store.FSDirectory.open(index))) {
            assertEquals(2, reader.leaves().size(), "the second run's article is in a segment of its own");
        }
        for (var sort : List.of(SearchRequest.Sort.NEWEST, SearchRequest.Sort.OLDEST)) {
            var request = new SearchRequest("wheat", List.of(), List.of(), null, null, sort, 10, 1, null, 0)
                    .withCollapse(true);
            try (LuceneSearcher searcher = LuceneSearcher.open(index)) {
                assertEquals(List.of("story-a", "story-b"),
                        searcher.search(request).hits().stream().map(SearchResponse.Hit::id).toList(), sort.name());
            }
        }
    }

    private List<String> leaders(String jsonl, String name, SearchRequest.Sort sort) throws IOException {
        Path corpus = dir.resolve("corpus-" + name);
        TestIndexes.write(corpus, "wire.jsonl", jsonl);
        Path index = dir.resolve("index-" + name);
        if (!index.toFile().exists()) TestIndexes.build(index, corpus);
        var request = new SearchRequest("currencies", List.of(), List.of(), null, null, sort, 10, 1, null, 0)
                .withCollapse(true);
        try (LuceneSearcher searcher = LuceneSearcher.open(index)) {
            return searcher.search(request).hits().stream().map(SearchResponse.Hit::id).toList();
        }
    }
}
