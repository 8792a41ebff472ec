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

    /**
     * From the day facet. Its values come in ordinal order, which for a flat dimension is its labels' byte order (for
     * these ASCII labels, String order) with each label once: they are summed as they come, without re-sorting them
     * in maps (issue 29: on 16 years of news, the maps of every matching day cost a collapsed search about a tenth
     * of its CPU, a cost plain Lucene does not have and that grows with the years an index spans).
     */
    static DateCounts of(Facets facets) throws IOException {
        FacetResult days = facets.getAllChildren(Schema.DAY_DIM);
        if (days == null) return fromSorted(List.of(), List.of());
        List<String> labels = new ArrayList<>(days.labelValues.length);
        List<Integer> counts = new ArrayList<>(days.labelValues.length);
        for (LabelAndValue lv : days.labelValues) {
            if (!labels.isEmpty() && labels.getLast().compareTo(lv.label) >= 0) return of(summed(days));
            labels.add(lv.label);
            counts.add(lv.value.intValue());
        }
        return fromSorted(labels, counts);
    }

    private static Map<String, Integer> summed(FacetResult days) {
        Map<String, Integer> counts = new TreeMap<>();
        for (LabelAndValue lv : days.labelValues) counts.merge(lv.label, lv.value.intValue(), Integer::sum);
        return counts;
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
        TreeMap<String, Integer> sorted = new TreeMap<>(dayCounts);
        return fromSorted(new ArrayList<>(sorted.keySet()), new ArrayList<>(sorted.values()));
    }

    /**
     * The histogram of distinct day labels in String order, with their counts: days in that order are also in
     * month and year order, so each month's and year's days come together and are summed in one pass.
     */
    private static DateCounts fromSorted(List<String> labels, List<Integer> counts) {
        List<FacetValue> byDay = new ArrayList<>();
        List<FacetValue> byMonth = new ArrayList<>();
        List<FacetValue> byYear = new ArrayList<>();
        int undated = 0;
        Instant now = Instant.now();
        String month = null;
        String year = null;
        int inMonth = 0;
        int inYear = 0;
        for (int i = 0; i < labels.size(); i++) {
            String day = labels.get(i);
            int n = counts.get(i);
            if (!isPublicationDay(day, now)) {
                undated += n;
                continue;
            }
            byDay.add(new FacetValue(day, null, n, null));
            if (month != null && !day.startsWith(month)) {
                byMonth.add(new FacetValue(month, null, inMonth, null));
                inMonth = 0;
            }
            if (year != null && !day.startsWith(year)) {
                byYear.add(new FacetValue(year, null, inYear, null));
                inYear = 0;
            }
            month = day.substring(0, 7);
            year = day.substring(0, 4);
            inMonth += n;
            inYear += n;
        }
        if (month != null) byMonth.add(new FacetValue(month, null, inMonth, null));
        if (year != null) byYear.add(new FacetValue(year, null, inYear, null));
        boolean listDays = !byDay.isEmpty() && ChronoUnit.DAYS.between(LocalDate.parse(byDay.getFirst().value()),
                LocalDate.parse(byDay.getLast().value())) < MAX_DAYS_LISTED;
        return new DateCounts(byYear, byMonth, listDays ? byDay : List.of(), undated);
    }
}
