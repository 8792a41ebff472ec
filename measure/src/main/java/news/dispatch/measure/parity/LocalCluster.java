package news.dispatch.measure.parity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A 2-node SolrCloud with its own ZooKeeper on this machine, in a child JVM from the {@code solr-cluster/} module
 * (Solr 9 brings Lucene 9, which cannot share this JVM's classpath): what the cluster tests start. It prints
 * {@code zk ADDRESS} and {@code ready}; closing its stdin stops it.
 */
public final class LocalCluster implements AutoCloseable {
    private final Process process;
    private final String zk;

    private LocalCluster(Process process, String zk) {
        this.process = process;
        this.zk = zk;
    }

    /** Starts {@code nodes} nodes from the module whose classpath file is {@code classpathFile}; waits until ready. */
    public static LocalCluster start(Path classpathFile, int nodes) throws IOException {
        if (!Files.isRegularFile(classpathFile)) {
            throw new IllegalArgumentException("no " + classpathFile + ": build the cluster module first with "
                    + "./mvnw -q -f solr-cluster/pom.xml compile, or give a running cluster with --solr");
        }
        String classpath = classpathFile.toAbsolutePath().getParent().resolve("classes") + java.io.File.pathSeparator
                + Files.readString(classpathFile).strip();
        Path dir = Files.createTempDirectory("dispatch-parity-cluster");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx768m", "-XX:+UseSerialGC", "-cp", classpath,
                "news.dispatch.cluster.TestCluster", String.valueOf(nodes), dir.resolve("solr").toString())
                .redirectError(dir.resolve("cluster.log").toFile()).start();
        BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String zk = null;
        for (String line = in.readLine(); ; line = in.readLine()) {
            if (line == null) {
                throw new IOException("the cluster stopped before it was ready; see " + dir.resolve("cluster.log"));
            }
            if (line.startsWith("zk ")) zk = line.substring(3).strip();
            if (line.equals("ready")) break;
        }
        return new LocalCluster(p, zk);
    }

    /** The ZooKeeper address with its chroot, as {@code --solr} takes it. */
    public String zk() {
        return zk;
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() throws IOException {
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write("quit\n".getBytes(StandardCharsets.UTF_8));
        } catch (IOException gone) {
            // Already stopped.
        }
        try {
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) process.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
        }
    }
}
