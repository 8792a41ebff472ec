package news.dispatch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import news.dispatch.search.SearchResponse.DateCounts;
import news.dispatch.search.SearchResponse.FacetValue;

/** The histogram summed from day counts: years and months in date order, implausible days as undated. */
class DateHistogramTest {

    @Test
    void daysOfSeveralYearsAreSummedByMonthAndYearInDateOrder() {
        DateCounts dates = DateHistogram.of(Map.of("1988-01-05", 2, "1987-03-02", 1, "1987-03-20", 4,
                "1987-04-11", 1, "1988-01-06", 3));
        assertEquals("[1987=6, 1988=5]", counts(dates.year()));
        assertEquals("[1987-03=5, 1987-04=1, 1988-01=5]", counts(dates.month()));
        assertEquals("[1987-03-02=1, 1987-03-20=4, 1987-04-11=1, 1988-01-05=2, 1988-01-06=3]", counts(dates.day()));
        assertEquals(0, dates.undated());
    }

    @Test
    void undatedAndImplausibleDaysAreCountedAsUndatedAndStretchNothing() {
        DateCounts dates = DateHistogram.of(Map.of("0001-01-01", 2, "2022-06-01", 1, "9999-12-31", 3, "undated", 4));
        assertEquals("[2022=1]", counts(dates.year()));
        assertEquals("[2022-06=1]", counts(dates.month()));
        assertEquals("[2022-06-01=1]", counts(dates.day()));
        assertEquals(9, dates.undated());
    }

    @Test
    void daysSpanningMoreThanTheListedLimitAreGivenByMonthAndYearOnly() {
        DateCounts dates = DateHistogram.of(Map.of("1987-03-02", 1, "1989-03-02", 1));
        assertEquals(List.of(), dates.day());
        assertEquals("[1987-03=1, 1989-03=1]", counts(dates.month()));
    }

    private static String counts(List<FacetValue> values) {
        return values.stream().map(v -> v.value() + "=" + v.count()).toList().toString();
    }
}
