package news.dispatch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A known person's Cyrillic spelling that Wikidata gives too rarely for the common count (Байден → Biden, 3 times)
 * still finds the person across scripts: "Bajden" letter by letter would find nothing.
 */
class RareCyrillicSpellingsOfKnownPersonsSearchTest {
    @TempDir Path dir;
    private Path index;

    @BeforeEach
    void indexARussianAndAnEnglishArticleAboutBiden() throws IOException {
        index = TinyIndex.build(dir, """
                {"id": "en", "lang": "en", "title": "Biden in Kyiv", "body": "Joe Biden arrived in Kyiv on Monday."}
                {"id": "ru", "lang": "ru", "title": "Визит в Киев", "body": "Джо Байден прибыл в Киев в понедельник. Визит Байдена длился день."}
                {"id": "other", "lang": "en", "title": "Grain deal", "body": "Ships left Odesa with grain on Monday."}
                """);
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
        try (LuceneSearcher searcher = TinyIndex.open(index)) {
            return TinyIndex.sortedIds(searcher.search(SearchRequest.of(q).withCollapse(false)));
        }
    }
}
