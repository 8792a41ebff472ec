package news.dispatch.measure.bench;

/**
 * What one block of the interleaved search bench gave: for each request (slot {@code client * length + i}, i the
 * request's place in that client's pass over the block) its start on {@link System#nanoTime()}'s clock, its latency,
 * the asking thread's CPU time and wait for a core (−1 unless traced) and the position in the mix it asked; then the
 * block's failed requests, its wall time and the CPU time of the JVM that ran it, of which the JIT compiler's (over
 * the block, or in a path's own JVM from the end of its previous block: {@link ClientThreads#ask(int, int,
 * ProcessCpu.Snapshot)}).
 */
record BlockRun(long[] starts, long[] nanos, long[] threadCpuNanos, long[] runWaitNanos, int[] positions, int errors,
                String firstError, long wallNanos, double cpuSeconds, double jitSeconds) {

    /** Asks blocks of the mix of one search path, from a fixed number of clients. */
    interface Asker extends AutoCloseable {
        BlockRun ask(int start, int end) throws Exception;

        @Override
        void close() throws Exception;
    }
}
