package news.dispatch.solr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;

import news.dispatch.index.Schema;
import news.dispatch.search.DateHistogram;
import news.dispatch.search.EntityFacets;
import news.dispatch.search.EntityFilter;
import news.dispatch.search.EntityLookup;
import news.dispatch.search.MentionScope;
import news.dispatch.search.SearchResponse.DateCounts;
import news.dispatch.search.SearchResponse.FacetValue;

/**
 * Facets over a cluster, with the embedded backend's rules: a dimension's filter is tagged and its counts exclude
 * it (sideways counts), selected values are always listed (their counts by facet queries), selected first.
 */
final class SolrFacets {

    /**
     * How many more values than asked each shard sends: all of them. Solr merges the shards' top lists, so a value
     * outside every shard's list is missed, and the many values tied at a low count (each shard lists the first by
     * name) hid names counted once on each shard (2 on the collection, 1 in each shard's long tail of 1s). With every
     * value each shard holds, the merged counts and the top n are exact (the same order as embedded: count, then
     * name). The shards send more to the node that merges; the client still receives n values.
     */
    static final int EVERY_VALUE_PER_SHARD = 1 << 30;

    private SolrFacets() {
    }

    /**
     * The filter queries of one dimension's filter over {@code field} (the dimension's set in the request's mentions
     * mode), as the embedded index applies it: any of the values (tagged with the field, so that the dimension is
     * counted sideways), or all of them (untagged: a value's count is what would remain if it were added), and
     * none of the excluded values.
     */
    static List<String> filters(EntityFilter filter, String field) {
        List<String> fqs = new ArrayList<>();
        List<String> values = filter.values();
        if (!values.isEmpty() && filter.match() == EntityFilter.Match.ANY) {
            fqs.add("{!tag=" + field + "}" + field + ":(" + String.join(" OR ", quoted(values)) + ")");
        } else {
            for (String v : quoted(values)) fqs.add(field + ":" + v);
        }
        if (!filter.excluded().isEmpty()) {
            fqs.add("-" + field + ":(" + String.join(" OR ", quoted(filter.excluded())) + ")");
        }
        return fqs;
    }

    /** Exact values: quoted terms. */
    static List<String> quoted(List<String> values) {
        return values.stream().map(v -> '"' + v.replace("\\", "\\\\").replace("\"", "\\\"") + '"').toList();
    }

    /**
     * Asks for the top {@code n} values of dimension {@code dim} read from {@code field}, outside its own filter, and
     * the counts of its selected values whether or not they make the top (one facet query each).
     */
    static void dimension(SolrQuery q, String dim, String field, EntityFilter filter, int n) {
        q.add("facet.field", "{!ex=" + field + " key=" + dim + "}" + field);
        q.set("f." + field + ".facet.limit", n);
        q.set("f." + field + ".facet.overrequest.count", EVERY_VALUE_PER_SHARD);
        List<String> selected = filter.values();
        for (int i = 0; i < selected.size(); i++) {
            String key = key(dim, i);
            q.add("facet.query", "{!term ex=" + field + " key=" + key + " f=" + field + " v=$" + key + "}");
            q.set(key, selected.get(i));
        }
    }

    /** A dimension's values: the top ones, then selected values not among them, then excluded values (count 0). */
    static List<FacetValue> entity(QueryResponse r, String dim, EntityFilter filter) {
        List<FacetValue> values = entity(r, dim, filter.values());
        for (String x : filter.excluded()) {
            if (!filter.values().contains(x)) {
                values.add(new FacetValue(x, value(dim, x, 0, null).code(), 0, false, true));
            }
        }
        return values;
    }

