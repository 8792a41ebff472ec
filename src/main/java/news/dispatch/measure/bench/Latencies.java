package news.dispatch.measure.bench;

import java.util.Arrays;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * What a load run measured: latency percentiles in milliseconds, throughput, CPU per query, failed requests; and
 * each sample with the position in the mix of the request it timed, for percentiles of part of the mix.
 */
record Latencies(int requests, int errors, double p50, double p95, double p99, double queriesPerSecond,
                 double cpuMsPerQuery, long[] nanos, int[] mixIndex) {

    /** {@code cpuSeconds}: this JVM's CPU time during the run (the server's too when it runs in this JVM). */
    static Latencies of(long[] nanos, int[] mixIndex, int errors, double wallSeconds, double cpuSeconds) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted.length, errors, percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), sorted.length / wallSeconds, cpuSeconds * 1000 / sorted.length, nanos,
                mixIndex);
    }

    /** The {@code p}th percentile of the requests whose position in the mix passes {@code part}, in ms. */
    double percentileOf(IntPredicate part, double p) {
        long[] sorted = IntStream.range(0, nanos.length).filter(i -> part.test(mixIndex[i])).mapToLong(i -> nanos[i])
                .sorted().toArray();
        return percentile(sorted, p);
    }

    /** Nearest-rank percentile, in milliseconds. */
    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) return Double.NaN;
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
