package news.dispatch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index of English articles alone still answers a query written in Cyrillic. */
class CyrillicQueryOnEnglishIndexTest {
    @TempDir Path dir;

    @Test
    void aCyrillicNameFindsTheEnglishArticlesAndSaysWhatItAlsoSearched() throws IOException {
        Path index = TinyIndex.build(dir, """
                {"id": "a", "lang": "en", "title": "Putin meets envoys", "body": "Vladimir Putin met foreign envoys in the Kremlin on Tuesday."}
                {"id": "b", "lang": "en", "title": "Grain deal", "body": "Ships left Odesa with grain on Monday."}
                """);
        try (LuceneSearcher searcher = TinyIndex.open(index)) {
            SearchResponse found = searcher.search(SearchRequest.of("Путин"));
            assertEquals(List.of("a"), found.hits().stream().map(SearchResponse.Hit::id).toList());
            assertTrue(found.aliases().stream().anyMatch(n -> n.term().equals("Путин")), found.aliases()::toString);
            assertEquals(1, searcher.search(SearchRequest.of("Putin")).hits().size());
        }
    }
}