    private static List<FacetValue> entity(QueryResponse r, String dim, List<String> selected) {
        List<FacetValue> values = new ArrayList<>();
        Set<String> listed = new LinkedHashSet<>();
        FacetField f = r.getFacetField(dim);
        if (f != null && f.getValues() != null) {
            for (FacetField.Count c : f.getValues()) {
                values.add(value(dim, c.getName(), (int) c.getCount(), selected.contains(c.getName())));
                listed.add(c.getName());
            }
        }
        Map<String, Integer> queries = r.getFacetQuery() == null ? Map.of() : r.getFacetQuery();
        for (int i = 0; i < selected.size(); i++) {
            String s = selected.get(i);
            if (listed.contains(s)) continue;
            values.add(value(dim, s, queries.getOrDefault(key(dim, i), 0), true));
        }
        values.sort((a, b) -> Boolean.compare(b.selected(), a.selected()));
        return values;
    }

    /**
     * How many values of the other set (the mention set when the search reads the about set, and the reverse) the
     * search's own request lists per listed value: the listed values are mostly among the other set's top values, so
     * their other counts come with the search and the second request is left for the few that are not (each request
     * costs the client an HTTP exchange, which dominates its CPU per search).
     */
    static final int OTHER_TOP_PER_LISTED = 5;

    /**
     * Asks the search's request for the top values of dimension {@code dim}'s other set, counted as its listed values
     * are (outside the dimension's own filter, every shard sending every value: exact counts).
     */
    static void otherTop(SolrQuery q, String dim, MentionScope mentions, int n) {
        String other = otherField(dim, mentions);
        q.add("facet.field", "{!ex=" + mentions.facetDim(dim) + " key=" + otherKey(dim) + "}" + other);
        q.set("f." + other + ".facet.limit", otherLimit(n));
        q.set("f." + other + ".facet.overrequest.count", EVERY_VALUE_PER_SHARD);
    }

    private static int otherLimit(int n) {
        return Math.max(1, n) * OTHER_TOP_PER_LISTED;
    }

    /**
     * The other counts the search's answer {@code r} already holds, by dimension and value: a value among the other
     * set's top values has its count, and when that list holds fewer values than asked it holds every value counted,
     * so a value outside it counts 0.
     */
    static Map<String, Map<String, Integer>> otherKnown(QueryResponse r, Map<String, List<FacetValue>> byDim, int n) {
        Map<String, Map<String, Integer>> known = new java.util.HashMap<>();
        for (String dim : Schema.entityDims()) {
            FacetField f = r.getFacetField(otherKey(dim));
            if (f == null || f.getValues() == null) continue;
            Map<String, Integer> top = new java.util.HashMap<>();
            f.getValues().forEach(c -> top.put(c.getName(), (int) c.getCount()));
            boolean complete = f.getValues().size() < otherLimit(n);
            Map<String, Integer> counts = new java.util.HashMap<>();
            for (FacetValue v : byDim.get(dim)) {
                Integer c = top.get(v.value());
                if (c != null) counts.put(v.value(), c);
                else if (complete) counts.put(v.value(), 0);
            }
            known.put(dim, counts);
        }
        return known;
    }

    /**
     * Turns {@code q} (the search's query and filters) into the request for the count each listed entity value lacks
     * and {@code known} has not: its mention count when the search reads the about set, its about count when it reads
     * every mention. One facet query per value, outside the dimension's own filter as its listed count is; false when
     * no count is missing.
     */
    static boolean otherCounts(SolrQuery q, Map<String, List<FacetValue>> byDim, MentionScope mentions,
                               Map<String, Map<String, Integer>> known) {
        q.setRows(0).setFacet(true);
        boolean any = false;
        for (String dim : Schema.entityDims()) {
            List<FacetValue> values = byDim.get(dim);
            Map<String, Integer> counted = known.getOrDefault(dim, Map.of());
            for (int i = 0; i < values.size(); i++) {
                if (Boolean.TRUE.equals(values.get(i).excluded()) || counted.containsKey(values.get(i).value())) {
                    continue;
                }
                String key = otherKey(dim, i);
                q.add("facet.query", "{!term ex=" + mentions.facetDim(dim) + " key=" + key + " f="
                        + otherField(dim, mentions) + " v=$" + key + "}");
                q.set(key, values.get(i).value());
                any = true;
            }
        }
        return any;
    }

