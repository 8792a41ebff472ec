package news.dispatch.solr;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.util.NamedList;

import news.dispatch.index.Schema;
import news.dispatch.search.IndexStats;

/** What the collection holds, as the embedded index reports it: articles, distinct values, size, last update. */
final class SolrStats {
    private final SolrCalls calls;

    SolrStats(SolrCalls calls) {
        this.calls = calls;
    }

    IndexStats read() throws IOException {
        SolrQuery q = new SolrQuery("*:*").setRows(1).setFields("_version_").setSort("_version_", SolrQuery.ORDER.desc);
        q.set("json.facet", "{persons:\"unique(" + Schema.PERSONS_DIM + ")\",countries:\"unique("
                + Schema.COUNTRIES_DIM + ")\",day:\"unique(" + Schema.DAY_DIM + ")\"}");
        QueryResponse r = calls.query(q);
        String last = null;
        if (!r.getResults().isEmpty()) {
            // A version is the clock at the update, shifted left 20 bits (Solr's VersionInfo).
            long version = ((Number) r.getResults().getFirst().getFieldValue("_version_")).longValue();
            last = Instant.ofEpochMilli(version >>> 20).toString();
        }
        Map<String, Integer> values = new LinkedHashMap<>();
        var facets = r.getResponse().get("facets");
        for (String dim : List.of(Schema.PERSONS_DIM, Schema.COUNTRIES_DIM, Schema.DAY_DIM)) {
            Object v = facets instanceof NamedList<?> nl ? nl.get(dim) : null;
            values.put(dim, v instanceof Number n ? n.intValue() : 0);
        }
        return new IndexStats((int) r.getResults().getNumFound(), indexBytes(), last, values);
    }

    /** One copy of the index: the shard leaders' index sizes, as the collection status reports them. */
    private long indexBytes() throws IOException {
        NamedList<Object> status = calls.status();
        double gb = 0;
        if (at(status, calls.collection(), "shards") instanceof NamedList<?> shards) {
            for (var shard : shards) {
                if (at(shard.getValue(), "leader", "segInfos", "info", "core", "sizeInGB") instanceof Number n) {
                    gb += n.doubleValue();
                }
            }
        }
        return Math.round(gb * (1L << 30));
    }

    /** The value at a path of names in nested named lists (or maps), or null. */
    private static Object at(Object tree, String... path) {
        Object node = tree;
        for (String name : path) {
            if (node instanceof NamedList<?> list) node = list.get(name);
            else if (node instanceof Map<?, ?> map) node = map.get(name);
            else return null;
        }
        return node;
    }
}
