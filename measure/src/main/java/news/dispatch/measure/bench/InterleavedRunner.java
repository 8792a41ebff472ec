package news.dispatch.measure.bench;

import java.util.ArrayList;
import java.util.List;

import news.dispatch.measure.Latencies;

/**
 * Several paths over one request mix, measured in alternating short blocks: the mix is cut into blocks of
 * {@link #BLOCK} requests, and each block is asked of every path in turn, in one order and then in the reverse
 * (ABBA), from N client threads, block after block, round after round. Each path's latencies, wall time and JVM CPU
 * are summed over its own blocks.
 *
 * <p>Why (issue 29): timing each path as its own phase of 1–3 s one after another let drift, a neighbour's load, GC
 * and JIT phases fall on one path and not the other, and the same code's ratios swung ±20 % between runs. In blocks
 * of a few tens of milliseconds, alternating, such phases fall on all paths alike; each round is also kept apart, so
 * a table can show how much a ratio moves from round to round.
 *
 * <p>Each block is asked by a {@link BlockRun.Asker}: client threads in this JVM ({@link ClientThreads}), or in the
 * path's own JVM ({@link LaneProcess}). JVM CPU per block is read from each thread's scheduler clock ({@link
 * ProcessCpu.Snapshot}, to the nanosecond), so the GC and JIT work done during a path's block is that path's.
 */
final class InterleavedRunner {
    /** Requests per block: a few tens of milliseconds of one path, many blocks to a round. */
    static final int BLOCK = 20;

    /**
     * One path: asks the request at this position of the mix, from client threads of this JVM, or from a JVM of its
     * own ({@link LaneProcess}, when not null; {@code call} is then unused).
     */
    record Lane(String name, LoadRunner.Call<Integer> call, LaneProcess process) {
        Lane(String name, LoadRunner.Call<Integer> call) {
            this(name, call, null);
        }

        BlockRun.Asker open(int clients, boolean threadCpu) throws Exception {
            return process == null ? new ClientThreads(call, clients, threadCpu) : process.open(clients, threadCpu);
        }
    }

    /**
     * Per lane (in the order given): every sample of all rounds, each round's alone, and the JIT compiler's CPU in ms
     * per query during its blocks (part of the JVM CPU in its {@link Latencies}).
     */
    record Result(List<Latencies> total, List<List<Latencies>> byRound, double[] jitMsPerQuery, Trace trace) {
        Latencies of(int lane) {
            return total.get(lane);
        }

