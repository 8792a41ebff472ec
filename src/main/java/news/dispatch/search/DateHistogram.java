package news.dispatch.search;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;

import news.dispatch.corpus.PublicationDates;
import news.dispatch.index.Schema;
import news.dispatch.search.SearchResponse.DateCounts;
import news.dispatch.search.SearchResponse.FacetValue;

/** Counts by year, month and day, summed from the day facet, in date order for a histogram. */
public final class DateHistogram {
    /** Longer spans are listed by month and year only: a day list of twenty years helps nobody. */
    static final int MAX_DAYS_LISTED = 400;

    private DateHistogram() {
    }

    static DateCounts of(Facets facets) throws IOException {
        FacetResult days = facets.getAllChildren(Schema.DAY_DIM);
        Map<String, Integer> counts = new TreeMap<>();
        if (days != null) for (LabelAndValue lv : days.labelValues) counts.merge(lv.label, lv.value.intValue(), Integer::sum);
        return of(counts);
    }

    /**
     * Whether a day facet's label is a day an article can have been published on ({@link PublicationDates#isPlausible}):
     * an index written before implausible dates were refused may hold 0001-01-01 or 9999-12-31, which are counted
     * as undated rather than stretching a histogram or timeline over millennia.
     */
    static boolean isPublicationDay(String label, Instant now) {
        if (label.equals(Schema.UNDATED)) return false;
        LocalDate day = day(label);
        return day != null && PublicationDates.isPlausible(day, now);
    }

    /**
     * The day a label names, as {@link LocalDate#parse} reads it; null where that refuses it. A label of the indexer's
     * own form (yyyy-MM-dd, digits) is read without the formatter: every day of every search's histogram is read
     * (issue 29: the formatter was a third of the histogram's cost).
     */
    static LocalDate day(String label) {
        if (label.length() == 10 && label.charAt(4) == '-' && label.charAt(7) == '-' && digits(label, 0, 4)
                && digits(label, 5, 7) && digits(label, 8, 10)) {
            try {
                return LocalDate.of(Integer.parseInt(label, 0, 4, 10), Integer.parseInt(label, 5, 7, 10),
                        Integer.parseInt(label, 8, 10, 10));
            } catch (java.time.DateTimeException noSuchDay) {
                return null;
            }
        }
        try {
            return LocalDate.parse(label);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        }
        return true;
    }

    /** The histogram of counts by day value ("2022-12-02", or {@link Schema#UNDATED}). */
    public static DateCounts of(Map<String, Integer> dayCounts) {
        TreeMap<String, Integer> byDay = new TreeMap<>();
        int undated = 0;
        Instant now = Instant.now();
        for (Map.Entry<String, Integer> e : dayCounts.entrySet()) {
            if (isPublicationDay(e.getKey(), now)) byDay.put(e.getKey(), e.getValue());
            else undated += e.getValue();
        }
        Map<String, Integer> byMonth = new TreeMap<>();
        Map<String, Integer> byYear = new TreeMap<>();
        byDay.forEach((day, n) -> {
            byMonth.merge(day.substring(0, 7), n, Integer::sum);
            byYear.merge(day.substring(0, 4), n, Integer::sum);
        });
        boolean listDays = !byDay.isEmpty() && ChronoUnit.DAYS.between(LocalDate.parse(byDay.firstKey()),
                LocalDate.parse(byDay.lastKey())) < MAX_DAYS_LISTED;
        return new DateCounts(values(byYear), values(byMonth), listDays ? values(byDay) : List.of(), undated);
    }

    private static List<FacetValue> values(Map<String, Integer> counts) {
        List<FacetValue> values = new ArrayList<>(counts.size());
        counts.forEach((k, n) -> values.add(new FacetValue(k, null, n, null)));
        return values;
    }
}
