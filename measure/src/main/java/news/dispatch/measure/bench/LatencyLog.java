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
}
