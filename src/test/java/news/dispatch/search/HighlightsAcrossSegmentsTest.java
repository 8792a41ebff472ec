package news.dispatch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.dispatch.StoryFixtures;
import news.dispatch.TestIndexes;

/**
 * The highlighter makes the query's weight once per index segment and reuses it for that segment's hits (issue 29):
 * hits spread over several segments are each marked where their own words are, words a wildcard finds in one
 * segment only included; and it reuses a word's postings from one hit to the next, never twice within one hit.
 */
class HighlightsAcrossSegmentsTest {
    @TempDir static Path dir;
    private static Path index;

    @BeforeAll
    static void build() throws IOException {
        index = dir.resolve("index");
        // The first segment holds two hits of each query: the second reuses the first's postings.
        String[][][] segments = {
                {{"harvest", "Wheat harvest falls short", "Farmers report a poor wheat harvest after the drought."},
                 {"mill", "Mill buys wheat", "The mill paid more. Wheat prices rose again, and wheat stocks fell."}},
                {{"rates", "Central bank raises rates", "The central bank raised rates as wheat prices climbed."}},
                {{"bread", "Bakers switch flour", "Bakers turned to wheaten flour. Bread prices held steady."}}};
        for (String[][] segment : segments) {
            StringBuilder jsonl = new StringBuilder();
            for (String[] a : segment) {
                jsonl.append(StoryFixtures.article(a[0], a[1], a[2], "2022-03-05", "Wire One")).append('\n');
            }
            TestIndexes.build(index, TestIndexes.write(dir.resolve(segment[0][0]), "wire.jsonl", jsonl.toString()));
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            assertEquals(3, reader.leaves().size(), "each run's articles are in a segment of their own");
        }
    }

    @Test
    void eachHitInItsOwnSegmentIsMarkedWhereItsWordsAre() throws IOException {
        assertEquals(Map.of(
                        "harvest", List.of("Wheat <mark>harvest</mark> falls short",
                                "Farmers report a poor wheat <mark>harvest</mark> after the drought."),
                        "mill", List.of("Mill buys wheat", "<mark>Wheat prices</mark> rose again, and wheat stocks fell."),
                        "rates", List.of("Central bank raises rates",
                                "The central bank raised rates as <mark>wheat prices</mark> climbed.")),
                marked("\"wheat prices\" OR harvest"));
    }

    @Test
    void aWildcardMarksTheWordsItFindsInEachSegment() throws IOException {
        assertEquals(Map.of(
                        "harvest", List.of("<mark>Wheat</mark> harvest falls short",
                                "Farmers report a poor <mark>wheat</mark> harvest after the drought."),
                        "mill", List.of("Mill buys <mark>wheat</mark>",
                                "<mark>Wheat</mark> prices rose again, and <mark>wheat</mark> stocks fell."),
                        "rates", List.of("Central bank raises rates",
                                "The central bank raised rates as <mark>wheat</mark> prices climbed."),
                        "bread", List.of("Bakers switch flour", "Bakers turned to <mark>wheaten</mark> flour.")),
                marked("whea*"));
    }

    @Test
    void aWordThatTwoClausesAskForIsMarkedInEveryHit() throws IOException {
        assertEquals(Map.of(
                        "harvest", List.of("<mark>Wheat</mark> harvest falls short",
                                "Farmers report a poor <mark>wheat</mark> harvest after the drought."),
                        "mill", List.of("Mill buys <mark>wheat</mark>",
                                "<mark>Wheat prices</mark> rose again, and <mark>wheat</mark> stocks fell."),
                        "rates", List.of("Central bank raises rates",
                                "The central bank raised rates as <mark>wheat prices</mark> climbed.")),
                marked("wheat OR \"wheat prices\" OR (wheat AND prices)"));
    }

    /** Each hit's id to its title then its snippets. */
    private static Map<String, List<String>> marked(String query) throws IOException {
        var request = new SearchRequest(query, List.of(), List.of(), null, null, SearchRequest.Sort.RELEVANCE, 10, 1,
                null, 0);
        Map<String, List<String>> marked = new TreeMap<>();
        try (LuceneSearcher searcher = LuceneSearcher.open(index)) {
            for (SearchResponse.Hit hit : searcher.search(request).hits()) {
                List<String> shown = new java.util.ArrayList<>(List.of(hit.title()));
                shown.addAll(hit.snippets());
                marked.put(hit.id(), shown);
            }
        }
        return marked;
    }
}
