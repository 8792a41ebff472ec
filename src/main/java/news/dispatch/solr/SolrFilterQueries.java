package news.dispatch.solr;

import java.util.ArrayList;
import java.util.List;

import news.dispatch.search.EntityFilter;

/**
 * A dimension's filter as Solr filter queries, with the embedded backend's rules; the "any of" filter is tagged with
 * its field so that {@link SolrFacets} can count the dimension outside it (sideways counts).
 */
final class SolrFilterQueries {

    private SolrFilterQueries() {
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
}
