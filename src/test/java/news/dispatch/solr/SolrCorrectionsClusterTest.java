package news.dispatch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import news.dispatch.TestIndexes;
import news.dispatch.cli.DispatchCommand;
import news.dispatch.entity.correction.EntityRule;
import news.dispatch.entity.correction.EntityRule.Action;
import news.dispatch.index.EntityResolution;
import news.dispatch.web.TestServer;
import picocli.CommandLine;

/**
 * Entity corrections on the 2-node cluster as the embedded index makes them ({@code EntityCorrectionsTest},
 * {@code CorrectionsApiTest}, {@code EntitiesCliTest}): rules kept with the collection, applied as articles are
 * indexed and retroactively by {@code entities … --solr}, undone, with a context; one name per person merged after
 * every run as embedded; and a correction made while a node is down, complete once it is back. Asserted over HTTP.
 */
class SolrCorrectionsClusterTest {
    private static final String MERKEL = article("merkel", "Merkel in Berlin", "Chancellor Angela Merkel spoke in Berlin on Monday.");
    private static final String MERKEL_AT_HOME = article("merkel-2", "Merkel at home", "Angela Merkel spoke in Berlin.");
    private static final String MACRON = article("macron", "Macron in Paris", "President Emmanuel Macron spoke in Paris on Monday.");
    private static final String PUTIN = article("putin", "Putin in Moscow", "President Vladimir Putin spoke in Moscow on Monday.");

    @TempDir
    Path dir;

    @BeforeAll
    static void needsTheCluster() {
        assumeTrue(TestCluster.available(), TestCluster.skipReason());
    }

    private static String article(String id, String title, String body) {
        return "{\"id\": \"" + id + "\", \"title\": \"" + title + "\", \"body\": \"" + body
                + "\", \"date\": \"2022-03-07T10:00:00Z\"}\n";
    }

    /** A new collection of two shards, one per node. */
    private static SolrTarget collection(String name) throws Exception {
        SolrTarget target = TestCluster.shared().target(name);
        SolrInit.run(target, 2, 1, System.err);
        return target;
    }

    /** The articles as a JSON-lines corpus, indexed into the collection (the entity step runs at the end). */
    private Path index(SolrTarget target, String file, String... articles) {
        Path corpus = TestIndexes.write(dir.resolve("corpus"), file, String.join("", articles)).getParent();
        ClusterSeeds.index(target, List.of(corpus), Part.ALL);
        return corpus;
    }

    /** {@code dispatch entities ARGS --solr ZK --collection NAME}, as a user types it; its exit code. */
    private static int entities(SolrTarget target, String... args) {
        List<String> all = new ArrayList<>(List.of("entities"));
        all.addAll(List.of(args));
        all.addAll(List.of("--solr", target.zkAddress(), "--collection", target.collection()));
        return new CommandLine(new DispatchCommand()).execute(all.toArray(String[]::new));
    }

    /** The collection behind a real server; a generous time budget: what is checked is the names, on a loaded machine. */
    private static TestServer serve(SolrTarget target) {
        return TestServer.over(SolrSearcher.open(target, java.time.Duration.ofSeconds(60)));
    }

    /** value → count of the persons facet of a search (every mention). */
    private static Map<String, String> persons(TestServer server, String query) throws Exception {
        return BothBackends.counts(server.json("/api/search?mentions=all&q=" + query).at("/facets/persons"));
    }

    @Test
    void aRuleSavedBeforeIndexingIsAppliedAsArticlesAreIndexedAndTheArticleSaysWhichRule() throws Exception {
        SolrTarget target = collection("corrections-before");
        assertEquals(0, entities(target, "block", "--kind", "country", "Mars"));
        assertEquals(0, entities(target, "merge", "Angela Merkel", "Angela Dorothea Merkel"));
        index(target, "news.jsonl", MERKEL, MACRON);
        try (TestServer server = serve(target)) {
            JsonNode a = server.json("/api/articles/merkel");
            assertEquals("Angela Dorothea Merkel", a.at("/persons/0/name").asText());
            JsonNode c = a.at("/corrections/0");
            assertEquals("Angela Dorothea Merkel", c.get("name").asText());
            assertEquals("Angela Merkel", c.get("from").asText());
            assertEquals(2, c.get("rule").asInt());
            assertEquals("merged from 'Angela Merkel' by rule 2", c.get("note").asText());
            assertEquals(0, server.json("/api/articles/macron").get("corrections").size());
        }
    }

    @Test
    void aRuleAppliedRetroactivelyRewritesOnlyTheArticlesItChanges() throws Exception {
        SolrTarget target = collection("corrections-block");
        index(target, "news.jsonl", MERKEL, MACRON, PUTIN);
        EntityResolution.Result result;
        try (CloudSolrClient client = SolrClients.open(target)) {
            new SolrEntityRules(client, target.collection()).update(rules -> {
                rules.add(new EntityRule(Action.BLOCK, "person", "Emmanuel Macron", null));
                return rules;
            });
            result = new SolrEntityResolution(client, target.collection(), Retry.standard(System.err::println))
                    .applyAndCommit();
        }
        assertEquals(List.of("macron"), result.rewritten());
        try (TestServer server = serve(target)) {
            assertFalse(persons(server, "spoke").containsKey("Emmanuel Macron"), persons(server, "spoke").toString());
            assertEquals(0, server.json("/api/articles/macron").get("persons").size());
            assertEquals("blocked person 'Emmanuel Macron' by rule 1",
                    server.json("/api/articles/macron").at("/corrections/0/note").asText());
            // Still found by its words: the article was rewritten whole, its text searchable as before.
            assertEquals(1, server.json("/api/search?q=Paris").get("total").asInt());
        }
    }

