package news.dispatch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import news.dispatch.entity.Entities;
import news.dispatch.entity.Entity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code organization:} finds an article by its organization's canonical name and by the gazetteer's aliases. */
class OrganizationQueryTest {
    @TempDir static Path dir;
    static LuceneSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        String jsonl = """
                {"id": "summit", "title": "Summit", "body": "Leaders met in Madrid."}
                {"id": "other", "title": "Other", "body": "Leaders met in Rome."}
                """;
        Entity nato = new Entity("North Atlantic Treaty Organization", null, List.of());
        searcher = TinyIndex.open(TinyIndex.build(dir, jsonl, text -> text.contains("Madrid")
                ? new Entities(List.of(), List.of(), List.of(nato)) : Entities.NONE));
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    private static List<String> ids(String query) throws IOException {
        return searcher.search(SearchRequest.of(query)).hits().stream().map(SearchResponse.Hit::id).toList();
    }

    @Test
    void theCanonicalNameFindsTheArticle() throws IOException {
        assertEquals(List.of("summit"), ids("organization:\"North Atlantic Treaty Organization\""));
    }

    @Test
    void anAcronymAndAnotherLanguagesFormFindTheArticle() throws IOException {
        assertEquals(List.of("summit"), ids("organization:NATO"));
        assertEquals(List.of("summit"), ids("organization:OTAN"));
    }
}
