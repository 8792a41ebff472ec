package news.dispatch.reliability;

import news.dispatch.TempTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real {@code dispatch} command line in a child JVM (this test's java and classpath), as a user runs it: its
 * exit code and what it printed can be checked, and it can be killed like a crashed process.
 */
final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private ChildJvm(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Starts {@code dispatch ARGS…}; output goes to files so a chatty child never blocks on a full pipe. */
    static ChildJvm start(String... args) {
        return start(List.of(), args);
    }

    /**
     * Starts {@code dispatch ARGS…} without the power to ignore file permissions: root (as tests often run) keeps
     * its identity but loses CAP_DAC_OVERRIDE, so a read-only folder is read-only for it too. Skips the calling test
     * when that cannot be arranged.
     */
    static ChildJvm startObeyingPermissions(String... args) {
        if (!"root".equals(System.getProperty("user.name"))) return start(args);
        Path setpriv = Path.of("/usr/bin/setpriv");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(setpriv),
                "running as root without setpriv: file permissions cannot be made to apply");
        return start(List.of(setpriv.toString(), "--bounding-set=-dac_override,-dac_read_search", "--"), args);
    }

    /** Starts {@code dispatch ARGS…} with a maximum heap of {@code maxHeap} (e.g. "32m"): memory bounds as tests. */
    static ChildJvm startWithHeap(String maxHeap, String... args) {
        // The last -Xmx on the command line wins.
        return start(List.of(), null, List.of("-Xmx" + maxHeap), args);
    }

    private static ChildJvm start(List<String> prefix, String... args) {
        return start(prefix, null, List.of(), args);
    }

    /**
     * Runs {@code dispatch ARGS…} to its end in the folder {@code workingDir}, with extra JVM options (such as the
     * launcher's {@code -Ddispatch.home}); the class path is absolute, so the child finds its classes from anywhere.
     */
    static ChildJvm runIn(Path workingDir, List<String> jvmOptions, Duration limit, String... args)
            throws InterruptedException {
        return awaitEnd(start(List.of(), workingDir, jvmOptions, args), limit);
    }

    private static ChildJvm start(List<String> prefix, Path workingDir, List<String> jvmOptions, String... args) {
        try {
            List<String> command = new ArrayList<>(prefix);
            command.add(ProcessHandle.current().info().command().orElse("java"));
            command.addAll(List.of("-Xmx768m", "-XX:+UseSerialGC", "--enable-native-access=ALL-UNNAMED"));
            command.addAll(jvmOptions);
            String classPath = String.join(java.io.File.pathSeparator, java.util.Arrays.stream(
                    System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                    .map(e -> Path.of(e).toAbsolutePath().toString()).toList());
            command.addAll(List.of("-cp", classPath, "news.dispatch.cli.DispatchCommand"));
            command.addAll(List.of(args));
            Path out = TempTrees.file("dispatch-child", ".out");
            Path err = TempTrees.file("dispatch-child", ".err");
            ProcessBuilder builder = new ProcessBuilder(command);
            if (workingDir != null) builder.directory(workingDir.toFile());
            Process p = builder.redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            return new ChildJvm(p, out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code dispatch ARGS…} to its end (at most {@code limit}) and returns its exit code. */
    static ChildJvm run(Duration limit, String... args) throws InterruptedException {
        return awaitEnd(start(args), limit);
    }

    /** Waits for {@code child} to end (at most {@code limit}); kills it and fails past that. */
    static ChildJvm awaitEnd(ChildJvm child, Duration limit) throws InterruptedException {
        if (!child.process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            child.kill();
            throw new AssertionError("dispatch still ran after " + limit
                    + "; stderr: " + child.stderr());
        }
        return child;
    }

    int exitCode() {
        return process.exitValue();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hook, no finally block, exactly like a power cut for the process. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    String stdout() {
        return read(stdout);
    }

    String stderr() {
        return read(stderr);
    }

    /** Waits until stderr contains {@code text} or the child ends; true when it appeared. */
    boolean awaitStderr(String text, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (stderr().contains(text)) return true;
            if (!process.isAlive()) return stderr().contains(text);
            Thread.sleep(100);
        }
        return false;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A port nobody listens on right now. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException, IOException {
        if (process.isAlive()) kill();
        Files.deleteIfExists(stdout);
        Files.deleteIfExists(stderr);
    }
}