    /**
     * Each listed entity value of {@code byDim} with both counts, the other one from {@code known} or else read from
     * {@code r} (the second request; null when none was needed).
     */
    static void withBothCounts(QueryResponse r, Map<String, List<FacetValue>> byDim, MentionScope mentions,
                               Map<String, Map<String, Integer>> known) {
        Map<String, Integer> counted = r == null || r.getFacetQuery() == null ? Map.of() : r.getFacetQuery();
        for (String dim : Schema.entityDims()) {
            List<FacetValue> values = new ArrayList<>(byDim.get(dim));
            Map<String, Integer> first = known.getOrDefault(dim, Map.of());
            for (int i = 0; i < values.size(); i++) {
                FacetValue v = values.get(i);
                if (Boolean.TRUE.equals(v.excluded())) continue;
                Integer fromFirst = first.get(v.value());
                int other = fromFirst != null ? fromFirst : counted.getOrDefault(otherKey(dim, i), 0);
                values.set(i, mentions == MentionScope.ABOUT ? v.withCounts(v.count(), other)
                        : v.withCounts(other, v.count()));
            }
            byDim.put(dim, values);
        }
    }

    /** The set a listed value's other count is read from. */
    private static String otherField(String dim, MentionScope mentions) {
        return mentions == MentionScope.ABOUT ? dim : Schema.aboutDim(dim);
    }

    private static String otherKey(String dim) {
        return dim + "_other";
    }

    private static String otherKey(String dim, int i) {
        return dim + "_other_" + i;
    }

    static DateCounts dates(QueryResponse r) {
        Map<String, Integer> byDay = new TreeMap<>();
        FacetField days = r.getFacetField(Schema.DAY_DIM);
        if (days != null && days.getValues() != null) {
            for (FacetField.Count c : days.getValues()) byDay.merge(c.getName(), (int) c.getCount(), Integer::sum);
        }
        return DateHistogram.of(byDay);
    }

    /**
     * Values with a word starting with {@code prefix}, case- and accent-insensitively, among those named ({@code all});
     * each with its about count ({@code about}: null where the dimension has no about set) and mention count, counted
     * and ordered in the {@code mentions} mode as the embedded lookup does.
     */
    static List<FacetValue> lookup(FacetField all, FacetField about, String dim, MentionScope mentions, String prefix,
                                   int size) {
        if (all == null || all.getValues() == null) return List.of();
        Map<String, Integer> aboutCounts = new java.util.HashMap<>();
        if (about != null && about.getValues() != null) {
            about.getValues().forEach(c -> aboutCounts.put(c.getName(), (int) c.getCount()));
        }
        String wanted = EntityLookup.fold(prefix);
        List<FacetValue> found = new ArrayList<>();
        for (FacetField.Count c : all.getValues()) {
            if (!wanted.isEmpty() && !EntityLookup.startsAWord(EntityLookup.fold(c.getName()), wanted)) continue;
            int mentioning = (int) c.getCount();
            Integer aboutCount = about == null ? null : aboutCounts.getOrDefault(c.getName(), 0);
            int count = mentions == MentionScope.ABOUT && aboutCount != null ? aboutCount : mentioning;
            found.add(value(dim, c.getName(), count, null).withCounts(aboutCount, mentioning));
        }
        return found.stream()
                .sorted(Comparator.comparingInt(FacetValue::count).reversed()
                        .thenComparing(Comparator.comparingInt(FacetValue::mentionCount).reversed())
                        .thenComparing(FacetValue::value))
                .limit(size).toList();
    }

    private static FacetValue value(String dim, String label, int count, Boolean selected) {
        return EntityFacets.value(dim, label, count, selected);
    }

    private static String key(String dim, int i) {
        return dim + "_selected_" + i;
    }

}
