package news.dispatch.measure.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The real server as a user starts it ({@code java -jar dispatch.jar serve --index …}), in its own JVM, timed from
 * the launch to its first answered search.
 */
final class ServerLaunch implements AutoCloseable {
    private static final Duration GIVE_UP = Duration.ofSeconds(120);
    /** The flags the {@code ./dispatch} launcher passes. */
    private static final List<String> LAUNCHER_FLAGS = List.of("--enable-native-access=ALL-UNNAMED",
            "-XX:+UseParallelGC");

    private final Process process;
    private final Path log;
    private final HttpSearchClient client;
    private final double readySeconds;
    private final double cpuSeconds;

    private ServerLaunch(Process process, Path log, HttpSearchClient client, double readySeconds) {
        this.process = process;
        this.log = log;
        this.client = client;
        this.readySeconds = readySeconds;
        // CPU time says what start-up costs even when other programs slow the wall clock down.
        this.cpuSeconds = process.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
    }

    /** Starts the server with extra JVM flags and waits until {@code /api/search?q=oil} answers 200. */
    static ServerLaunch start(Path jar, Path index, List<String> jvmFlags) throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(LAUNCHER_FLAGS);
        command.addAll(jvmFlags);
        command.addAll(List.of("-jar", jar.toString(), "serve", "--index", index.toString(), "--port",
                String.valueOf(port)));
        Path log = Files.createTempFile("dispatch-bench-server", ".log");
        HttpSearchClient client = new HttpSearchClient(port);
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        while (System.nanoTime() - started < GIVE_UP.toNanos()) {
            if (!process.isAlive()) {
                throw new IOException("the server exited with " + process.exitValue() + ": " + Files.readString(log));
            }
            try {
                if (client.get("/api/search?q=oil", Duration.ofSeconds(5)).statusCode() == 200) {
                    return new ServerLaunch(process, log, client, (System.nanoTime() - started) / 1e9);
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(10);
        }
        process.destroyForcibly();
        throw new IOException("the server did not answer within " + GIVE_UP.toSeconds() + " s: "
                + Files.readString(log));
    }

    double readySeconds() {
        return readySeconds;
    }

    /** CPU time the server's JVM used until it was ready (all its threads). */
    double cpuSeconds() {
        return cpuSeconds;
    }

    HttpSearchClient client() {
        return client;
    }

    boolean alive() {
        return process.isAlive();
    }

    /** What the server printed, for a failed run. */
    String log() throws IOException {
        return Files.readString(log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        client.close();
        process.destroy();
        // A training launch writes its AOT cache on the way out, which takes a few seconds.
        if (!process.waitFor(90, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
        Files.deleteIfExists(log);
    }
}
