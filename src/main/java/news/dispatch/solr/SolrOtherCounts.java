package news.dispatch.solr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;

import news.dispatch.index.Schema;
import news.dispatch.search.MentionScope;
import news.dispatch.search.SearchResponse.FacetValue;

/**
 * Each listed entity value's other count, as embedded: its mention count when the search reads the about set, its
 * about count when it reads every mention. Read from the other set's top values the search's own request carries,
 * else asked in one more request for the few values that are missing.
 */
final class SolrOtherCounts {

    private SolrOtherCounts() {
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
    static void askTop(SolrQuery q, String dim, MentionScope mentions, int n) {
        String other = otherField(dim, mentions);
        q.add("facet.field", "{!ex=" + mentions.facetDim(dim) + " key=" + otherKey(dim) + "}" + other);
        q.set("f." + other + ".facet.limit", otherLimit(n));
        q.set("f." + other + ".facet.overrequest.count", SolrFacets.EVERY_VALUE_PER_SHARD);
    }

    private static int otherLimit(int n) {
        return Math.max(1, n) * OTHER_TOP_PER_LISTED;
    }

    /**
     * The other counts the search's answer {@code r} already holds, by dimension and value: a value among the other
     * set's top values has its count, and when that list holds fewer values than asked it holds every value counted,
     * so a value outside it counts 0.
     */
    static Map<String, Map<String, Integer>> known(QueryResponse r, Map<String, List<FacetValue>> byDim, int n) {
        Map<String, Map<String, Integer>> known = new HashMap<>();
        for (String dim : Schema.entityDims()) {
            FacetField f = r.getFacetField(otherKey(dim));
            if (f == null || f.getValues() == null) continue;
            Map<String, Integer> top = new HashMap<>();
            f.getValues().forEach(c -> top.put(c.getName(), (int) c.getCount()));
            boolean complete = f.getValues().size() < otherLimit(n);
            Map<String, Integer> counts = new HashMap<>();
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
    static boolean askMissing(SolrQuery q, Map<String, List<FacetValue>> byDim, MentionScope mentions,
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
}
