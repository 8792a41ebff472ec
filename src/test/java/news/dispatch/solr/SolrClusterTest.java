package news.dispatch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import news.dispatch.TestIndexes;
import news.dispatch.index.IndexSummary;
import news.dispatch.search.SearchRequest;
import news.dispatch.web.TestServer;

/**
 * Indexing into and serving from the shared 2-node test cluster: parts and re-runs, and what a node going down and
 * coming back does to answers and to indexing. Real nodes, real ZooKeeper, real HTTP.
 */
class SolrClusterTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void needsTheCluster() {
        assumeTrue(TestCluster.available(), TestCluster.skipReason());
    }

    /** {@code n} small articles in one JSON-lines file. */
    private Path corpus(String name, int n, String word) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < n; i++) {
            lines.append("{\"id\":\"").append(name).append('-').append(i).append("\",\"title\":\"Talks in Geneva ")
                    .append(i).append("\",\"body\":\"Negotiators met again on day ").append(i).append(" to discuss ")
                    .append(word).append(".\",\"date\":\"2022-12-0").append(1 + i % 9).append("\"}\n");
        }
        return TestIndexes.write(dir.resolve(name), name + ".jsonl", lines.toString()).getParent();
    }

    @Test
    void partsShareTheCorpusAndReRunsRewriteNothing() throws Exception {
        TestCluster cluster = TestCluster.shared();
        SolrTarget target = cluster.target("parts");
        SolrInit.run(target, 2, 1, System.err);
        Path corpus = corpus("parts", 12, "grain");

        IndexSummary first = ClusterSeeds.index(target, List.of(corpus), new Part(1, 2));
        IndexSummary second = ClusterSeeds.index(target, List.of(corpus), new Part(2, 2));
        assertEquals(12, first.added() + second.added(), "the two parts together take every article once");
        assertTrue(first.added() > 0 && second.added() > 0, "both parts took a share: " + first + " / " + second);

        IndexSummary again = ClusterSeeds.index(target, List.of(corpus), new Part(1, 2));
        assertEquals(0, again.added() + again.updated(), "an unchanged part is not resent: " + again);
        assertEquals(first.added(), again.unchanged());

        // A changed article is rewritten; the other part's articles are not this part's to remove.
        Files.writeString(corpus.resolve("parts.jsonl"), Files.readString(corpus.resolve("parts.jsonl"))
                .replace("grain", "wheat"));
        IndexSummary changed = ClusterSeeds.index(target, List.of(corpus), Part.ALL);
        assertEquals(12, changed.updated());
        assertEquals(0, changed.removed());

        try (SolrSearcher searcher = SolrSearcher.open(target)) {
            assertEquals(12, searcher.search(SearchRequest.of("wheat")).total());
            assertEquals(0, searcher.search(SearchRequest.of("grain")).total());
            assertEquals(12, searcher.stats().articles());
        }
    }

    @Test
    void aNodeDownMakesAnswersPartialAndIndexingWaitsForItsReturn() throws Exception {
        TestCluster cluster = TestCluster.shared();
        SolrTarget target = cluster.target("faults");
        SolrInit.run(target, 2, 1, System.err);
        ClusterSeeds.index(target, List.of(corpus("faults", 20, "ceasefire")), Part.ALL);
        try (TestServer server = TestServer.over(SolrSearcher.open(target))) {
            JsonNode whole = server.json("/api/search?q=ceasefire");
            assertEquals(20, whole.get("total").asInt());
            assertFalse(whole.get("partial").asBoolean());

            cluster.stopNode(1);
            try {
                // One shard's only replica is gone: the other shard still answers, and the answer says it is partial.
                JsonNode half = server.json("/api/search?q=ceasefire");
                assertTrue(half.get("partial").asBoolean(), half.toString());
                assertTrue(half.get("total").asInt() < 20, half.toString());

                // Indexing meanwhile keeps retrying the batches of the missing shard until the node is back.
                CompletableFuture<IndexSummary> indexing = CompletableFuture.supplyAsync(
                        () -> ClusterSeeds.index(target, List.of(corpus("more", 20, "ceasefire")), Part.ALL));
                cluster.startNode(1);
                IndexSummary more = indexing.get();
                assertEquals(20, more.added(), more.toString());
            } finally {
                cluster.startNode(1);
            }
            JsonNode all = awaitComplete(server, "/api/search?q=ceasefire");
            assertEquals(40, all.get("total").asInt(), "nothing acknowledged was lost");
        }
    }

    @Test
    void aCollectionWithNoLiveReplicaIsA503NeverAHangOrA500() throws Exception {
        TestCluster cluster = TestCluster.shared();
        SolrTarget target = cluster.target("lonely");
        SolrInit.run(target, 1, 1, System.err);
        ClusterSeeds.index(target, List.of(corpus("lonely", 3, "truce")), Part.ALL);
        int node;
        try (var client = SolrClients.open(target)) {
            String host = client.getClusterState().getCollection("lonely").getReplicas().getFirst().getBaseUrl();
            node = cluster.nodes().indexOf(host);
        }
        assertTrue(node >= 0, "the replica is on a node of the cluster");
        try (TestServer server = TestServer.over(SolrSearcher.open(target))) {
            assertEquals(3, server.json("/api/search?q=truce").get("total").asInt());
            cluster.stopNode(node);
            try {
                for (String path : List.of("/api/search?q=truce", "/api/articles/lonely-1", "/api/stats")) {
                    var response = server.get(path);
                    assertEquals(503, response.statusCode(), path + ": " + response.body());
                    JsonNode error = TestServer.parse(response.body());
                    assertEquals("unavailable", error.get("error").asText());
                    assertFalse(error.get("message").asText().contains("\tat "), error.toString());
                }
            } finally {
                cluster.startNode(node);
            }
            assertEquals(3, awaitComplete(server, "/api/search?q=truce").get("total").asInt());
        }
    }

    /** Asks until the answer is complete again: a restarted replica takes a moment to become active. */
    static JsonNode awaitComplete(TestServer server, String path) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            var response = server.get(path);
            if (response.statusCode() == 200) {
                JsonNode r = TestServer.parse(response.body());
                if (!r.get("partial").asBoolean()) return r;
            }
            if (System.nanoTime() > deadline) throw new AssertionError("still partial after 60 s: " + response.body());
            Thread.sleep(200);
        }
    }
}
