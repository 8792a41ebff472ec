package news.dispatch.search;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

import news.dispatch.index.Schema;

/** Counts by day from the day facet, gathered into the periods of a {@link Timeline}. */
public final class TimelineCounter {
    private TimelineCounter() {
    }

    /**
     * Articles per day of a query, and the undated ones under {@link Schema#UNDATED}. A day no article can have been
     * published on (0001-01-01, 9999-12-31: see {@link DateHistogram#isPublicationDay}) counts as undated: an index
     * written before such dates were refused may hold them, and one of them would stretch every timeline that
     * matches it past its period limit.
     */
    static TreeMap<String, Long> days(FacetedSearcher searcher, Query query) throws IOException {
        FacetsCollector collected = searcher.search(query, new FacetsCollectorManager());
        FacetResult days = new SortedSetDocValuesFacetCounts(searcher.facetState, collected).getAllChildren(Schema.DAY_DIM);
        Map<String, Long> counted = new HashMap<>();
        if (days != null) for (LabelAndValue lv : days.labelValues) counted.put(lv.label, lv.value.longValue());
        return days(counted);
    }

    /** A day facet's counts (day or {@link Schema#UNDATED} → articles) as a timeline reads them; any backend's. */
    public static TreeMap<String, Long> days(Map<String, Long> dayFacet) {
        TreeMap<String, Long> byDay = new TreeMap<>();
        Instant now = Instant.now();
        dayFacet.forEach((label, n) -> byDay.merge(DateHistogram.isPublicationDay(label, now) ? label : Schema.UNDATED,
                n, Long::sum));
        return byDay;
    }

    static Timeline build(FacetedSearcher searcher, List<Timeline.Wanted> wanted, List<Query> queries,
                          Timeline.Interval interval, LocalDate from, LocalDate to, long started) throws IOException {
        List<TreeMap<String, Long>> perSeries = new ArrayList<>();
        for (Query q : queries) perSeries.add(days(searcher, q));
        return build(wanted, perSeries, days(searcher, new MatchAllDocsQuery()), interval, from, to, started);
    }

    /**
     * The timeline of {@code wanted} from each series' articles per day ({@code perSeries}, as {@link #days(Map)}
     * gives them) and every article's ({@code everything}): the same periods, counts and shares whatever backend
     * counted the days.
     */
    public static Timeline build(List<Timeline.Wanted> wanted, List<TreeMap<String, Long>> perSeries,
                                 TreeMap<String, Long> everything, Timeline.Interval interval, LocalDate from,
                                 LocalDate to, long started) {
        LocalDate first = from, last = to;
        for (TreeMap<String, Long> days : perSeries) {
            for (String day : days.keySet()) {
                if (day.equals(Schema.UNDATED)) continue;
                LocalDate d = LocalDate.parse(day);
                if (from == null && (first == null || d.isBefore(first))) first = d;
                if (to == null && (last == null || d.isAfter(last))) last = d;
            }
        }
        List<String> periods = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        if (first != null && last != null && !first.isAfter(last)) {
            for (LocalDate p = interval.start(first); !p.isAfter(last); p = interval.next(p)) {
                if (periods.size() == Timeline.MAX_PERIODS) {
                    throw new BadRequestException("That is more than " + Timeline.MAX_PERIODS + " " + interval.param()
                            + "s; choose a coarser interval or a shorter range.");
                }
                index.put(interval.label(p), periods.size());
                periods.add(interval.label(p));
            }
        }
        Timeline.Counts all = counts(everything, interval, periods, index);
        List<Timeline.Series> series = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            Timeline.Counts c = counts(perSeries.get(i), interval, periods, index);
            List<Double> shares = new ArrayList<>(periods.size());
            for (int p = 0; p < periods.size(); p++) {
                long whole = all.counts().get(p);
                shares.add(whole == 0 ? null : (double) c.counts().get(p) / whole);
            }
            series.add(new Timeline.Series(wanted.get(i).label(), wanted.get(i).query(), c.counts(), shares, c.total(),
                    c.undated()));
        }
        return new Timeline(interval, periods, all, series, (System.nanoTime() - started) / 1_000_000);
    }

    private static Timeline.Counts counts(TreeMap<String, Long> days, Timeline.Interval interval, List<String> periods,
                                          Map<String, Integer> index) {
        long[] counts = new long[periods.size()];
        long total = 0, undated = 0;
        for (Map.Entry<String, Long> e : days.entrySet()) {
            total += e.getValue();
            if (e.getKey().equals(Schema.UNDATED)) {
                undated += e.getValue();
                continue;
            }
            Integer at = index.get(interval.label(LocalDate.parse(e.getKey())));
            if (at != null) counts[at] += e.getValue();
        }
        List<Long> list = new ArrayList<>(counts.length);
        for (long c : counts) list.add(c);
        return new Timeline.Counts(list, total, undated);
    }
}
