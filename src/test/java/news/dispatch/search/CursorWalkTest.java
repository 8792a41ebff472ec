package news.dispatch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deep paging with {@code next_cursor} over every sort: a walk visits every hit exactly once, in the order of one
 * big page, with ties in date and score and undated articles among the hits.
 */
class CursorWalkTest {
    static final int ARTICLES = 57;
    @TempDir static Path dir;
    static LuceneSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < ARTICLES; i++) {
            // Seven dates shared by many articles, every ninth undated, and bodies that tie on score.
            String date = i % 9 == 0 ? "" : ", \"date\": \"2022-06-0" + (1 + i % 7) + "\"";
            String body = i % 2 == 0 ? "grain exports resumed" : "grain prices rose and grain ships waited";
            lines.append("{\"id\": \"a").append(i).append("\", \"title\": \"Report ").append(i)
                    .append("\", \"body\": \"").append(body).append("\"").append(date).append("}\n");
        }
        searcher = TinyIndex.open(TinyIndex.build(dir, lines));
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    @ParameterizedTest(name = "q=''{0}'' sort={1} size={2}")
    @CsvSource({"'', NEWEST, 5", "'', OLDEST, 4", "'', RELEVANCE, 6", "grain, RELEVANCE, 5", "grain, NEWEST, 3",
            "grain, OLDEST, 7", "prices, RELEVANCE, 2", "-prices, NEWEST, 4", "grain, NEWEST, 100"})
    void aCursorWalkVisitsEveryHitOnceInOrder(String q, SearchRequest.Sort sort, int size) throws IOException {
        SearchRequest first = new SearchRequest(q, List.of(), List.of(), null, null, sort, size, 1, null, 0);
        List<String> expected = ids(searcher.search(new SearchRequest(q, List.of(), List.of(), null, null, sort,
                SearchRequest.MAX_SIZE, 1, null, 0)));
        List<String> walked = new ArrayList<>();
        SearchResponse page = searcher.search(first);
        // Bounded: never more pages than hits.
        for (int n = 0; n <= ARTICLES; n++) {
            walked.addAll(ids(page));
            if (page.nextCursor() == null) break;
            page = searcher.search(first.withCursor(page.nextCursor()));
        }
        Set<String> distinct = new HashSet<>(walked);
        assertEquals(walked.size(), distinct.size(), "duplicates in " + walked);
        assertEquals(expected, walked);
        assertTrue(!expected.isEmpty());
    }

    private static List<String> ids(SearchResponse r) {
        return r.hits().stream().map(SearchResponse.Hit::id).toList();
    }
}
