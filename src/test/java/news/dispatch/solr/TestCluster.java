package news.dispatch.solr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real 2-node SolrCloud with its own ZooKeeper, in a child JVM started from the solr-cluster module (Solr 9 brings
 * Lucene 9, which cannot share this JVM's classpath). {@code ./dispatch test} builds that module and names its
 * classpath file in the system property {@code dispatch.solr.cluster}; without it the cluster tests are skipped.
 * One cluster per test JVM, shared by the cluster test classes; it goes when the JVM exits (its stdin closes).
 */
public final class TestCluster {
    static final String PROPERTY = "dispatch.solr.cluster";
    private static TestCluster shared;

    private final Process process;
    private final Writer commands;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final String zk;
    private final List<String> nodes = new ArrayList<>();
    private final Path log;
    /** The cluster's folder (ZooKeeper and Solr data, its log), deleted once the cluster has stopped. */
    private final Path dir;
    private final java.util.Set<Integer> stopped = new java.util.HashSet<>();

    private TestCluster(Process process, Path log, Path dir) throws IOException, InterruptedException {
        this.process = process;
        this.log = log;
        this.dir = dir;
        this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) lines.add(line);
            } catch (IOException ignored) {
                // The cluster is gone; waiters time out with its log.
            }
        }, "test-cluster-stdout");
        reader.setDaemon(true);
        reader.start();
        String zkAddress = null;
        for (String line = expect(""); !line.equals("ready"); line = expect("")) {
            if (line.startsWith("zk ")) zkAddress = line.substring(3).strip();
            if (line.startsWith("node ")) nodes.add(line.split(" ")[2]);
        }
        this.zk = zkAddress;
    }

    /** Whether the cluster module was built (./dispatch test builds it). */
    public static boolean available() {
        String file = System.getProperty(PROPERTY);
        return file != null && Files.isRegularFile(Path.of(file));
    }

    public static String skipReason() {
        return "no test cluster: build it with ./dispatch test (or ./mvnw -f solr-cluster/pom.xml compile) and pass "
                + "-D" + PROPERTY + "=solr-cluster/target/classpath.txt";
    }

    public static synchronized TestCluster shared() {
        if (shared == null) {
            try {
                shared = start(2);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            TestCluster cluster = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(cluster::stop));
        }
        return shared;
    }

    static TestCluster start(int nodes) throws IOException, InterruptedException {
        Path cpFile = Path.of(System.getProperty(PROPERTY));
        Path module = cpFile.getParent();
        String classpath = module.resolve("classes") + java.io.File.pathSeparator + Files.readString(cpFile).strip();
        Path dir = Files.createTempDirectory("dispatch-test-cluster");
        Path log = dir.resolve("cluster.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx768m", "-XX:+UseSerialGC", "-cp", classpath,
                "news.dispatch.cluster.TestCluster", String.valueOf(nodes), dir.resolve("solr").toString())
                .redirectError(log.toFile())
                .start();
        return new TestCluster(p, log, dir);
    }

    /** The ZooKeeper address with the chroot, as --solr takes it. */
    public String zk() {
        return zk;
    }

    public SolrTarget target(String collection) {
        return SolrTarget.parse(zk, collection);
    }

    public List<String> nodes() {
        return List.copyOf(nodes);
    }

    /** Stops node {@code n} and waits until it is down. */
    public synchronized void stopNode(int n) {
        if (stopped.add(n)) command("stop " + n, "stopped " + n);
    }

    /** Starts node {@code n} again on its old port and waits until it has joined the cluster. */
    public synchronized void startNode(int n) {
        if (stopped.remove(n)) command("start " + n, "started " + n);
    }

    private synchronized void command(String command, String answer) {
        try {
            commands.write(command + "\n");
            commands.flush();
            String line;
            do {
                line = expect(command);
                if (line.startsWith("error")) throw new IllegalStateException("the test cluster said: " + line);
            } while (!line.startsWith(answer));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The next protocol line, waiting at most two minutes (a cold start on a busy 2-core machine). */
    private String expect(String what) throws InterruptedException, IOException {
        while (true) {
            String line = lines.poll(120, TimeUnit.SECONDS);
            if (line == null) {
                throw new IllegalStateException("the test cluster did not answer " + (what.isEmpty() ? "at start" : what)
                        + " within 120 s (alive: " + process.isAlive() + "); the end of its log " + log + ":\n"
                        + logTail());
            }
            // Its logging framework may print a status line on stdout; protocol lines are ours.
            if (line.matches("(zk|node|ready|stopped|started|error|bye)\\b.*")) return line;
        }
    }

    /** The last lines of the cluster's log, for a failure message: the folder is deleted when the JVM exits. */
    private String logTail() {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - 40), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    void stop() {
        try {
            commands.close();
        } catch (IOException ignored) {
            // Closing stdin is the stop signal; if that fails the process is killed below.
        }
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        // Not a TempTrees folder: those go in an exit hook that may run while the cluster still writes here.
        try {
            news.dispatch.TempTrees.delete(dir);
        } catch (IOException | java.io.UncheckedIOException e) {
            // Best effort: a file still held by a dying process stays in the temporary folder.
        }
    }
}