        /** The smallest and largest over rounds of {@code ratio} of a lane's round to the base lane's same round. */
        double[] range(int lane, int base, java.util.function.ToDoubleBiFunction<Latencies, Latencies> ratio) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int r = 0; r < byRound.get(lane).size(); r++) {
                double x = ratio.applyAsDouble(byRound.get(lane).get(r), byRound.get(base).get(r));
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
            return new double[] {min, max};
        }
    }

    /**
     * Every request of a measurement, for finding what makes the tail ({@code --latencies}): indexed
     * [lane][round][client * mixSize + i], where i is the request's place in the client's own sequence (blocks of
     * {@link #BLOCK} one after another), its start on {@link System#nanoTime()}'s clock (the clock the JVM's
     * {@code -Xlog} decoration {@code timenanos} prints, so GC pauses and safepoints line up), its latency in
     * nanoseconds, the CPU time of the client thread that asked it and its wait for a core ({@link ThreadSchedStat}:
     * the whole search for an in-process path, only the client's side for a path over HTTP; −1 unless the runner was
     * made to trace) and the position in the mix it asked.
     */
    record Trace(long[][][] starts, long[][][] nanos, long[][][] threadCpuNanos, long[][][] runWaitNanos,
                 int[][][] positions, int clients, int block) {
    }

    /** How a warm-up ended: the rounds it ran, and the JIT compiler's share of the JVM's CPU in the last. */
    record Settled(int rounds, double jitShare) {
    }

    private final int rounds;
    private final int block;
    private final boolean threadCpu;

    InterleavedRunner(int rounds, int block) {
        this(rounds, block, false);
    }

    /**
     * @param threadCpu also read each request's thread CPU time and wait for a core for its {@link Trace} (two
     *                  reads of a few microseconds more per request, the same on every path; off for the bench's
     *                  own figures)
     */
    InterleavedRunner(int rounds, int block, boolean threadCpu) {
        if (block < 1) throw new IllegalArgumentException("block must be at least 1 request, not " + block);
        this.rounds = rounds;
        this.block = block;
        this.threadCpu = threadCpu;
    }

    /**
     * Unrecorded interleaved rounds until the JIT compiler's threads took less than {@code jitShare} of the JVM's CPU
     * in a round, or {@code maxRounds} ran. A fixed warm-up was not enough (issue 29): after three rounds of each path
     * the compiler still took about 1 ms of CPU per query (near half the JVM's) at one client, and its bursts made the
     * JVM CPU per query swing; a round's share says when compiling has died down.
     */
    Settled settle(int mixSize, int clients, List<Lane> lanes, double jitShare, int maxRounds)
            throws InterruptedException {
        double share = Double.NaN;
        for (int round = 1; round <= maxRounds; round++) {
            Result r = measure(mixSize, clients, lanes, 1);
            double jit = 0;
            double cpu = 0;
            for (int lane = 0; lane < lanes.size(); lane++) {
                jit += r.jitMsPerQuery()[lane] * r.of(lane).requests();
                cpu += r.of(lane).cpuMsPerQuery() * r.of(lane).requests();
            }
            share = jit / cpu;
            if (!(share >= jitShare)) return new Settled(round, share);
        }
        return new Settled(maxRounds, share);
    }

    Result measure(int mixSize, int clients, List<Lane> lanes) throws InterruptedException {
        return measure(mixSize, clients, lanes, rounds);
    }

    private Result measure(int mixSize, int clients, List<Lane> lanes, int times) throws InterruptedException {
        int n = lanes.size();
        // [lane][round][client * mixSize + position]: every slot written once, from the block that asked it.
        long[][][] nanos = new long[n][times][mixSize * clients];
        long[][][] starts = new long[n][times][mixSize * clients];
        long[][][] threadNanos = new long[n][times][mixSize * clients];
        long[][][] waitNanos = new long[n][times][mixSize * clients];
        int[][][] positions = new int[n][times][mixSize * clients];
        long[][] wallNanos = new long[n][times];
        double[][] cpuSeconds = new double[n][times];
        double[] jitSeconds = new double[n];
        int[][] errors = new int[n][times];
        String firstError = null;
        List<BlockRun.Asker> askers = new ArrayList<>();
        try {
            for (Lane lane : lanes) askers.add(lane.open(clients, threadCpu));
            int blockNumber = 0;
            for (int round = 0; round < times; round++) {
                for (int start = 0; start < mixSize; start += block, blockNumber++) {
                    int end = Math.min(mixSize, start + block);
                    for (int k = 0; k < n; k++) {
                        int lane = blockNumber % 2 == 0 ? k : n - 1 - k;
                        BlockRun run = askers.get(lane).ask(start, end);
                        int length = end - start;
                        for (int client = 0; client < clients; client++) {
                            int from = client * length, to = client * mixSize + start;
                            System.arraycopy(run.starts(), from, starts[lane][round], to, length);
                            System.arraycopy(run.nanos(), from, nanos[lane][round], to, length);
                            System.arraycopy(run.threadCpuNanos(), from, threadNanos[lane][round], to, length);
                            System.arraycopy(run.runWaitNanos(), from, waitNanos[lane][round], to, length);
                            System.arraycopy(run.positions(), from, positions[lane][round], to, length);
                        }
                        errors[lane][round] += run.errors();
                        if (firstError == null) firstError = run.firstError();
                        wallNanos[lane][round] += run.wallNanos();
                        cpuSeconds[lane][round] += run.cpuSeconds();
                        jitSeconds[lane] += run.jitSeconds();
                    }
                }
            }
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("a bench path stopped: " + e.getMessage(), e);
        } finally {
            for (BlockRun.Asker asker : askers) {
                try {
                    asker.close();
                } catch (InterruptedException e) {
                    throw e;
                } catch (Exception e) {
                    System.err.println("bench: could not stop a path's clients: " + e);
                }
            }
        }
        if (firstError != null) {
            int all = 0;
            for (int[] e : errors) for (int x : e) all += x;
            System.err.println("bench: " + all + " request(s) failed; first: " + firstError);
        }
        List<Latencies> total = new ArrayList<>();
        double[] jitMsPerQuery = new double[n];
        List<List<Latencies>> byRound = new ArrayList<>();
        for (int lane = 0; lane < n; lane++) {
            List<Latencies> each = new ArrayList<>();
            long[] allNanos = new long[times * mixSize * clients];
            int[] allPositions = new int[allNanos.length];
            long wall = 0;
            double cpu = 0;
            int errorCount = 0;
            for (int r = 0; r < times; r++) {
                int e = errors[lane][r];
                each.add(Latencies.of(nanos[lane][r], positions[lane][r], e, wallNanos[lane][r] / 1e9,
                        cpuSeconds[lane][r]));
                System.arraycopy(nanos[lane][r], 0, allNanos, r * mixSize * clients, mixSize * clients);
                System.arraycopy(positions[lane][r], 0, allPositions, r * mixSize * clients, mixSize * clients);
                wall += wallNanos[lane][r];
                cpu += cpuSeconds[lane][r];
                errorCount += e;
            }
            total.add(Latencies.of(allNanos, allPositions, errorCount, wall / 1e9, cpu));
            jitMsPerQuery[lane] = jitSeconds[lane] * 1000 / allNanos.length;
            byRound.add(List.copyOf(each));
        }
        return new Result(List.copyOf(total), List.copyOf(byRound), jitMsPerQuery,
                new Trace(starts, nanos, threadNanos, waitNanos, positions, clients, block));
    }
}
