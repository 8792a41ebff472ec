package news.dispatch.measure.parity;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import news.dispatch.search.SearchResponse;
import news.dispatch.search.SearchResponse.FacetValue;

/** What the parity check calls the same facet counts, and what a difference. */
class ParityCheckTest {
    private static SearchResponse.Facets persons(Object... valueCount) {
        List<FacetValue> values = new java.util.ArrayList<>();
        for (int i = 0; i < valueCount.length; i += 2) {
            values.add(new FacetValue((String) valueCount[i], null, (Integer) valueCount[i + 1], null));
        }
        return new SearchResponse.Facets(Map.of("persons", values),
                new SearchResponse.DateCounts(List.of(), List.of(), List.of(), 0));
    }

    @Test
    void listsThatDifferOnlyInValuesTiedAtTheirLastCountAreTheSame() {
        assertNull(ParityCheck.facetDifference(persons("Baker", 5, "Reagan", 2, "Volcker", 2),
                persons("Baker", 5, "Reagan", 2, "Yeutter", 2)));
    }

    @Test
    void aValueCountedDifferentlyIsADifference() {
        String difference = ParityCheck.facetDifference(persons("Baker", 5, "Reagan", 2),
                persons("Baker", 4, "Reagan", 2));
        assertNotNull(difference);
        assertTrue(difference.contains("persons"), difference);
    }

    @Test
    void aValueListedByOneBackendAboveTheCutIsADifference() {
        assertNotNull(ParityCheck.facetDifference(persons("Baker", 5, "Reagan", 2),
                persons("Baker", 5, "Reuters", 3)));
    }
}