    @Test
    void aRenameReachesSearchesAndUndoingItRestoresTheNamesAsExtracted() throws Exception {
        SolrTarget target = collection("corrections-rename");
        index(target, "news.jsonl", MERKEL, PUTIN);
        try (TestServer server = serve(target)) {
            Map<String, String> original = persons(server, "spoke");
            assertEquals(0, entities(target, "rename", "Vladimir Putin", "Vladimir Vladimirovich Putin"));
            assertEquals(1, server.json("/api/search?mentions=all&person=" + java.net.URLEncoder.encode("Vladimir Vladimirovich Putin",
                    java.nio.charset.StandardCharsets.UTF_8)).get("total").asInt());
            assertFalse(persons(server, "spoke").containsKey("Vladimir Putin"));
            assertEquals(0, entities(target, "undo"));
            assertEquals(original, persons(server, "spoke"));
            assertEquals(0, server.json("/api/articles/putin").get("corrections").size());
        }
    }

    @Test
    void aRuleWithAContextChangesOnlyTheArticlesWithThoseWordsAroundTheMention() throws Exception {
        SolrTarget target = collection("corrections-context");
        index(target, "news.jsonl", MERKEL, MERKEL_AT_HOME);
        try (TestServer server = serve(target)) {
            assertEquals("2 selected=false excluded=false", persons(server, "Berlin").get("Angela Merkel"));
            assertEquals(0, entities(target, "block", "--context", "Chancellor", "Angela Merkel"));
            assertEquals("1 selected=false excluded=false", persons(server, "Berlin").get("Angela Merkel"));
            assertEquals(0, server.json("/api/articles/merkel").get("persons").size());
            assertEquals("Angela Merkel", server.json("/api/articles/merkel-2").at("/persons/0/name").asText());
        }
    }

    @Test
    void oneNamePerPersonIsMergedAfterEveryRunAsTheEmbeddedIndexMergesIt() throws Exception {
        SolrTarget target = collection("corrections-automatic");
        String junior = article("tanner-1", "Tanner testifies", "Mayor Robert Tanner Jr. testified before the committee on Monday.");
        String plain = article("tanner-2", "Tanner resigns", "Mayor Robert Tanner resigned on Friday, his office said.");
        index(target, "first.jsonl", junior);
        // The second run's article names the person without the suffix: the first run's article is merged retroactively.
        Path corpus = index(target, "second.jsonl", plain);
        try (TestServer cluster = serve(target);
             TestServer embedded = TestServer.start(corpus)) {
            Map<String, String> merged = persons(cluster, "Tanner");
            assertEquals(Map.of("Robert Tanner", "2 selected=false excluded=false"), merged);
            assertEquals(persons(embedded, "Tanner"), merged);
            assertEquals("merged from 'Robert Tanner Jr' (same person: automatic)",
                    cluster.json("/api/articles/tanner-1").at("/corrections/0/note").asText());
        }
    }

    @Test
    void aCorrectionMadeWhileANodeIsDownLosesNothingOnceItIsBack() throws Exception {
        SolrTarget target = collection("corrections-faults");
        List<String> articles = new ArrayList<>();
        // Enough articles that both shards hold some of them.
        for (int i = 0; i < 12; i++) {
            articles.add(article("merkel-" + i, "Merkel in Berlin " + i, "Chancellor Angela Merkel spoke in Berlin on day " + i + "."));
        }
        index(target, "news.jsonl", articles.toArray(String[]::new));
        TestCluster cluster = TestCluster.shared();
        try (TestServer server = serve(target);
             CloudSolrClient client = SolrClients.open(target)) {
            assertEquals("12 selected=false excluded=false", persons(server, "Berlin").get("Angela Merkel"));
            cluster.stopNode(1);
            CompletableFuture<Integer> blocking;
            try {
                blocking = CompletableFuture.supplyAsync(() -> entities(target, "block", "Angela Merkel"));
                // The rule is kept in ZooKeeper at once; applying it waits for the missing shard.
                SolrEntityRules rules = new SolrEntityRules(client, target.collection());
                long deadline = System.nanoTime() + 60_000_000_000L;
                while (rules.read().isEmpty() && System.nanoTime() < deadline) Thread.sleep(100);
                assertEquals(1, rules.read().size(), "the rule was saved while the node was down");
            } finally {
                cluster.startNode(1);
            }
            assertEquals(0, blocking.get());
            JsonNode all = SolrClusterTest.awaitComplete(server, "/api/search?mentions=all&q=Berlin");
            assertEquals(12, all.get("total").asInt(), "every article is still there");
            assertEquals(Map.of(), BothBackends.counts(all.at("/facets/persons")), "every article was corrected");
        }
    }
}
