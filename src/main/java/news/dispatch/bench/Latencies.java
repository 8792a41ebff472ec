package news.dispatch.bench;

import java.util.Arrays;

/** What a load run measured: latency percentiles in milliseconds, throughput, CPU per query, failed requests. */
record Latencies(int requests, int errors, double p50, double p95, double p99, double queriesPerSecond,
                 double cpuMsPerQuery) {

    /** {@code cpuSeconds}: this JVM's CPU time during the run (the server's too when it runs in this JVM). */
    static Latencies of(long[] nanos, int errors, double wallSeconds, double cpuSeconds) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted.length, errors, percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), sorted.length / wallSeconds, cpuSeconds * 1000 / sorted.length);
    }

    /** Nearest-rank percentile, in milliseconds. */
    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) return Double.NaN;
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
