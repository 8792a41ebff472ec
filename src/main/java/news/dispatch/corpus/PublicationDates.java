package news.dispatch.corpus;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The one date parser of every corpus format, so that a date filter sees the same instant whatever file an
 * article came from. Accepts ISO-8601 dates and date-times (with or without zone or offset, {@code T} or a
 * space between date and time), RFC 1123 as feeds write it, and English dates such as "2 December 2022",
 * "December 2, 2022" or "Dec 2 2022". A date without a zone is taken as UTC. Years outside 1–9999 are
 * rejected: they are typing errors, and Lucene's date ranges and the UI only handle four-digit years.
 */
public final class PublicationDates {
    private static final int MIN_YEAR = 1;
    private static final int MAX_YEAR = 9999;

    /**
     * ISO date-time, zone optional: offsets as ISO writes them plus the colon-less "+0200" that HTML meta
     * tags often carry, and an optional "[Europe/Paris]" region.
     */
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendPattern("[XXXXX][XXXX]")
            .optionalStart().appendLiteral('[').appendZoneRegionId().appendLiteral(']').optionalEnd()
            .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    private static final List<DateTimeFormatter> WRITTEN_DATES = List.of(
            written("d MMMM uuuu"), written("d MMM uuuu"), written("MMMM d uuuu"), written("MMM d uuuu"));

    /** "Dec." and "2," carry no information; "Sept" is a common abbreviation Java does not know. */
    private static final Pattern WRITTEN_NOISE = Pattern.compile("(?<=\\p{L})\\.|,");
    private static final Pattern SEPT = Pattern.compile("(?i)\\bsept\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * The first day a publication date is believed: an earlier one is a placeholder, not a date. 0001-01-01 is what
     * .NET and many CMSs write for "no date", 1900-01-01 the zero of spreadsheets and SQL Server, 1899-12-30 that of
     * OLE; 1970-01-01T00:00:00Z (a timestamp of 0) is refused as well. Archives older than 1900 are out of this
     * engine's scope; 1900 also keeps any monthly timeline of real dates far inside its period limit.
     */
    public static final LocalDate EARLIEST_PLAUSIBLE = LocalDate.of(1900, 1, 2);
    /** Clocks and zones are sloppy; a date further ahead of now than this is wrong (9999-12-31 is "never"). */
    public static final Duration FUTURE_SLACK = Duration.ofDays(2);

    private PublicationDates() {
    }

    /** Whether {@code date} can be a publication date at {@code now}: see {@link #EARLIEST_PLAUSIBLE}, {@link #FUTURE_SLACK}. */
    public static boolean isPlausible(Instant date, Instant now) {
        // The Unix epoch to the second is a timestamp 0, a null in another form; a real date is almost never it.
        return !date.equals(Instant.EPOCH) && inRange(date, now);
    }

    /**
     * As {@link #isPlausible(Instant, Instant)} for a day (a day facet's label, read back from an index): only the
     * range is asked, since a day holds real instants besides the epoch's.
     */
    public static boolean isPlausible(LocalDate day, Instant now) {
        return inRange(day.atStartOfDay().toInstant(ZoneOffset.UTC), now);
    }

    private static boolean inRange(Instant date, Instant now) {
        return !date.isBefore(EARLIEST_PLAUSIBLE.atStartOfDay().toInstant(ZoneOffset.UTC))
                && !date.isAfter(now.plus(FUTURE_SLACK));
    }

    /** The instant {@code text} names, or empty when it is blank, unparseable or out of range. */
    public static Optional<Instant> parse(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        String t = SPACES.matcher(text.strip()).replaceAll(" ");
        return parseIso(t).or(() -> parseRfc1123(t)).or(() -> parseWritten(t));
    }

    private static Optional<Instant> parseIso(String t) {
        if (t.length() == 10) return attempt(() -> utcMidnight(LocalDate.parse(t, DateTimeFormatter.ISO_LOCAL_DATE)));
        return attempt(() -> zoned(DATE_TIME.parse(t)));
    }

    private static Optional<Instant> parseRfc1123(String t) {
        return attempt(() -> zoned(DateTimeFormatter.RFC_1123_DATE_TIME.parse(t)));
    }

    private static Optional<Instant> parseWritten(String t) {
        String cleaned = SEPT.matcher(WRITTEN_NOISE.matcher(t).replaceAll("")).replaceAll("Sep");
        for (DateTimeFormatter f : WRITTEN_DATES) {
            Optional<Instant> instant = attempt(() -> utcMidnight(LocalDate.parse(cleaned, f)));
            if (instant.isPresent()) return instant;
        }
        return Optional.empty();
    }

    private static Instant zoned(TemporalAccessor parsed) {
        LocalDateTime local = LocalDateTime.from(parsed);
        checkYear(local.getYear());
        if (parsed.query(TemporalQueries.zone()) == null) return local.toInstant(ZoneOffset.UTC);
        return ZonedDateTime.from(parsed).toInstant();
    }

    private static Instant utcMidnight(LocalDate date) {
        checkYear(date.getYear());
        return date.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) throw new DateTimeException("year " + year + " out of range");
    }

    private static Optional<Instant> attempt(Supplier<Instant> parse) {
        try {
            return Optional.of(parse.get());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static DateTimeFormatter written(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }
}
