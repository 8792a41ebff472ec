package news.dispatch.measure.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import news.dispatch.measure.QueryMix;

/**
 * A JVM that runs one search path of the bench for {@link LaneProcess}: it opens the path, warms it up alone, says
 * {@code ready}, then asks each block it is told to ({@code ask CLIENTS TRACE START END}) from its own client threads
 * and answers with the block's figures on one line, until {@code quit}. Latencies and CPU are measured here, on the
 * clock of the JVM that does the work. Standard output carries only that conversation; anything else printed goes
 * to standard error.
 */
final class LaneWorker {
    private LaneWorker() {
    }

    /** Arguments: the path's name ({@link SearchPath}), the index, the query file, the warm-up rounds. */
    public static void main(String[] args) throws Exception {
        PrintStream answers = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        System.setOut(System.err);
        SearchPath path = SearchPath.valueOf(args[0]);
        QueryMix mix = QueryMix.read(Path.of(args[2]));
        Map<String, ClientThreads> clients = new HashMap<>();
        try (SearchPath.Opened opened = path.open(Path.of(args[1]), mix)) {
            String settled = settle(mix.requests().size(), opened.call(), Integer.parseInt(args[3]));
            // The JVM's CPU is counted from one answer to the next, not over the block alone: the compiler and
            // collector go on working on this path's behalf while the other paths' JVMs take their turns. Each
            // block's end snapshot is the next block's start, so every thread's schedstat is read once per block.
            ProcessCpu.Snapshot last = ProcessCpu.Snapshot.take();
            // Where warm-up alone ends in a log of this JVM (-Xlog's uptime and timenanos decorations), for
            // telling what the compiler does once the paths take turns from what it did before (issue 29).
            System.err.printf("bench: %s warmed up alone (%s) at uptime %.3f s, nanoTime %d%n", path.name(), settled,
                    ManagementFactory.getRuntimeMXBean().getUptime() / 1e3, System.nanoTime());
            answers.println("ready " + settled);
            answers.flush();
            BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line; (line = commands.readLine()) != null && !line.equals("quit"); ) {
                String[] w = line.split(" ");
                ClientThreads threads = clients.computeIfAbsent(w[1] + " " + w[2],
                        k -> new ClientThreads(opened.call(), Integer.parseInt(w[1]), w[2].equals("1")));
                ClientThreads.Asked asked = threads.ask(Integer.parseInt(w[3]), Integer.parseInt(w[4]), last);
                last = asked.end();
                answers.println(encode(asked.run()));
                answers.flush();
            }
        } finally {
            for (ClientThreads t : clients.values()) t.close();
        }
    }

    /** The JIT's share of the JVM's CPU over {@link #SETTLING_WINDOW} rounds under which the path is compiled. */
    static final double SETTLED_JIT_SHARE = 0.02;
    /**
     * Rounds the share is taken over. Why (issue 29): compiling comes in bursts (one C2 compilation can take longer
     * than a 0.3 s round), so stopping at the first round under the share stopped in a lull: in three runs the last
     * quarter of every path's warm-up alone still compiled 0.07–0.25 methods a request, more than the interleaved
     * phase after it (0.03–0.07), whose first rounds then found the compiler at 6–24 % of the JVM's CPU. Over 5
     * rounds, in two runs: 0.03–0.09 in the last quarter, 0.02–0.04 after it ({@code -Xlog:jit+compilation}, a busy
     * machine).
     */
    static final int SETTLING_WINDOW = 5;
    /**
     * At most this many rounds of warm-up alone (about 0.3 s each on Reuters at one client). Quiet, every path's JVM
     * settled in 37–68 rounds by one round's share (at most 60 left Dispatch's still compiling, 11–26 %, on a busy
     * machine); by 5 rounds' share, 55–138 rounds on a busy machine.
     */
    static final int MAX_ROUNDS = 250;

    /**
     * Warm-up alone: none if {@code minRounds} is 0, else at least that many rounds of the mix (and {@link
     * #SETTLING_WINDOW}), then more until the JIT's share of the last {@link #SETTLING_WINDOW} rounds is under {@link
     * #SETTLED_JIT_SHARE} or {@link #MAX_ROUNDS} ran. Why: code run once per request
     * reaches the optimizing compiler only after thousands of calls, so three rounds (810 requests) left the path in
     * profiled code with the compiler busy (a JVM running Dispatch's default search alone compiled about 15,000
     * methods in its first minute, {@code -XX:+PrintCompilation}), and each JVM here compiles its path on its own.
     * Each round is asked in blocks as the interleaved bench asks them, every block's figures read and written out
     * (to nowhere): the bench's own work per block (the barrier, the CPU snapshot, the answer line) then compiles
     * here too. Asked in whole rounds, that code ran twice a round, and once the paths took turns it was compiled
     * during the measured blocks (issue 29: a tenth of each JVM's first compilations after its warm-up alone).
     * Returns the rounds run and the last window's share.
     */
    static String settle(int mixSize, LoadRunner.Call<Integer> call, int minRounds) throws InterruptedException {
        double share = Double.NaN;
        int round = 0;
        if (minRounds == 0) return round + " " + share; // --warmup 0: a smoke run, no warm-up
        // One client thread for every round: a thread that has ended is missing from the CPU snapshots.
        ClientThreads client = new ClientThreads(call, 1, false);
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        try {
            ProcessCpu.Snapshot last = ProcessCpu.Snapshot.take();
            double[] cpus = new double[SETTLING_WINDOW], jits = new double[SETTLING_WINDOW];
            int atLeast = Math.max(minRounds, SETTLING_WINDOW);
            while (round < MAX_ROUNDS && (round < atLeast || !(share < SETTLED_JIT_SHARE))) {
                double cpu = 0, jit = 0;
                for (int start = 0; start < mixSize; start += InterleavedRunner.BLOCK) {
                    ClientThreads.Asked asked = client.ask(start, Math.min(mixSize, start + InterleavedRunner.BLOCK),
                            last);
                    last = asked.end();
                    nowhere.println(encode(asked.run()));
                    nowhere.flush();
                    cpu += asked.run().cpuSeconds();
                    jit += asked.run().jitSeconds();
                }
                cpus[round % SETTLING_WINDOW] = cpu;
                jits[round % SETTLING_WINDOW] = jit;
                share = Arrays.stream(jits).sum() / Arrays.stream(cpus).sum();
                round++;
            }
        } finally {
            client.close();
        }
        return round + " " + share;
    }

    /** One line: errors, first error (Base64, or -), wall ns, CPU s, JIT s, the count, then the five arrays. */
    static String encode(BlockRun run) {
        StringBuilder b = new StringBuilder();
        String error = run.firstError() == null ? "-"
                : Base64.getEncoder().encodeToString(run.firstError().getBytes(StandardCharsets.UTF_8));
        b.append(run.errors()).append(' ').append(error).append(' ').append(run.wallNanos()).append(' ')
                .append(run.cpuSeconds()).append(' ').append(run.jitSeconds()).append(' ').append(run.nanos().length);
        for (long[] a : List.of(run.starts(), run.nanos(), run.threadCpuNanos(), run.runWaitNanos())) {
            for (long x : a) b.append(' ').append(x);
        }
        for (int x : run.positions()) b.append(' ').append(x);
        return b.toString();
    }

    static BlockRun decode(String line) {
        String[] w = line.split(" ");
        int n = Integer.parseInt(w[5]);
        long[][] arrays = new long[4][n];
        int k = 6;
        for (long[] a : arrays) for (int i = 0; i < n; i++) a[i] = Long.parseLong(w[k++]);
        int[] positions = new int[n];
        for (int i = 0; i < n; i++) positions[i] = Integer.parseInt(w[k++]);
        String error = w[1].equals("-") ? null : new String(Base64.getDecoder().decode(w[1]), StandardCharsets.UTF_8);
        return new BlockRun(arrays[0], arrays[1], arrays[2], arrays[3], positions, Integer.parseInt(w[0]), error,
                Long.parseLong(w[2]), Double.parseDouble(w[3]), Double.parseDouble(w[4]));
    }
}
