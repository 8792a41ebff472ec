package news.dispatch.measure.parity;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import news.dispatch.measure.bench.Table;
import news.dispatch.search.NewsSearcher;
import news.dispatch.search.SearchRequest;
import news.dispatch.search.SearchResponse;
import news.dispatch.search.Timeline;

/**
 * Asks two backends the same {@link ParityRequests} and tallies per shape what a user would compare: the totals,
 * the stories, every dimension's facet counts and the date histogram, the top hits (overlap of the first page: scores
 * may differ by backend, so the order and the page's edge may too), and the timelines' counts. Each difference is
 * kept with the request that showed it.
 */
public final class ParityCheck {
    /** Per shape: requests and how many agreed on each count. */
    static final class Tally {
        int requests;
        int totals;
        int stories;
        int storyRequests;
        int facets;
        int hitSetsEqual;
        int hitSetsEqualButTies;
        double overlap;
    }

    private final Map<String, Tally> byShape = new LinkedHashMap<>();
    private final List<String> differences = new ArrayList<>();
    private int timelines;
    private int timelinesEqual;
    private int failures;

    /** Runs every request against both; a request one backend refuses is a difference too. */
    public ParityCheck run(ParityRequests requests, NewsSearcher embedded, NewsSearcher cluster) {
        for (ParityRequests.Named n : requests.searches()) {
            Tally t = byShape.computeIfAbsent(n.shape(), k -> new Tally());
            t.requests++;
            SearchResponse e;
            SearchResponse c;
            try {
                e = embedded.search(n.request());
                c = cluster.search(n.request());
            } catch (IOException | RuntimeException ex) {
                failures++;
                differences.add(describe(n) + ": failed: " + ex.getMessage());
                continue;
            }
            compare(n, t, e, c);
        }
        for (ParityRequests.NamedTimeline nt : requests.timelines()) {
            timelines++;
            try {
                Timeline e = embedded.timeline(nt.series(), Timeline.Interval.MONTH, null, null);
                Timeline c = cluster.timeline(nt.series(), Timeline.Interval.MONTH, null, null);
                String diff = timelineDifference(e, c);
                if (diff == null) timelinesEqual++;
                else differences.add("timeline of '" + nt.query() + "': " + diff);
            } catch (IOException | RuntimeException ex) {
                failures++;
                differences.add("timeline of '" + nt.query() + "': failed: " + ex.getMessage());
            }
        }
        return this;
    }

    private void compare(ParityRequests.Named n, Tally t, SearchResponse e, SearchResponse c) {
        if (e.total() == c.total()) t.totals++;
        else differences.add(describe(n) + ": total " + e.total() + " embedded, " + c.total() + " cluster");
        if (n.request().collapse()) {
            t.storyRequests++;
            if (Objects.equals(e.stories(), c.stories())) t.stories++;
            else differences.add(describe(n) + ": stories " + e.stories() + " embedded, " + c.stories() + " cluster");
        }
        String facets = facetDifference(e.facets(), c.facets());
        if (facets == null) t.facets++;
        else differences.add(describe(n) + ": " + facets);
        Set<String> ei = ids(e);
        Set<String> ci = ids(c);
        Set<String> both = new HashSet<>(ei);
        both.retainAll(ci);
        int larger = Math.max(ei.size(), ci.size());
        t.overlap += larger == 0 ? 1 : both.size() / (double) larger;
        if (ei.equals(ci)) t.hitSetsEqual++;
        else if (tiedAtTheEnd(e, ci) && tiedAtTheEnd(c, ei)) t.hitSetsEqualButTies++;
    }

    /**
     * Whether the hits of {@code r} that the other backend did not list all score as the page's last hit: the two
     * pages then differ only in which of equally scored articles (copies of one wire text) made the cut, which each
     * backend breaks in its own order (index order embedded, id on the cluster).
     */
    private static boolean tiedAtTheEnd(SearchResponse r, Set<String> other) {
        if (r.hits().isEmpty() || r.hits().getLast().score() == null) return false;
        float last = r.hits().getLast().score();
        return r.hits().stream().filter(h -> !other.contains(h.id())).allMatch(h -> h.score() != null && h.score() == last);
    }

    private static Set<String> ids(SearchResponse r) {
        Set<String> ids = new HashSet<>();
        r.hits().forEach(h -> ids.add(h.id()));
        return ids;
    }

