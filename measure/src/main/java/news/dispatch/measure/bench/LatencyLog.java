package news.dispatch.measure.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import news.dispatch.measure.QueryMix;

/**
 * Every request of the interleaved search bench written to a TSV file ({@code dispatch bench --latencies FILE}), one
 * line a request: which path asked it, in which round, by which client, where in the client's block, the query and
 * shape, when it started and how long it took, the CPU time of the client's thread meanwhile and
 * its wait for a core ({@link ThreadSchedStat}). Why (issue 29): a p99 is 1 % of the requests, and whether those are
 * the same queries every round (a cost in the product) or whatever ran when a GC pause, safepoint or the scheduler
 * struck (the machine) shows only request by request. The start is {@link System#nanoTime()}, the clock that
 * {@code -Xlog:…::timenanos} decorates the JVM's log lines with, so the two files line up to the nanosecond.
 */
final class LatencyLog {
    static final String HEADER = "clients\tlane\tpath\tround\tclient\tblock\tin_block\tposition\tshape\tquery"
            + "\tstart_ns\tlatency_ns\tthread_cpu_ns\trun_wait_ns";

    private LatencyLog() {
    }

    /** Appends one measurement's requests (the file is started with its header when absent). */
    static void append(Path file, QueryMix mix, List<InterleavedRunner.Lane> lanes, InterleavedRunner.Trace trace)
            throws IOException {
        boolean fresh = !Files.exists(file);
        int mixSize = mix.requests().size();
        int shapes = mix.shapes().size();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND))) {
            if (fresh) out.println(HEADER);
            for (int lane = 0; lane < lanes.size(); lane++) {
                for (int round = 0; round < trace.starts()[lane].length; round++) {
                    for (int slot = 0; slot < mixSize * trace.clients(); slot++) {
                        int client = slot / mixSize;
                        int inSequence = slot % mixSize;
                        int position = trace.positions()[lane][round][slot];
                        out.printf("%d\t%d\t%s\t%d\t%d\t%d\t%d\t%d\t%s\t%s\t%d\t%d\t%d\t%d%n", trace.clients(), lane,
                                lanes.get(lane).name(), round, client, inSequence / trace.block(),
                                inSequence % trace.block(), position, mix.shapes().get(position % shapes),
                                mix.requests().get(position).query().replace('\t', ' '),
                                trace.starts()[lane][round][slot], trace.nanos()[lane][round][slot],
                                trace.threadCpuNanos()[lane][round][slot], trace.runWaitNanos()[lane][round][slot]);
                    }
                }
            }
        }
    }

    /**
     * What made each path's slowest 1 % slow, from a traced run: the share of their time spent waiting for a core
     * (the scheduler), on the client thread's CPU, and neither (not runnable: a GC safepoint, a lock, I/O; for a path
     * over HTTP also the server's work); the p99 with each request's wait for a core taken out (the tail an idle
     * machine would leave); and how many of the tail's queries were in it in more than one round (a slow query is
     * slow every round, a stall strikes whatever runs). Issue 29: read the same way for every path.
     */
    static Table tails(int clients, List<InterleavedRunner.Lane> lanes, InterleavedRunner.Trace trace) {
        Table table = new Table(String.format("Search tail, %d client%s: where the slowest 1 %% of each path's requests "
                        + "spent their time (--latencies)", clients, clients == 1 ? "" : "s"), "path", "p99 ms",
                "tail: waiting for a core", "tail: client thread's CPU", "tail: neither (GC pause, lock, I/O, server)",
                "p99 without the wait for a core, ms", "tail requests", "of their queries, in the tail in > 1 round");
        for (int lane = 0; lane < lanes.size(); lane++) {
            long[][] nanos = trace.nanos()[lane];
            int rounds = nanos.length;
            int perRound = nanos[0].length;
            long[] all = new long[rounds * perRound];
            long[] unwaited = new long[all.length];
            for (int r = 0; r < rounds; r++) {
                for (int i = 0; i < perRound; i++) {
                    all[r * perRound + i] = nanos[r][i];
                    unwaited[r * perRound + i] = nanos[r][i] - Math.max(0, trace.runWaitNanos()[lane][r][i]);
                }
            }
            long[] sorted = all.clone();
            java.util.Arrays.sort(sorted);
            long p99 = sorted[Math.max(0, (int) Math.ceil(0.99 * sorted.length) - 1)];
            long latency = 0, cpu = 0, wait = 0;
            int tail = 0;
            java.util.Map<Integer, java.util.Set<Integer>> roundsOf = new java.util.HashMap<>();
            for (int r = 0; r < rounds; r++) {
                for (int i = 0; i < perRound; i++) {
                    if (nanos[r][i] < p99) continue;
                    tail++;
                    latency += nanos[r][i];
                    cpu += Math.max(0, trace.threadCpuNanos()[lane][r][i]);
                    wait += Math.max(0, trace.runWaitNanos()[lane][r][i]);
                    roundsOf.computeIfAbsent(trace.positions()[lane][r][i], k -> new java.util.HashSet<>()).add(r);
                }
            }
            java.util.Arrays.sort(unwaited);
            long repeated = roundsOf.values().stream().filter(x -> x.size() > 1).count();
            table.row(lanes.get(lane).name(), p99 / 1e6, share(wait, latency), share(cpu, latency),
                    share(Math.max(0, latency - wait - cpu), latency),
                    unwaited[Math.max(0, (int) Math.ceil(0.99 * unwaited.length) - 1)] / 1e6, tail,
                    String.format("%d of %d", repeated, roundsOf.size()));
        }
        return table;
    }

    private static String share(long part, long whole) {
        return whole == 0 ? "–" : String.format("%.0f %%", 100.0 * part / whole);
    }
}
