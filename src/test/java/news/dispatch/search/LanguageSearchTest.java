package news.dispatch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Articles in other languages and scripts: read in their own language, found across alphabets. */
class LanguageSearchTest {
    @TempDir static Path dir;
    static LuceneSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        searcher = TinyIndex.open(TinyIndex.build(dir, """
                {"id": "en", "title": "Putin meets envoys", "body": "Vladimir Putin met foreign envoys in the Kremlin on Tuesday and spoke about the war and the sanctions against his government."}
                {"id": "ru", "lang": "ru", "title": "Визит в Москве", "body": "Президент Владимир Путин принял делегацию в Москве. Переговоры с гостями Путина продолжались три часа."}
                {"id": "uk", "lang": "uk", "title": "Заява Кремля", "body": "Володимир Путін заявив журналістам, що переговори триватимуть і наступного тижня у столиці."}
                {"id": "pl", "lang": "pl", "title": "Rozmowy w Moskwie", "body": "Premier spotkał się z Władimirem Putinem. Rozmowy dotyczyły gazu i sankcji nałożonych na Rosji gospodarkę."}
                {"id": "cs", "title": "Jednání o plynu", "body": "Česká vláda ve středu jednala o dodávkách plynu a o tom, jak se země připraví na zimu bez dodávek z východu. Ministr uvedl, že zásoby jsou plné."}
                """));
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    private static List<String> ids(String query) throws IOException {
        return TinyIndex.sortedIds(searcher.search(SearchRequest.of(query)));
    }

    @Test
    void theLanguageAnArticleGivesAsLangIsKept() throws IOException {
        assertEquals("ru", searcher.article("ru").language());
        assertEquals("pl", searcher.article("pl").language());
    }

    @Test
    void theLanguageOfAnArticleThatDoesNotSayIsDetected() throws IOException {
        assertEquals("cs", searcher.article("cs").language());
        assertEquals("en", searcher.article("en").language());
    }

    @Test
    void anInflectedRussianWordIsFoundByItsBaseForm() throws IOException {
        // "в Москве" (locative) by the nominative "Москва".
        assertEquals(List.of("ru"), ids("Москва"));
    }

    @Test
    void anInflectedPolishWordIsFoundByItsBaseForm() throws IOException {
        // "Rosji" (genitive) and "sankcji" by their dictionary forms.
        assertEquals(List.of("pl"), ids("Rosja sankcja"));
    }

    @Test
    void aCyrillicQueryFindsTheLatinArticlesAndTheOtherCyrillicOnes() throws IOException {
        assertEquals(List.of("en", "pl", "ru", "uk"), ids("Путин"));
        assertEquals(List.of("en", "pl", "ru", "uk"), ids("Путін"));
    }

    @Test
    void aLatinQueryFindsTheCyrillicArticles() throws IOException {
        assertEquals(List.of("en", "pl", "ru", "uk"), ids("Putin"));
    }

    @Test
    void theResponseSaysWhichLatinSpellingACyrillicWordAlsoSearched() throws IOException {
        List<AliasNote> notes = searcher.search(SearchRequest.of("Путин")).aliases();
        assertEquals(List.of(new AliasNote("Путин", List.of("Putin"))), notes);
    }

    @Test
    void aSnippetMarksTheInflectedWordInItsOwnScript() throws IOException {
        var hit = searcher.search(SearchRequest.of("Путин").withFilter("languages", EntityFilter.anyOf(List.of("ru"))))
                .hits().getFirst();
        String snippets = String.join(" ", hit.snippets());
        assertTrue(snippets.contains("<mark>Путина</mark>"), snippets);
    }

    @Test
    void theArticleViewMarksACrossScriptMatch() throws IOException {
        ArticleView view = searcher.article("uk", "Putin");
        List<String> marked = view.matches().stream()
                .map(m -> view.body().substring(m.start(), m.end())).toList();
        assertEquals(List.of("Путін"), marked);
    }

    @Test
    void anExclusionIsJudgedInTheArticlesOwnLanguage() throws IOException {
        // Every article but those naming Moscow in any case of their language.
        assertEquals(List.of("cs", "en", "uk"), ids("-Москва -Moskwa"));
    }
}
