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
 * Facets over a cluster, with the embedded backend's rules: a dimension's counts exclude its own filter (tagged by
 * {@link SolrFilterQueries}: sideways counts), selected values are always listed (their counts by facet queries),
 * selected first; the date histogram and the lookup of a dimension's values by a prefix. Each entity value's other
 * count is {@link SolrOtherCounts}'s.
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
