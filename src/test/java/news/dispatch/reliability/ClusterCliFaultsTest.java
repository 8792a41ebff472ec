package news.dispatch.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The cluster commands when the cluster is not there: one sentence and exit code 1, no stack trace, no hang. */
class ClusterCliFaultsTest {
    @Test
    void servingFromAnUnreachableZooKeeperSaysSoAndExits1() throws Exception {
        int port = ChildJvm.freePort();
        try (ChildJvm child = ChildJvm.run(CliFaultsTest.LIMIT, "serve", "--solr", "127.0.0.1:" + port,
                "--collection", "news", "--port", "0")) {
            assertEquals(1, child.exitCode());
            String err = child.stderr();
            assertTrue(err.contains("dispatch: ZooKeeper at 127.0.0.1:" + port + " cannot be reached"), err);
            assertFalse(err.contains("\tat "), () -> "a stack trace reached the user:\n" + err);
        }
    }

    @Test
    void indexingIntoAClusterSaysWhichOptionsItIgnores(@org.junit.jupiter.api.io.TempDir java.nio.file.Path corpus)
            throws Exception {
        int port = ChildJvm.freePort();
        try (ChildJvm child = ChildJvm.run(CliFaultsTest.LIMIT, "index", "--solr", "127.0.0.1:" + port,
                "--collection", "news", "--corpus", corpus.toString(), "--rebuild", "--follow-links")) {
            assertEquals(1, child.exitCode());
            String err = child.stderr();
            assertTrue(err.contains("--rebuild is not available with --solr"), err);
            assertTrue(err.contains("--follow-links is not available with --solr"), err);
            // Corrections and automatic merges are applied on the cluster too: no note says otherwise.
            assertFalse(err.contains("not applied"), err);
        }
    }

    @Test
    void correctingEntitiesOnAnUnreachableClusterSaysSoAndExits1() throws Exception {
        int port = ChildJvm.freePort();
        try (ChildJvm child = ChildJvm.run(CliFaultsTest.LIMIT, "entities", "block", "Capitol Hill", "--solr",
                "127.0.0.1:" + port, "--collection", "news")) {
            assertEquals(1, child.exitCode());
            String err = child.stderr();
            assertTrue(err.contains("dispatch: ZooKeeper at 127.0.0.1:" + port + " cannot be reached"), err);
            assertFalse(err.contains("\tat "), () -> "a stack trace reached the user:\n" + err);
        }
    }

    @Test
    void aMalformedClusterAddressIsOneSentence() throws Exception {
        try (ChildJvm child = ChildJvm.run(CliFaultsTest.LIMIT, "solr", "init", "--solr", "no-port-here",
                "--collection", "news")) {
            assertEquals(1, child.exitCode());
            assertTrue(child.stderr().contains("--solr takes ZooKeeper addresses as host:port"), child.stderr());
        }
    }
}
