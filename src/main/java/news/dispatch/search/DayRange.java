package news.dispatch.search;

import java.time.LocalDate;
import java.time.ZoneOffset;

/** A request's day range as epoch milliseconds, both ends included; an open end is the extreme value. */
public final class DayRange {
    private DayRange() {
    }

    /** The first millisecond of {@code day} (UTC), or Long.MIN_VALUE for an open start. */
    public static long startOf(LocalDate day) {
        return day == null ? Long.MIN_VALUE : day.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    /** The last millisecond of {@code day} (UTC), or Long.MAX_VALUE for an open end. */
    public static long endOf(LocalDate day) {
        return day == null ? Long.MAX_VALUE : day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli() - 1;
    }

    /** The day as the API echoes it, or null. */
    public static String text(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
