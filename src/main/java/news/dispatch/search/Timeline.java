package news.dispatch.search;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;

/**
 * Articles per period for several searches side by side, each also as a share of every article of that period:
 * a count alone misleads when the corpus has far more articles in some years than in others.
 *
 * @param interval the period length
 * @param periods  the periods in order, every one from the first to the last (none skipped): "2022-12-02" (day),
 *                 the Monday "2022-11-28" (week), "2022-12" (month) or "2022" (year)
 * @param all      every article of the index per period, and how many have no date
 * @param series   each search's counts and shares, in the order asked
 */
public record Timeline(Interval interval, List<String> periods, Counts all, List<Series> series, long tookMs) {

    /** A maximum of periods: beyond it a coarser interval is asked for. */
    public static final int MAX_PERIODS = 5000;

    public enum Interval {
        DAY, WEEK, MONTH, YEAR;

        public static Interval parse(String name) {
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("'interval' must be day, week, month or year, not '" + name + "'.");
            }
        }

        /** The period a day falls in, as its label. */
        public String label(LocalDate day) {
            return switch (this) {
                case DAY -> day.toString();
                case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
                case MONTH -> day.toString().substring(0, 7);
                case YEAR -> day.toString().substring(0, 4);
            };
        }

        /** The first day of the period a day falls in. */
        public LocalDate start(LocalDate day) {
            return switch (this) {
                case DAY -> day;
                case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case MONTH -> day.withDayOfMonth(1);
                case YEAR -> day.withDayOfYear(1);
            };
        }

        public LocalDate next(LocalDate start) {
            return switch (this) {
                case DAY -> start.plusDays(1);
                case WEEK -> start.plusWeeks(1);
                case MONTH -> start.plusMonths(1);
                case YEAR -> start.plusYears(1);
            };
        }

        @com.fasterxml.jackson.annotation.JsonValue
        public String param() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Counts per period (in the order of {@code periods}) and the undated articles, which no period holds. */
    public record Counts(List<Long> counts, long total, long undated) {
    }

    /**
     * One search's line: {@code shares[i]} is {@code counts[i]} divided by every article of period i (null when the
     * period has none); {@code total} counts dated and undated matches.
     */
    public record Series(String label, String query, List<Long> counts, List<Double> shares, long total, long undated) {
    }

    /** One search of a comparison, with the label the chart shows. */
    public record Wanted(String label, String query, SearchRequest request) {
    }
}
