package news.dispatch.measure.load;

import java.util.Arrays;

/** Latencies of answered requests, in nanoseconds; one per client thread, merged at the end. */
final class Latencies {
    private long[] values = new long[1024];
    private int count;

    void add(long nanos) {
        if (count == values.length) values = Arrays.copyOf(values, count * 2);
        values[count++] = nanos;
    }

    static long[] merged(Iterable<Latencies> parts) {
        int total = 0;
        for (Latencies p : parts) total += p.count;
        long[] all = new long[total];
        int at = 0;
        for (Latencies p : parts) {
            System.arraycopy(p.values, 0, all, at, p.count);
            at += p.count;
        }
        Arrays.sort(all);
        return all;
    }

    /** The nearest-rank percentile of sorted values, in milliseconds; 0 when there are none. */
    static double percentileMs(long[] sorted, double percentile) {
        if (sorted.length == 0) return 0;
        int rank = (int) Math.ceil(percentile / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)] / 1e6;
    }
}
