package news.dispatch.measure.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.dispatch.TestIndexes;
import news.dispatch.index.Schema;
import news.dispatch.search.LuceneSearcher;
import news.dispatch.search.MentionScope;
import news.dispatch.search.SearchRequest;
import news.dispatch.search.SearchResponse;
import news.dispatch.search.SearchResponse.FacetValue;

/**
 * The "same facets" search baseline counts what the Dispatch answer lists: the same dimensions, the same values
 * and the same counts, for a plain search, a filter counted sideways, a date range and every mention.
 */
class SameFacetsBaselineTest {
    @TempDir
    static Path dir;
    private static Path index;

    @BeforeAll
    static void indexFourArticles() {
        Path corpus = dir.resolve("corpus");
        TestIndexes.write(corpus, "a.txt", article("Talks on Ukraine", "2022-12-01", "Russian President Vladimir Putin "
                + "met French President Emmanuel Macron in Moscow to discuss talks on Ukraine. Putin said Russia was "
                + "open to talks. Macron said France and Germany would keep supporting Ukraine."));
        TestIndexes.write(corpus, "b.txt", article("Biden on the talks", "2022-12-02", "US President Joe Biden said "
                + "in Washington that he was ready for talks with Vladimir Putin on Ukraine. Biden spoke beside "
                + "Emmanuel Macron. The United States and France agreed on further aid to Ukraine."));
        TestIndexes.write(corpus, "c.txt", article("Kremlin answers", "2022-12-02", "Kremlin spokesman Dmitry Peskov "
                + "said Russia saw no basis for talks with the United States. Peskov said Vladimir Putin would not "
                + "meet Joe Biden soon. Russia keeps its troops in Ukraine."));
        TestIndexes.write(corpus, "d.txt", article("Harvest in France", "2022-12-05", "Farmers in France reported a "
                + "record wheat harvest, the ministry in Paris said. France exports most of its wheat to Algeria and "
                + "Egypt. No talks on prices are planned."));
        index = dir.resolve("index");
        TestIndexes.build(index, corpus);
    }

    private static String article(String title, String date, String body) {
        return "---\ntitle: " + title + "\ndate: " + date + "\n---\n\n" + body + "\n";
    }

    @Test
    void aPlainSearchCountsEveryDimensionTheAnswerLists() throws Exception {
        SearchRequest talks = SearchRequest.of("talks");
        Map<String, List<String>> counted = baseline(talks);
        assertEquals(dispatch(talks), counted);
        assertEquals("{persons=[Dmitry Peskov=1/1, Emmanuel Macron=1/2, Joe Biden=1/2, Vladimir Putin=2/3], "
                + "countries=[France=2/3, Russia=2/2, Ukraine=2/3, United States=1/2], organizations=[], "
                + "languages=[en=4], sources=[], day=[2022-12-01=1, 2022-12-02=2, 2022-12-05=1]}", counted.toString());
    }

    @Test
    void aCountryFilterIsCountedSidewaysAsTheAnswerCountsIt() throws Exception {
        SearchRequest inFrance = SearchRequest.of("talks").withCountries("France");
        Map<String, List<String>> counted = baseline(inFrance);
        assertEquals(dispatch(inFrance), counted);
        // Countries as if unfiltered (sideways); the other dimensions within the articles about France.
        assertEquals("{persons=[Emmanuel Macron=1/1, Vladimir Putin=1/1], "
                + "countries=[France=2/3, Russia=2/2, Ukraine=2/3, United States=1/2], organizations=[], "
                + "languages=[en=2], sources=[], day=[2022-12-01=1, 2022-12-05=1]}", counted.toString());
    }

    @Test
    void aPersonFilterSortedByDateIsCountedAsTheAnswerCountsIt() throws Exception {
        SearchRequest biden = SearchRequest.of("talks").withPersons("Joe Biden")
                .withPaging(SearchRequest.Sort.NEWEST, SearchRequest.DEFAULT_SIZE, 1, SearchRequest.DEFAULT_FACETS);
        assertEquals(dispatch(biden), baseline(biden));
    }

    @Test
    void aDateRangeCountsTheDaysAroundItAsTheHistogramDoes() throws Exception {
        SearchRequest early = SearchRequest.of("talks").withDates(LocalDate.of(2022, 12, 1), LocalDate.of(2022, 12, 2));
        Map<String, List<String>> counted = baseline(early);
        assertEquals(dispatch(early), counted);
        assertEquals(List.of("2022-12-01=1", "2022-12-02=2", "2022-12-05=1"), counted.get(Schema.DAY_DIM));
    }

    @Test
    void everyMentionIsCountedAsTheAnswerCountsIt() throws Exception {
        SearchRequest all = SearchRequest.of("talks").withCountries("Russia").withMentions(MentionScope.ALL);
        Map<String, List<String>> counted = baseline(all);
        assertEquals(dispatch(all), counted);
        // Every mention counted first, the about count after the slash.
        assertEquals("[Algeria=1/0, Egypt=1/0, France=3/2, Germany=1/0, Russia=2/2, Ukraine=3/2, United States=2/1]",
                counted.get(Schema.COUNTRIES_DIM).toString());
    }

    /** The baseline's counts, each dimension's values in label order (the answer lists selected values first). */
    private static Map<String, List<String>> baseline(SearchRequest request) throws Exception {
        try (PlainLuceneSearcher plain = new PlainLuceneSearcher(index, PlainLuceneSearcher.Baseline.SAME_FACETS)) {
            Map<String, List<String>> byDim = new LinkedHashMap<>();
            plain.facetCounts(request).forEach((dim, values) ->
                    byDim.put(dim, values.stream().map(Object::toString).sorted().toList()));
            return byDim;
        }
    }

    /** The Dispatch answer's counts in the baseline's form: value=count/the other count, every day with its count. */
    private static Map<String, List<String>> dispatch(SearchRequest request) throws Exception {
        try (LuceneSearcher searcher = LuceneSearcher.open(index)) {
            SearchResponse.Facets facets = searcher.search(request).facets();
            boolean about = request.mentions() != MentionScope.ALL;
            Map<String, List<String>> byDim = new LinkedHashMap<>();
            facets.entities().forEach((dim, values) -> byDim.put(dim, values.stream().map(v -> {
                Integer twin = Schema.entityDims().contains(dim) ? (about ? v.mentionCount() : v.aboutCount()) : null;
                return new PlainLuceneSearcher.Count(v.value(), v.count(), twin).toString();
            }).sorted().toList()));
            List<String> days = new ArrayList<>();
            for (FacetValue d : facets.dates().day()) days.add(d.value() + "=" + d.count());
            if (facets.dates().undated() > 0) days.add(Schema.UNDATED + "=" + facets.dates().undated());
            byDim.put(Schema.DAY_DIM, days.stream().sorted().toList());
            return byDim;
        }
    }
}
