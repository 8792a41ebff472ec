package news.dispatch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A name written in Latin letters and in Cyrillic finds the same articles when its letter-by-letter transliteration
 * is not how English writes it (Трамп is "Tramp" letter by letter, Trump in English), and a Czech feminine surname
 * (Merkelová) is the surname.
 */
class NamesAcrossScriptsSearchTest {
    @TempDir Path dir;
    private Path index;

    @BeforeEach
    void indexArticlesInThreeLanguages() throws IOException {
        index = TinyIndex.build(dir, """
                {"id": "en", "lang": "en", "title": "Trump and Merkel meet", "body": "Donald Trump met Angela Merkel in Berlin on Tuesday."}
                {"id": "ru", "lang": "ru", "title": "Встреча в Берлине", "body": "Дональд Трамп встретился с Ангелой Меркель во вторник. Визит Трампа длился день."}
                {"id": "cs", "lang": "cs", "title": "Schůzka v Berlíně", "body": "Americký prezident se v úterý setkal s kancléřkou Merkelovou."}
                {"id": "other", "lang": "en", "title": "Grain deal", "body": "Ships left Odesa with grain on Monday."}
                """);
    }

    @Test
    void trumpInLatinAndInCyrillicFindTheSameArticles() throws IOException {
        try (LuceneSearcher searcher = TinyIndex.open(index)) {
            assertEquals(List.of("en", "ru"), ids(searcher, "Trump"));
            SearchResponse cyrillic = searcher.search(SearchRequest.of("Трамп").withCollapse(false));
            assertEquals(List.of("en", "ru"), TinyIndex.sortedIds(cyrillic));
            assertTrue(cyrillic.aliases().stream().anyMatch(n -> n.alsoMatches().contains("Trump")), cyrillic.aliases()::toString);
        }
    }

    @Test
    void aBulgarianSpellingFindsWhatTheRussianOneFinds() throws IOException {
        // Тръмп: Bulgarian writes Trump's u as ъ, the name table is in Russian letters (Трамп).
        try (LuceneSearcher searcher = TinyIndex.open(index)) {
            assertEquals(List.of("en", "ru"), ids(searcher, "Тръмп"));
        }
    }

    @Test
    void aCzechFeminineSurnameIsFoundByTheSurnameInEveryScript() throws IOException {
        try (LuceneSearcher searcher = TinyIndex.open(index)) {
            assertEquals(List.of("cs", "en", "ru"), ids(searcher, "Merkel"));
            assertEquals(List.of("cs", "en", "ru"), ids(searcher, "Меркель"));
        }
    }

    private static List<String> ids(LuceneSearcher searcher, String q) throws IOException {
        return TinyIndex.sortedIds(searcher.search(SearchRequest.of(q).withCollapse(false)));
    }
}
