package news.dispatch.solr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import news.dispatch.TestIndexes;
import news.dispatch.web.TestServer;

/**
 * One small corpus indexed into the embedded index and into a collection of the shared 2-node cluster, each behind
 * a real server: what the parity tests ask both of, and the readings of an answer they compare.
 */
record BothBackends(TestServer embedded, TestServer cluster, SolrTarget target, Path corpus) implements AutoCloseable {
    /**
     * {@code dir}: a folder for the corpus (the test's own); {@code jsonl}: the corpus as JSON Lines;
     * {@code collection}: the cluster collection's name.
     */
    static BothBackends over(Path dir, String collection, String jsonl) throws Exception {
        Path corpus = TestIndexes.write(dir.resolve("corpus"), "news.jsonl", jsonl).getParent();
        TestServer embedded = TestServer.start(corpus);
        SolrTarget target = TestCluster.shared().target(collection);
        SolrInit.run(target, 2, 1, System.err);
        ClusterSeeds.index(target, List.of(corpus), Part.ALL);
        return new BothBackends(embedded, TestServer.over(SolrSearcher.open(target)), target, corpus);
    }

    @Override
    public void close() throws Exception {
        embedded.close();
        cluster.close();
    }

    /** The hits' ids, in order. */
    static List<String> ids(JsonNode response) {
        List<String> ids = new ArrayList<>();
        response.get("hits").forEach(h -> ids.add(h.get("id").asText()));
        return ids;
    }

    /** value → count, selected, excluded: what a reader of the facet sees, in no particular order. */
    static Map<String, String> counts(JsonNode values) {
        Map<String, String> m = new TreeMap<>();
        values.forEach(v -> m.put(v.get("value").asText(), v.get("count").asInt() + " selected="
                + v.path("selected").asBoolean() + " excluded=" + v.path("excluded").asBoolean()));
        return m;
    }
}
