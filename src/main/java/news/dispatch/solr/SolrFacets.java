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
import news.dispatch.search.EntityLookup;
import news.dispatch.search.SearchResponse.DateCounts;
import news.dispatch.search.SearchResponse.FacetValue;

/**
 * Facets over a cluster, with the embedded backend's rules: a dimension's filter is tagged and its counts exclude
 * it (sideways counts), selected values are always listed (their counts by facet queries), selected first.
 */
final class SolrFacets {

    private SolrFacets() {
    }

    /** A filter on any of {@code values}, tagged with the dimension's name (exact values: quoted terms). */
    static String anyOf(String dim, List<String> values) {
        StringBuilder q = new StringBuilder("{!tag=" + dim + "}" + dim + ":(");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) q.append(" OR ");
            q.append('"').append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return q.append(')').toString();
    }

    /** Counts of selected values, whether or not they made the top: one facet query each, outside their filter. */
    static void selectedCounts(SolrQuery q, String dim, List<String> selected) {
        for (int i = 0; i < selected.size(); i++) {
            String key = key(dim, i);
            q.add("facet.query", "{!term ex=" + dim + " key=" + key + " f=" + dim + " v=$" + key + "}");
            q.set(key, selected.get(i));
        }
    }

    static List<FacetValue> entity(QueryResponse r, String dim, List<String> selected) {
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

    /** Values with a word starting with {@code prefix}, case- and accent-insensitively; most frequent first. */
    static List<FacetValue> lookup(FacetField all, String dim, String prefix, int size) {
        if (all == null || all.getValues() == null) return List.of();
        String wanted = EntityLookup.fold(prefix);
        return all.getValues().stream()
                .filter(c -> wanted.isEmpty() || EntityLookup.startsAWord(EntityLookup.fold(c.getName()), wanted))
                .sorted(Comparator.comparingLong((FacetField.Count c) -> -c.getCount()).thenComparing(FacetField.Count::getName))
                .limit(size)
                .map(c -> value(dim, c.getName(), (int) c.getCount(), null))
                .toList();
    }

    private static FacetValue value(String dim, String label, int count, Boolean selected) {
        return EntityFacets.value(dim, label, count, selected);
    }

    private static String key(String dim, int i) {
        return dim + "_selected_" + i;
    }

}
