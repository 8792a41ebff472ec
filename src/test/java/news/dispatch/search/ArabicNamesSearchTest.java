package news.dispatch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static news.dispatch.search.TinyIndex.sortedIds;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Arabic writes no short vowels, so an Arabic name reaches the other scripts through the entity table (بوتين is
 * Putin), and a Latin or Cyrillic name the Arabic articles through the same table; and a Czech Tereza is Theresa.
 */
class ArabicNamesSearchTest {
    @TempDir Path dir;
    private Path index;

    @BeforeEach
    void indexArticlesInFourLanguages() throws IOException {
        index = TinyIndex.build(dir, """
                {"id": "en", "lang": "en", "title": "Putin meets envoys", "body": "Vladimir Putin met foreign envoys in the Kremlin on Tuesday."}
                {"id": "ru", "lang": "ru", "title": "Визит в Москве", "body": "Президент Владимир Путин принял делегацию в Москве. Переговоры с гостями Путина продолжались три часа."}
                {"id": "ar", "lang": "ar", "title": "محادثات في موسكو", "body": "التقى الرئيس الروسي فلاديمير بوتين وزراء الخارجية في موسكو يوم الثلاثاء."}
                {"id": "cs", "lang": "cs", "title": "Britská premiérka v Bruselu", "body": "Britská premiérka Tereza Mayová jednala v úterý v Bruselu o brexitu."}
                {"id": "may", "lang": "en", "title": "Theresa May in Brussels", "body": "Theresa May met EU leaders in Brussels on Tuesday to discuss Brexit."}
                {"id": "other", "lang": "en", "title": "Grain deal", "body": "Ships left Odesa with grain on Monday."}
                """);
    }

    @Test
    void anArabicQueryFindsTheLatinAndCyrillicArticlesOfTheName() throws IOException {
        try (LuceneSearcher searcher = TinyIndex.open(index)) {
            SearchResponse arabic = searcher.search(SearchRequest.of("بوتين").withCollapse(false));
            assertEquals(List.of("ar", "en", "ru"), sortedIds(arabic));
            assertTrue(arabic.aliases().stream().anyMatch(n -> n.alsoMatches().contains("Putin")), arabic.aliases()::toString);
        }
    }

    @Test
    void aLatinOrCyrillicQueryFindsTheArabicArticleAndTheNoteSaysHow() throws IOException {
        try (LuceneSearcher searcher = TinyIndex.open(index)) {
            SearchResponse latin = searcher.search(SearchRequest.of("Putin").withCollapse(false));
            assertEquals(List.of("ar", "en", "ru"), sortedIds(latin));
            assertTrue(latin.aliases().stream().anyMatch(n -> n.alsoMatches().contains("بوتين")), latin.aliases()::toString);
            assertEquals(List.of("ar", "en", "ru"), sortedIds(searcher.search(SearchRequest.of("Путин").withCollapse(false))));
        }
    }

    @Test
    void theLatinPhraseOfAFullNameFindsTheCzechSpellingOfIt() throws IOException {
        try (LuceneSearcher searcher = TinyIndex.open(index)) {
            assertEquals(List.of("cs", "may"), sortedIds(searcher.search(SearchRequest.of("\"Theresa May\"").withCollapse(false))));
            assertEquals(List.of("cs", "may"), sortedIds(searcher.search(SearchRequest.of("\"Тереза Мэй\"").withCollapse(false))));
        }
    }
}