    /**
     * The first facet that differs, or null. Values tied at the list's end may be cut differently (both backends list
     * the first N of equal counts in their own order): a list that differs only in values whose count is its last
     * count is the same answer.
     */
    static String facetDifference(SearchResponse.Facets e, SearchResponse.Facets c) {
        Set<String> dims = new java.util.TreeSet<>(e.byDimension().keySet());
        dims.addAll(c.byDimension().keySet());
        for (String dim : dims) {
            Map<String, Integer> em = counts(e.byDimension().getOrDefault(dim, List.of()));
            Map<String, Integer> cm = counts(c.byDimension().getOrDefault(dim, List.of()));
            if (em.equals(cm) || tiedAtTheCut(em, cm)) continue;
            return "facet " + dim + " differs: embedded " + em + ", cluster " + cm;
        }
        for (String level : List.of("year", "month", "day")) {
            Map<String, Integer> em = counts(level(e.dates(), level));
            Map<String, Integer> cm = counts(level(c.dates(), level));
            if (!em.equals(cm)) return "date histogram by " + level + " differs: embedded " + em + ", cluster " + cm;
        }
        if (e.dates().undated() != c.dates().undated()) {
            return "undated " + e.dates().undated() + " embedded, " + c.dates().undated() + " cluster";
        }
        return null;
    }

    private static List<SearchResponse.FacetValue> level(SearchResponse.DateCounts d, String level) {
        return switch (level) {
            case "year" -> d.year();
            case "month" -> d.month();
            default -> d.day();
        };
    }

    private static boolean tiedAtTheCut(Map<String, Integer> e, Map<String, Integer> c) {
        if (e.size() != c.size() || e.isEmpty()) return false;
        int lastE = e.values().stream().min(Integer::compare).orElseThrow();
        int lastC = c.values().stream().min(Integer::compare).orElseThrow();
        if (lastE != lastC) return false;
        for (var entry : e.entrySet()) {
            Integer other = c.get(entry.getKey());
            if (other == null ? entry.getValue() != lastE : !other.equals(entry.getValue())) return false;
        }
        for (var entry : c.entrySet()) {
            if (!e.containsKey(entry.getKey()) && entry.getValue() != lastC) return false;
        }
        return true;
    }

    private static Map<String, Integer> counts(List<SearchResponse.FacetValue> values) {
        Map<String, Integer> m = new TreeMap<>();
        values.forEach(v -> m.put(v.value(), v.count()));
        return m;
    }

    static String timelineDifference(Timeline e, Timeline c) {
        if (!e.periods().equals(c.periods())) return "periods differ: " + e.periods() + " vs " + c.periods();
        if (!e.all().equals(c.all())) return "all articles differ: " + e.all() + " vs " + c.all();
        for (int i = 0; i < e.series().size(); i++) {
            Timeline.Series es = e.series().get(i);
            Timeline.Series cs = c.series().get(i);
            if (!es.counts().equals(cs.counts()) || es.total() != cs.total() || es.undated() != cs.undated()) {
                return "series '" + es.label() + "' differs: " + es.counts() + " (" + es.total() + ") vs "
                        + cs.counts() + " (" + cs.total() + ")";
            }
        }
        return null;
    }

    private static String describe(ParityRequests.Named n) {
        SearchRequest r = n.request();
        return "[" + n.shape() + "] q='" + r.query() + "'" + (r.entities().isEmpty() ? "" : " " + r.entities())
                + (r.from() == null ? "" : " " + r.from() + ".." + r.to());
    }

    /** Whether every count agreed: totals, stories, facets and timelines. */
    public boolean countsEqual() {
        return failures == 0 && timelines == timelinesEqual && byShape.values().stream()
                .allMatch(t -> t.totals == t.requests && t.stories == t.storyRequests && t.facets == t.requests);
    }

    public void print(PrintWriter out, int maxDifferences) {
        Table table = new Table("Embedded index vs SolrCloud: the same requests, their answers compared",
                "shape", "requests", "totals equal", "stories equal", "facet counts equal", "top-10 sets equal",
                "top-10 sets equal but for ties at the 10th", "top-10 overlap");
        int requests = 0;
        int totals = 0;
        int facets = 0;
        for (var entry : byShape.entrySet()) {
            Tally t = entry.getValue();
            requests += t.requests;
            totals += t.totals;
            facets += t.facets;
            table.row(entry.getKey(), t.requests, percent(t.totals, t.requests),
                    t.storyRequests == 0 ? "–" : percent(t.stories, t.storyRequests), percent(t.facets, t.requests),
                    percent(t.hitSetsEqual, t.requests), percent(t.hitSetsEqual + t.hitSetsEqualButTies, t.requests),
                    String.format("%.1f %%", 100 * t.overlap / Math.max(1, t.requests)));
        }
        table.row("all searches", requests, percent(totals, requests), "", percent(facets, requests), "", "", "");
        table.row("timelines (2 series, by month)", timelines, percent(timelinesEqual, timelines), "", "", "", "", "");
        table.print(out);
        out.printf("%d requests failed on a backend; %d differences%s%n", failures, differences.size(),
                differences.isEmpty() ? "." : (differences.size() > maxDifferences ? " (the first " + maxDifferences
                        + "):" : ":"));
        differences.stream().limit(maxDifferences).forEach(d -> out.println("  " + d));
        out.flush();
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "–" : String.format("%d (%.1f %%)", part, 100.0 * part / whole);
    }
}
