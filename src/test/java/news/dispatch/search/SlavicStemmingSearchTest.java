package news.dispatch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Croatian, Slovak and Slovene articles read with a stemmer (LanguageChains): a word a user types in its base form finds
 * the article that writes it only inflected. The words are ones the cross-script keys' endings do not already join.
 */
class SlavicStemmingSearchTest {
    @TempDir static Path dir;
    static LuceneSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        searcher = TinyIndex.open(TinyIndex.build(dir, """
                {"id": "hr", "lang": "hr", "title": "Sastanak u Zagrebu", "body": "Premijer je govorio o pregovorima s Europskom unijom o proračunu hrvatskih bolnica za iduću godinu."}
                {"id": "hr2", "lang": "hr", "title": "Izbori u nedjelju", "body": "Hrvatska je u nedjelju birala novi sabor."}
                {"id": "sk", "lang": "sk", "title": "Stretnutie v Bratislave", "body": "Premiér sa v utorok stretol s ministrami a hovorili o rozpočte na budúci rok."}
                {"id": "sl", "lang": "sl", "title": "Obisk v Ljubljani", "body": "Premier je po obisku ministra v torek govoril o proračunu za prihodnje leto."}
                {"id": "en", "title": "Budget talks", "body": "The head of government spoke about next year's budget after a meeting with the treasury on Tuesday."}
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
    void theCroatianCountryAndItsInflectedAdjectiveFindEachOthersArticles() throws IOException {
        // "hrvatskih" (genitive plural) by "Hrvatska", and back: only the stemmer joins them (both "hrvatsk"); the
        // cross-script keys strip one case ending and keep them apart ("hrvatskih", "hrvatsk"), as they do not
        // "Hrvatskoj" and "Hrvatska".
        assertEquals(List.of("hr", "hr2"), ids("Hrvatska"));
        assertEquals(List.of("hr", "hr2"), ids("hrvatskih"));
    }

    @Test
    void aCroatianArticleIsFoundByTheBaseFormOfAPluralItWritesInTheLocative() throws IOException {
        // "o pregovorima" by "pregovori".
        assertEquals(List.of("hr"), ids("pregovori"));
    }

    @Test
    void aSlovakArticleIsFoundByTheBaseFormOfAWordItWritesInTheInstrumental() throws IOException {
        // "s ministrami" by "minister" (the Slovene article's "ministra" matches too).
        assertEquals(List.of("sk", "sl"), ids("minister"));
    }

    @Test
    void aSloveneArticleIsFoundByTheBaseFormOfAWordItWritesInTheGenitive() throws IOException {
        // "po obisku ministra" by "obisk minister".
        assertEquals(List.of("sl"), ids("obisk minister"));
    }
}
