package news.dispatch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationDatesTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2022-12-02                      | 2022-12-02T00:00:00Z
            2022-12-02T10:15:00Z            | 2022-12-02T10:15:00Z
            2022-12-02T10:15:00+02:00       | 2022-12-02T08:15:00Z
            2022-12-02T10:15:00+0200        | 2022-12-02T08:15:00Z
            2022-12-02T10:15:00-05:00       | 2022-12-02T15:15:00Z
            2022-12-02T10:15:00             | 2022-12-02T10:15:00Z
            2022-12-02T10:15                | 2022-12-02T10:15:00Z
            2022-12-02 10:15                | 2022-12-02T10:15:00Z
            2022-12-02 10:15:30             | 2022-12-02T10:15:30Z
            1987-02-26T15:01:01.790Z        | 1987-02-26T15:01:01.790Z
            2022-07-02T10:15:00+02:00[Europe/Paris] | 2022-07-02T08:15:00Z
            'Fri, 02 Dec 2022 10:15:00 GMT' | 2022-12-02T10:15:00Z
            'Fri, 2 Dec 2022 10:15:00 +0100' | 2022-12-02T09:15:00Z
            '02 Dec 2022 10:15:00 GMT'      | 2022-12-02T10:15:00Z
            2 December 2022                 | 2022-12-02T00:00:00Z
            'December 2, 2022'              | 2022-12-02T00:00:00Z
            Dec 2 2022                      | 2022-12-02T00:00:00Z
            'Dec. 2, 2022'                  | 2022-12-02T00:00:00Z
            2 Sept 2022                     | 2022-09-02T00:00:00Z
            '  december   2 2022 '          | 2022-12-02T00:00:00Z
            """)
    void parsesEveryAcceptedForm(String text, String expected) {
        assertEquals(Optional.of(Instant.parse(expected)), PublicationDates.parse(text));
    }

    @ParameterizedTest(name = "\"{0}\" is rejected")
    @ValueSource(strings = {"", "  ", "yesterday", "2022-13-01", "2022-02-30", "0000-01-01", "10000-01-01",
            "+10000-01-01", "31 February 2022", "2022-12-02T25:00", "12/02/2022", "2022-12-02 garbage"})
    void rejectsWhatIsNotADateOrIsOutOfRange(String text) {
        assertTrue(PublicationDates.parse(text).isEmpty(), () -> text + " -> " + PublicationDates.parse(text));
    }

    @ParameterizedTest(name = "year {0} is accepted")
    @ValueSource(strings = {"0001-01-01", "9999-12-31", "9999-12-31T23:59:59Z"})
    void acceptsTheFirstAndLastFourDigitYears(String text) {
        assertTrue(PublicationDates.parse(text).isPresent());
    }
}
