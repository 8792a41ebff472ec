package news.dispatch.measure;

import java.util.Arrays;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * What a run of requests measured, for the benchmark and the load test alike: latency percentiles in milliseconds
 * (nearest rank; {@code NaN} when there is no sample, never a made-up 0), throughput, CPU per request, failed
 * requests; and each sample with the position in the mix of the request it timed, for percentiles of part of it.
 */
public record Latencies(int requests, int errors, double p50, double p95, double p99, double max,
                        double queriesPerSecond, double cpuMsPerQuery, long[] nanos, int[] mixIndex) {

    /** {@code cpuSeconds}: this JVM's CPU time during the run (NaN when not measured). */
    public static Latencies of(long[] nanos, int[] mixIndex, int errors, double wallSeconds, double cpuSeconds) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted.length, errors, percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), percentile(sorted, 100), wallSeconds > 0 ? sorted.length / wallSeconds : 0,
                sorted.length == 0 ? Double.NaN : cpuSeconds * 1000 / sorted.length, nanos, mixIndex);
    }

    /** The {@code p}th percentile of the requests whose position in the mix passes {@code part}, in ms. */
    public double percentileOf(IntPredicate part, double p) {
        long[] sorted = IntStream.range(0, nanos.length).filter(i -> part.test(mixIndex[i])).mapToLong(i -> nanos[i])
                .sorted().toArray();
        return percentile(sorted, p);
    }

    /** Nearest-rank percentile of sorted nanoseconds, in milliseconds; NaN for an empty sample. */
    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) return Double.NaN;
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)] / 1e6;
    }

    /** Samples of one client thread, in nanoseconds, with the mix position of each; merged at the end of a run. */
    public static final class Recorder {
        private long[] nanos = new long[1024];
        private int[] mixIndex = new int[1024];
        private int count;

        public void add(int mixPosition, long elapsedNanos) {
            if (count == nanos.length) {
                nanos = Arrays.copyOf(nanos, count * 2);
                mixIndex = Arrays.copyOf(mixIndex, count * 2);
            }
            mixIndex[count] = mixPosition;
            nanos[count++] = elapsedNanos;
        }

        /** All recorders' samples as one run. */
        public static Latencies merge(Iterable<Recorder> parts, int errors, double wallSeconds, double cpuSeconds) {
            int total = 0;
            for (Recorder p : parts) total += p.count;
            long[] nanos = new long[total];
            int[] index = new int[total];
            int at = 0;
            for (Recorder p : parts) {
                System.arraycopy(p.nanos, 0, nanos, at, p.count);
                System.arraycopy(p.mixIndex, 0, index, at, p.count);
                at += p.count;
            }
            return of(nanos, index, errors, wallSeconds, cpuSeconds);
        }
    }
}
