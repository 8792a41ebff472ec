package news.dispatch.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.dispatch.SharedData;
import news.dispatch.web.TestServer;

/**
 * The indexer killed with SIGKILL in the middle of a run over real Reuters articles (a bounded part of
 * ../shared/data, so the test stays short): the index still opens, the server serves the last commit, and indexing
 * again ends with every article present exactly once. A killed {@code --rebuild} leaves the old index in use.
 */
class IndexerCrashTest {
    static final Duration LIMIT = Duration.ofMinutes(4);

    @TempDir
    Path dir;

    /** Lines {@code from}..{@code to} (1-based, inclusive) of the Reuters JSON Lines file, as a corpus of its own. */
    Path reutersPart(String name, int from, int to) throws IOException {
        Path reuters = SharedData.require("data/reuters21578/reuters.jsonl");
        Path part = Files.createDirectories(dir.resolve(name)).resolve("reuters.jsonl");
        try (Stream<String> lines = Files.lines(reuters)) {
            Files.write(part, lines.skip(from - 1).limit(to - from + 1).toList());
        }
        return part.getParent();
    }

    static ChildJvm index(Path corpus, Path index, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("index", "--corpus", corpus.toString(), "--index",
                index.toString(), "--threads", "2", "--commit-every", "1"));
        args.addAll(List.of(more));
        return ChildJvm.start(args.toArray(String[]::new));
    }

    static void assertEachArticleOnce(Path index, List<String> expected) {
        List<String> ids = IndexedIds.inIndex(index);
        assertEquals(ids.size(), new HashSet<>(ids).size(), "an article is in the index twice");
        assertEquals(new HashSet<>(expected), new HashSet<>(ids));
    }

    @Test
    void aKilledIndexerLeavesTheLastCommitServedAndTheNextRunCompletesIt() throws Exception {
        Path corpus = reutersPart("corpus", 1, 1500);
        List<String> expected = IndexedIds.inCorpus(corpus);
        Path index = dir.resolve("index");
        int committed;
        try (ChildJvm run = index(corpus, index)) {
            committed = awaitFirstCommit(run, index);
            assertTrue(run.isAlive(), "the run ended before it could be killed: " + run.stderr());
            run.kill();
        }
        committed = IndexedIds.committed(index);
        assertTrue(committed > 0 && committed < expected.size(), "committed " + committed + " of " + expected.size());

        try (TestServer server = TestServer.serve(index)) {
            assertEquals(committed, server.json("/api/search").get("total").asInt());
            assertEquals(committed, server.json("/api/stats").get("articles").asInt());
        }

        try (ChildJvm again = ChildJvm.awaitEnd(index(corpus, index), LIMIT)) {
            assertEquals(0, again.exitCode(), again.stderr());
            assertTrue(again.stderr().contains("unchanged"), again.stderr());
        }
        assertEachArticleOnce(index, expected);
    }

    @Test
    void aKilledRebuildLeavesTheOldIndexInUseUntilARebuildCompletes() throws Exception {
        Path oldCorpus = reutersPart("old", 1, 60);
        // Large enough that a fast machine is still rebuilding while the test looks at the old index.
        Path newCorpus = reutersPart("new", 1001, 3000);
        Path index = dir.resolve("index");
        try (ChildJvm first = ChildJvm.awaitEnd(index(oldCorpus, index), LIMIT)) {
            assertEquals(0, first.exitCode(), first.stderr());
        }
        List<String> oldIds = IndexedIds.inCorpus(oldCorpus);
        assertEachArticleOnce(index, oldIds);

        try (TestServer server = TestServer.serve(index)) {
            try (ChildJvm rebuild = index(newCorpus, index, "--rebuild")) {
                // The rebuild announces itself before it reads the first article; 2,000 articles through the entity
                // model take many seconds, so the checks below run while it works (no sleep: a condition).
                assertTrue(rebuild.awaitStderr("(rebuild)", LIMIT), rebuild.stderr());
                // Mid-rebuild, readers old and new see the old index whole.
                server.searcher().maybeRefresh();
                assertEquals(oldIds.size(), server.json("/api/search").get("total").asInt());
                assertEquals(oldIds.size(), IndexedIds.committed(index));
                assertTrue(rebuild.isAlive(), "the rebuild ended before it could be killed: " + rebuild.stderr());
                rebuild.kill();
            }
            server.searcher().maybeRefresh();
            assertEquals(oldIds.size(), server.json("/api/search").get("total").asInt());
            assertEachArticleOnce(index, oldIds);

            try (ChildJvm rebuild = ChildJvm.awaitEnd(index(newCorpus, index, "--rebuild"), LIMIT)) {
                assertEquals(0, rebuild.exitCode(), rebuild.stderr());
            }
            List<String> newIds = IndexedIds.inCorpus(newCorpus);
            assertEachArticleOnce(index, newIds);
            server.searcher().maybeRefresh();
            assertEquals(newIds.size(), server.json("/api/search").get("total").asInt());
        }
    }

    /** Waits until the running indexer's first commit holds articles; returns how many. */
    static int awaitFirstCommit(ChildJvm run, Path index) throws InterruptedException {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (System.nanoTime() < deadline && run.isAlive()) {
            int committed = IndexedIds.committed(index);
            if (committed > 0) return committed;
            Thread.sleep(100);
        }
        throw new AssertionError("no commit appeared while the indexer ran: " + run.stderr());
    }
}
