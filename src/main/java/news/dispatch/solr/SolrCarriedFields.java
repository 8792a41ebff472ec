package news.dispatch.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.common.SolrDocument;

import news.dispatch.index.Schema;
import news.dispatch.search.BadRequestException;
import news.dispatch.search.IndexField;

/**
 * The fields the articles' inputs carry ({@code bias}, {@code topic}) on a cluster: which the collection has, with
 * their distinct values and articles (by facets, asked again after {@link #TTL_NANOS}, as the analysis chains are),
 * how a query names them ({@code bias:left} searches {@code meta_text.bias}) and what a document holds of them.
 */
final class SolrCarriedFields {
    private static final long TTL_NANOS = 30_000_000_000L;
    /** The configset's searchable reading of a carried field: copied from {@code meta.NAME}, read like a name. */
    private static final String TEXT_PREFIX = "meta_text.";

    private final SolrCalls calls;
    private volatile Known known;

    SolrCarriedFields(SolrCalls calls) {
        this.calls = calls;
    }

    private record Known(List<IndexField> fields, long asked) {
    }

    /** Every carried field of the collection, with its distinct values and articles, and whether it is a facet. */
    List<IndexField> fields() throws IOException {
        Known k = known;
        if (k != null && System.nanoTime() - k.asked() < TTL_NANOS) return k.fields();
        SortedMap<String, Integer> articles = new TreeMap<>();
        try {
            SolrQuery names = new SolrQuery("*:*").setRows(0).setFacet(true).setFacetMinCount(1).setFacetLimit(-1)
                    .addFacetField(Schema.CARRIED_NAMES);
            FacetField f = calls.query(names).getFacetField(Schema.CARRIED_NAMES);
            if (f != null && f.getValues() != null) f.getValues().forEach(c -> articles.put(c.getName(), (int) c.getCount()));
        } catch (BadRequestException olderSchema) {
            // No such field: a collection of an older configset keeps no carried field.
        }
        List<IndexField> fields = new ArrayList<>();
        if (!articles.isEmpty()) {
            // Distinct values: every value of each field once (a field of one value per article is counted whole,
            // once per TTL, as the embedded index counts it once per generation).
            SolrQuery values = new SolrQuery("*:*").setRows(0).setFacet(true).setFacetMinCount(1).setFacetLimit(-1);
            articles.keySet().forEach(n -> values.addFacetField(Schema.carriedField(n)));
            var r = calls.query(values);
            for (var e : articles.entrySet()) {
                FacetField v = r.getFacetField(Schema.carriedField(e.getKey()));
                fields.add(IndexField.carried(e.getKey(), v == null ? 0 : v.getValueCount(), e.getValue()));
            }
        }
        known = new Known(List.copyOf(fields), System.nanoTime());
        return known.fields();
    }

    /** The names a query may use ({@code bias}, {@code topic}). */
    java.util.Set<String> names() throws IOException {
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (IndexField f : fields()) names.add(f.name());
        return names;
    }

    /**
     * Lets edismax read {@code bias:left} as the embedded reader does: each carried name is a user field aliased to
     * its searchable reading ({@code f.bias.qf=meta_text.bias}).
     */
    void aliases(SolrQuery q) throws IOException {
        StringBuilder uf = new StringBuilder(q.get("uf") == null ? "" : q.get("uf"));
        for (String name : names()) {
            q.set("f." + name + ".qf", TEXT_PREFIX + name);
            uf.append(' ').append(name);
        }
        q.set("uf", uf.toString().strip());
    }

    /** The carried fields a stored document holds, by name ({@code fl} must include {@code meta.*}). */
    static Map<String, List<String>> of(SolrDocument d) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String field : d.getFieldNames()) {
            String name = Schema.carriedName(field);
            if (name == null || d.getFieldValues(field) == null) continue;
            fields.put(name, d.getFieldValues(field).stream().map(Object::toString).toList());
        }
        return fields;
    }
}
