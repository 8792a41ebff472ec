package news.dispatch.measure.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One search path in a JVM of its own ({@link LaneWorker}), asked block by block by the interleaved bench.
 *
 * <p>Why (issue 29): in one JVM the six paths share Lucene's code, and each path's types (queries, scorers,
 * collectors) pollute the profiles the JIT compiler built for another's; compiled code is thrown away and rebuilt in
 * bursts while the paths take turns (JFR: hundreds of deoptimizations a run, most of them failed type checks in
 * Lucene code the paths share), and the compiler never settled at one client. A server runs one of them, so the
 * bench gives each its own JVM, as JMH forks a JVM per benchmark; the blocks still alternate, so drift and the
 * neighbours' load fall on every path alike, and only one JVM works at a time.
 */
final class LaneProcess implements AutoCloseable {
    private final SearchPath path;
    private final Process process;
    private final PrintStream commands;
    private final BufferedReader answers;
    private int warmUpRounds;
    private double jitShare;

    private LaneProcess(SearchPath path, Process process) {
        this.path = path;
        this.process = process;
        this.commands = new PrintStream(process.getOutputStream(), false, StandardCharsets.UTF_8);
        this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /**
     * The environment variable whose options (split at spaces) are given to every path's JVM after this JVM's own,
     * with {@code {path}} replaced by the path's name: what a log file per path needs, e.g.
     * {@code -Xlog:jit+compilation=debug:file=/tmp/jit-{path}.log:uptime}. The workers' standard output is their
     * conversation with the bench, so an option printing there (-XX:+PrintCompilation) must write to a file instead.
     */
    static final String EXTRA_OPTIONS = "BENCH_LANE_JAVA_OPTS";

    /** Starts the path's JVM with this JVM's options and class path, and waits until it has warmed up. */
    static LaneProcess start(SearchPath path, Path index, Path queries, int warmUpRounds)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions());
        command.addAll(extraOptions(System.getenv(EXTRA_OPTIONS), path));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), LaneWorker.class.getName(), path.name(),
                index.toString(), queries.toString(), Integer.toString(warmUpRounds)));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        LaneProcess lane = new LaneProcess(path, process);
        String first = lane.answers.readLine();
        if (first == null || !first.startsWith("ready ")) {
            lane.close();
            throw new IOException("the JVM for '" + path.label + "' did not start (it said: " + first + ")");
        }
        String[] settled = first.split(" ");
        lane.warmUpRounds = Integer.parseInt(settled[1]);
        lane.jitShare = Double.parseDouble(settled[2]);
        return lane;
    }

    /**
     * This JVM's options but those that write files or attach tools (a shared archive, logs, a flight recording, a
     * debugger): N JVMs must not write one file.
     */
    static List<String> jvmOptions() {
        List<String> kept = new ArrayList<>();
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            boolean writes = option.startsWith("-XX:SharedArchiveFile") || option.contains("AutoCreateSharedArchive")
                    || option.startsWith("-Xlog") || option.contains("FlightRecord")
                    || option.startsWith("-agentlib") || option.startsWith("-javaagent") || option.startsWith("-Xrun");
            if (!writes) kept.add(option);
        }
        return kept;
    }

    /** The options of {@link #EXTRA_OPTIONS}'s value for one path's JVM (none if it is unset or blank). */
    static List<String> extraOptions(String value, SearchPath path) {
        if (value == null || value.isBlank()) return List.of();
        List<String> options = new ArrayList<>();
        for (String option : value.strip().split("\\s+")) options.add(option.replace("{path}", path.name()));
        return options;
    }

    /** How its warm-up alone ended, for the tables' notes. */
    String warmedUp() {
        return String.format("%s %d rounds, JIT %.1f %%", path.label, warmUpRounds, 100 * jitShare);
    }

    /** Blocks asked of this JVM by {@code clients} client threads there. */
    BlockRun.Asker open(int clients, boolean threadCpu) {
        return new BlockRun.Asker() {
            @Override
            public BlockRun ask(int start, int end) throws IOException {
                commands.printf("ask %d %d %d %d%n", clients, threadCpu ? 1 : 0, start, end);
                commands.flush();
                String line = answers.readLine();
                if (line == null) throw new IOException("the JVM for '" + path.label + "' stopped");
                return LaneWorker.decode(line);
            }

            @Override
            public void close() {
                // the worker keeps its client threads for the next measurement at this count
            }
        };
    }

    @Override
    public void close() throws InterruptedException {
        commands.println("quit");
        commands.flush();
        commands.close();
        if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
    }
}
