package news.dispatch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The query language a news reader expects, on a tiny real index. */
class QueryLanguageTest {
    @TempDir static Path dir;
    static LuceneSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        Path index = TinyIndex.build(dir, """
                {"id": "kyiv", "title": "Talks in Kyiv", "body": "Officials met in Kyiv on Friday to discuss grain exports.", "date": "2022-06-01"}
                {"id": "moscow", "title": "Moscow responds", "body": "The Kremlin said peace talks were stalled.", "date": "2022-06-03"}
                {"id": "grain", "title": "Grain prices", "body": "Wheat and grain exports from the Black Sea resumed in Kyiv and Odesa.", "date": "2022-06-02"}
                {"id": "zel", "title": "Zelensky speaks", "body": "President Zelensky addressed parliament.", "date": "2022-05-30"}
                {"id": "nodate", "title": "Undated note", "body": "A note about peace without a date."}
                """);
        searcher = LuceneSearcher.open(index, new QueryAliasMap(List.of(List.of("Kyiv", "Kiev"),
                List.of("Zelensky", "Zelenskyy", "Zelenskiy"))));
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    static List<String> ids(String query) throws IOException {
        return ids(SearchRequest.of(query));
    }

    static List<String> ids(SearchRequest request) throws IOException {
        return searcher.search(request).hits().stream().map(SearchResponse.Hit::id).toList();
    }

    @Test
    void aRepeatedWordIsReadOnceAndFindsWhatTheWordFinds() throws IOException {
        String hundred = "kyiv ".repeat(100);
        assertEquals(ids("kyiv"), ids(hundred));
        assertEquals(1, mentionsOfKyiv(hundred));
        assertEquals(java.util.Set.copyOf(ids("kyiv grain")), java.util.Set.copyOf(ids("kyiv grain kyiv (kiev AND kyiv)")));
        assertEquals(1, mentionsOfKyiv("kyiv grain kyiv"));
    }

    /** How often the read query names the body term kyiv. */
    private static int mentionsOfKyiv(String query) throws IOException {
        return searcher.search(SearchRequest.of(query)).query().split("body:kyiv\\b", -1).length - 1;
    }

    @Test
    void everyWordMustMatch() throws IOException {
        assertEquals(List.of("grain"), ids("grain odesa"));
    }

    @Test
    void aPhraseMatchesOnlyInOrder() throws IOException {
        assertEquals(List.of("moscow"), ids("\"peace talks\""));
    }

    @Test
    void aMinusExcludes() throws IOException {
        assertEquals(List.of("kyiv"), ids("kyiv -wheat"));
    }

    @Test
    void orWidens() throws IOException {
        assertEquals(2, ids("wheat OR kremlin").size());
    }

    @Test
    void aTitleMatchOutranksABodyMatch() throws IOException {
        assertEquals("grain", ids("grain").getFirst());
    }

    @Test
    void prefixAndFuzzyTermsMatch() throws IOException {
        assertEquals(List.of("moscow"), ids("kreml*"));
        assertEquals(List.of("moscow"), ids("kremlim~"));
    }

    @Test
    void anAliasFindsTheOtherSpellingAndIsExplained() throws IOException {
        SearchResponse r = searcher.search(SearchRequest.of("Kiev"));
        assertEquals(2, r.total());
        assertEquals(List.of(new AliasNote("Kiev", List.of("Kyiv"))), r.aliases());
        assertEquals(List.of("zel"), ids("Zelenskyy"));
    }

    @Test
    void aliasNotesComeFromTheParsedQuery() throws IOException {
        var kiev = List.of(new AliasNote("Kiev", List.of("Kyiv")));
        assertEquals(kiev, searcher.search(SearchRequest.of("title:Kiev")).aliases());
        assertEquals(kiev, searcher.search(SearchRequest.of("grain Kiev -wheat")).aliases());
        for (String q : List.of("-Kiev", "grain -Kiev", "person:Kiev", "grain -(Kiev OR odesa)", "kiev*")) {
            assertEquals(List.of(), searcher.search(SearchRequest.of(q)).aliases(), q);
        }
    }

    @Test
    void anExclusionAloneMeansEverythingExcept() throws IOException {
        assertEquals(List.of("moscow", "zel", "nodate"), ids("-kyiv"));
        assertEquals(List.of("moscow", "zel", "nodate"), ids("-kyiv -odesa"));
        assertEquals(List.of("zel"), ids("-kyiv -peace -kremlin"));
        assertEquals(4, searcher.search(SearchRequest.of("-zelensky")).total());
    }

