package news.dispatch.cluster;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A throw-away SolrCloud of N nodes with an embedded ZooKeeper, run as a child process by Dispatch's tests and
 * benchmarks. It prints what a client needs on stdout, one fact a line:
 * <pre>
 *   zk 127.0.0.1:PORT/solr
 *   node 0 http://127.0.0.1:PORT/solr
 *   ready
 * </pre>
 * and takes commands on stdin: {@code stop N} (answers {@code stopped N}), {@code start N} (restarts node N on its
 * old port, answers {@code started N URL}), {@code quit}. End of input also shuts it down, so a test JVM that
 * dies takes its cluster with it.
 *
 * <p>Usage: {@code java -cp $(cat target/classpath.txt):target/classes news.dispatch.cluster.TestCluster NODES DIR}
 */
public final class TestCluster {
    private TestCluster() {
    }

    public static void main(String[] args) throws Exception {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("dispatch-solr-");
        Files.createDirectories(dir);
        // Solr's test framework checks these; a plain main does not set them.
        System.setProperty("solr.log.dir", dir.resolve("logs").toString());
        System.setProperty("zookeeper.admin.enableServer", "false");
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(nodes, dir)
                .withTraceIdGenerationDisabled()
                .withMetrics(false)
                .build();
        say("zk " + cluster.getZkServer().getZkAddress());
        // A copy: the cluster's own list forgets a stopped node.
        List<JettySolrRunner> runners = new ArrayList<>(cluster.getJettySolrRunners());
        for (int i = 0; i < runners.size(); i++) say("node " + i + " " + runners.get(i).getBaseUrl());
        say("ready");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                String[] words = line.strip().split("\\s+");
                try {
                    switch (words[0]) {
                        case "stop" -> {
                            JettySolrRunner node = runners.get(Integer.parseInt(words[1]));
                            cluster.stopJettySolrRunner(node);
                            cluster.waitForJettyToStop(node);
                            say("stopped " + words[1]);
                        }
                        case "start" -> {
                            JettySolrRunner node = runners.get(Integer.parseInt(words[1]));
                            cluster.startJettySolrRunner(node, true);
                            cluster.waitForNode(node, 60);
                            // Back means answering: every replica of every collection active again.
                            for (String c : cluster.getZkStateReader().getClusterState().getCollectionNames()) {
                                cluster.getZkStateReader().waitForState(c, 60, TimeUnit.SECONDS, (live, state) ->
                                        state != null && state.getReplicas().stream().allMatch(r -> r.isActive(live)));
                            }
                            say("started " + words[1] + " " + node.getBaseUrl());
                        }
                        case "quit" -> {
                            cluster.shutdown();
                            say("bye");
                            System.exit(0);
                        }
                        case "" -> { }
                        default -> say("error unknown command: " + line);
                    }
                } catch (Exception e) {
                    say("error " + e);
                }
            }
        }
        cluster.shutdown();
        System.exit(0);
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
