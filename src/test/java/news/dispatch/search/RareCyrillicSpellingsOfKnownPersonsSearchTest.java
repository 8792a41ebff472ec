package news.dispatch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.dispatch.entity.Entities;
import news.dispatch.index.Indexer;

/**
 * A known person's Cyrillic spelling that Wikidata gives too rarely for the common count (Байден → Biden, 3 times)
 * still finds the person across scripts: "Bajden" letter by letter would find nothing.
 */
class RareCyrillicSpellingsOfKnownPersonsSearchTest {
    @TempDir Path dir;
    private Path index;

    @BeforeEach
    void indexARussianAndAnEnglishArticleAboutBiden() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("news.jsonl"), """
                {"id": "en", "lang": "en", "title": "Biden in Kyiv", "body": "Joe Biden arrived in Kyiv on Monday."}
                {"id": "ru", "lang": "ru", "title": "Визит в Киев", "body": "Джо Байден прибыл в Киев в понедельник. Визит Байдена длился день."}
                {"id": "other", "lang": "en", "title": "Grain deal", "body": "Ships left Odesa with grain on Monday."}
                """);
        index = dir.resolve("index");
        new Indexer(index, text -> Entities.NONE, p -> { }, 1).run(List.of(corpus), false);
    }

    @Test
    void aRussianArticleNamingBaidenIsFoundByBiden() throws IOException {
        assertEquals(List.of("en", "ru"), ids("Biden"));
    }

    @Test
    void anEnglishArticleNamingBidenIsFoundByBaiden() throws IOException {
        assertEquals(List.of("en", "ru"), ids("Байден"));
    }

    @Test
    void theBulgarianSpellingFindsWhatTheRussianOneFinds() throws IOException {
        // Байдън: Bulgarian writes Biden's unstressed e as ъ, the name table is in Russian letters (Байден).
        assertEquals(List.of("en", "ru"), ids("Байдън"));
    }

    private List<String> ids(String q) throws IOException {
        try (LuceneSearcher searcher = LuceneSearcher.open(index, new QueryAliasMap(List.of()))) {
            return searcher.search(SearchRequest.of(q).withCollapse(false)).hits().stream().map(SearchResponse.Hit::id).sorted().toList();
        }
    }
}