    @Test
    void internalFieldsAreNotSearchable() throws IOException {
        for (String q : List.of("file:/.*/", "file:/\\/home\\/a.*/", "hash:*", "id:kyiv", "$facets:x", "date:[2022 TO 2023]",
                "entities:kyiv", "url:example")) {
            SearchResponse r = searcher.search(SearchRequest.of(q));
            assertEquals(0, r.total(), q);
            assertTrue(r.warnings().toString().contains("Not a searchable field"), q + " " + r.warnings());
        }
        SearchResponse mixed = searcher.search(SearchRequest.of("grain id:kyiv"));
        assertEquals(2, mixed.total(), "the unknown field gives no clause, the rest still searches");
        assertEquals(1, mixed.warnings().size());
        assertTrue(searcher.search(SearchRequest.of("title:grain")).warnings().isEmpty());
    }

    @Test
    void wildcardAndFuzzyTermsAreCountedAcrossTheQuery() throws IOException {
        // The shape that overflowed Lucene's clause limit (11 short fuzzy terms OR'ed) is answered.
        String eleven = String.join(" OR ", List.of("ab~", "cd~", "ef~", "gh~", "ij~", "kl~", "mn~", "op~", "qr~",
                "st~", "uv~"));
        assertTrue(searcher.search(SearchRequest.of(eleven)).total() >= 0);
        String fuzzy = java.util.stream.IntStream.range(0, QueryLimits.MAX_MULTI_TERMS + 1)
                .mapToObj(i -> "word" + i + "~").collect(java.util.stream.Collectors.joining(" OR "));
        var e = assertThrows(BadRequestException.class, () -> searcher.search(SearchRequest.of(fuzzy)));
        assertTrue(e.getMessage().contains("at most " + QueryLimits.MAX_MULTI_TERMS), e.getMessage());
        var entities = assertThrows(BadRequestException.class,
                () -> searcher.entities("persons", "", SearchRequest.of(fuzzy), 10));
        assertTrue(entities.getMessage().contains("at most"), entities.getMessage());
    }

    @Test
    void matchesAreMarkedAndTextEscaped() throws IOException {
        SearchResponse r = searcher.search(SearchRequest.of("kremlin"));
        assertEquals(List.of("The <mark>Kremlin</mark> said peace talks were stalled."), r.hits().getFirst().snippets());
    }

    @Test
    void withoutWordsTheNewestComeFirstAndUndatedLast() throws IOException {
        assertEquals(List.of("moscow", "grain", "kyiv", "zel", "nodate"), ids(""));
    }

    @Test
    void theDateSortCanRunOldestFirst() throws IOException {
        var request = new SearchRequest("", List.of(), List.of(), null, null, SearchRequest.Sort.OLDEST, 10, 1, null, 10);
        assertEquals(List.of("zel", "kyiv", "grain", "moscow", "nodate"), ids(request));
    }

    @Test
    void theDateFacetCountsByDayMonthYearAndUndated() throws IOException {
        var dates = searcher.search(SearchRequest.of("")).facets().dates();
        assertEquals("[2022=4]", dates.year().stream().map(v -> v.value() + "=" + v.count()).toList().toString());
        assertEquals("[2022-05=1, 2022-06=3]", dates.month().stream().map(v -> v.value() + "=" + v.count()).toList().toString());
        assertEquals(4, dates.day().size());
        assertEquals(1, dates.undated());
    }

    @Test
    void unreadableInputIsSearchedAsWordsWithAWarning() throws IOException {
        for (String q : List.of("\"peace", "(peace AND", "peace AND", "title:")) {
            SearchResponse r = searcher.search(SearchRequest.of(q));
            assertEquals(1, r.warnings().size(), q);
        }
        assertTrue(ids("\"peace").contains("moscow"));
    }

    @Test
    void aLeadingWildcardIsReadLooselyNotRefused() throws IOException {
        assertEquals(1, searcher.search(SearchRequest.of("*rain")).warnings().size());
    }

    @Test
    void aQueryOverTheLimitIsRefused() {
        assertThrows(BadRequestException.class, () -> searcher.search(SearchRequest.of("x".repeat(1001))));
    }

    @Test
    void aForeignCursorIsRefused() {
        assertThrows(BadRequestException.class, () -> searcher.search(SearchRequest.of("peace").withCursor("nonsense")));
    }
}
