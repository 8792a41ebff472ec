package news.dispatch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.dispatch.StoryFixtures;
import news.dispatch.TestIndexes;

/**
 * A hit's title and body are marked where the words that made it a hit are, each field with the query's parts that
 * name it (issue 29: the other field's clauses are not run for it), as when the whole query was run for each field.
 */
class TitleMarksTest {
    private static final String ACCORD = StoryFixtures.article("accord",
            "Saudi Arabia reiterates commitment to OPEC accord",
            "The kingdom will keep its crude output within its quota, the minister said. Prices of oil held firm.",
            "1987-03-02", "Wire One");

    @TempDir static Path dir;
    private static Path index;

    @BeforeAll
    static void build() throws IOException {
        Path corpus = dir.resolve("corpus");
        TestIndexes.write(corpus, "wire.jsonl", ACCORD + "\n");
        index = dir.resolve("index");
        TestIndexes.build(index, corpus);
    }

    @Test
    void aTitleWordIsMarkedWhenAnotherWordOfTheQueryIsOnlyInTheBody() throws IOException {
        SearchResponse.Hit hit = onlyHit("oil AND opec");
        assertEquals("Saudi Arabia reiterates commitment to <mark>OPEC</mark> accord", hit.title());
        assertEquals(List.of("Prices of <mark>oil</mark> held firm."), hit.snippets());
    }

    @Test
    void aWordOfAnAlternativeIsNotMarkedWhenTheRestOfThatAlternativeIsMissing() throws IOException {
        // "opec AND cartel" does not match (no "cartel"), so its "opec" marks nothing; "oil" made the hit.
        SearchResponse.Hit hit = onlyHit("(opec AND cartel) OR oil");
        assertEquals("Saudi Arabia reiterates commitment to OPEC accord", hit.title());
        assertEquals(List.of("Prices of <mark>oil</mark> held firm."), hit.snippets());
    }

    private static SearchResponse.Hit onlyHit(String query) throws IOException {
        var request = new SearchRequest(query, List.of(), List.of(), null, null, SearchRequest.Sort.RELEVANCE, 10, 1,
                null, 0);
        try (LuceneSearcher searcher = LuceneSearcher.open(index)) {
            List<SearchResponse.Hit> hits = searcher.search(request).hits();
            assertEquals(1, hits.size(), query);
            return hits.getFirst();
        }
    }
}
