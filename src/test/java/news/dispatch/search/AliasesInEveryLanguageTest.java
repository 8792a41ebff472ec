package news.dispatch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every spelling of a place finds the same articles, whatever language they are written in. */
class AliasesInEveryLanguageTest {
    @TempDir static Path dir;
    static LuceneSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        Path index = TinyIndex.build(dir, """
                {"id": "en", "title": "Talks in Seoul", "body": "South Korea and Japan resumed talks on trade."}
                {"id": "de", "lang": "de", "title": "Gespräche in Seoul", "body": "South Korea und Japan haben die Gespräche über den Handel wieder aufgenommen."}
                {"id": "pl", "lang": "pl", "title": "Rozmowy w Seulu", "body": "Republic of Korea i Japonia wznowiły rozmowy handlowe."}
                """);
        searcher = LuceneSearcher.open(index, new QueryAliasMap(List.of(List.of("South Korea", "Republic of Korea", "ROK"))));
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    private static List<String> ids(String query) throws IOException {
        return TinyIndex.sortedIds(searcher.search(SearchRequest.of(query)));
    }

    @Test
    void eachSpellingOfAGroupFindsTheArticlesOfEveryLanguage() throws IOException {
        assertEquals(List.of("de", "en", "pl"), ids("\"South Korea\""));
        assertEquals(List.of("de", "en", "pl"), ids("\"Republic of Korea\""));
        assertEquals(List.of("de", "en", "pl"), ids("ROK"));
    }

    @Test
    void theOtherWordsOfTheQueryStillCount() throws IOException {
        assertEquals(List.of("pl"), ids("ROK Japonia"));
    }

    @Test
    void aQueryWithSeveralAliasedNamesIsReadWithEveryCombination() {
        List<AliasNote> notes = List.of(new AliasNote("Kiev", List.of("Kyiv")), new AliasNote("ROK", List.of("South Korea")));
        assertEquals(List.of("Kiev ROK talks", "Kyiv ROK talks", "Kiev South Korea talks", "Kyiv South Korea talks"),
                QueryReader.aliasVariants("Kiev ROK talks", notes));
    }
}
