package news.dispatch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The histogram reads its day labels as the date parser does, and counts days nobody published on as undated. */
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
}
