package news.dispatch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import news.dispatch.search.SearchResponse.DateCounts;
import news.dispatch.search.SearchResponse.FacetValue;

/**
 * The histogram reads its day labels as the date parser does, counts days nobody published on as undated, and sums
 * years and months in date order.
 */
class DateHistogramTest {
    private static LocalDate parsed(String label) {
        try {
            return LocalDate.parse(label);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Test
    void aDayLabelIsReadAsTheDateParserReadsIt() {
        for (String label : List.of("1987-02-26", "2024-02-29", "2023-02-29", "2023-13-01", "2023-00-10", "2023-04-31",
                "0001-01-01", "0000-01-01", "9999-12-31", "1987-2-26", "1987/02/26", "+12345-01-01", "undated", "")) {
            assertEquals(parsed(label), DateHistogram.day(label), label);
        }
    }

    @Test
    void aDayNobodyPublishedOnCountsAsUndated() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        assertTrue(DateHistogram.isPublicationDay("1987-02-26", now));
        assertFalse(DateHistogram.isPublicationDay("0001-01-01", now));
        assertFalse(DateHistogram.isPublicationDay("9999-12-31", now));
        assertFalse(DateHistogram.isPublicationDay("2023-02-29", now));
    }

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
