package news.dispatch.measure.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

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
 * <p>JVM CPU per block is read from each thread's scheduler clock before and after it ({@link
 * ProcessCpu.Snapshot}, to the nanosecond), so the GC and JIT work done during a path's block is that path's. As in {@link LoadRunner}, each client asks the whole block from its
 * own starting point, and a request that throws counts as an error with its time recorded.
 */
final class InterleavedRunner {
    /** Requests per block: a few tens of milliseconds of one path, many blocks to a round. */
    static final int BLOCK = 20;

    /** One path: asks the request at this position of the mix. */
    record Lane(String name, LoadRunner.Call<Integer> call) {
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
        // [lane][round][client * mixSize + position]: every slot written once, by the client that asked it.
        long[][][] nanos = new long[n][times][mixSize * clients];
        long[][][] starts = new long[n][times][mixSize * clients];
        long[][][] threadNanos = new long[n][times][mixSize * clients];
        long[][][] waitNanos = new long[n][times][mixSize * clients];
        int[][][] positions = new int[n][times][mixSize * clients];
        long[][] wallNanos = new long[n][times];
        double[][] cpuSeconds = new double[n][times];
        double[] jitSeconds = new double[n];
        AtomicInteger[][] errors = new AtomicInteger[n][times];
        for (AtomicInteger[] e : errors) java.util.Arrays.setAll(e, i -> new AtomicInteger());
        AtomicReference<Throwable> firstError = new AtomicReference<>();
        // The coordinator (this thread) sets the task, then meets the clients at the barrier twice: start and end.
        CyclicBarrier barrier = new CyclicBarrier(clients + 1);
        int[] task = new int[4]; // lane, round, block start, block end; published by the barrier
        boolean[] done = {false};
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            threads.add(Thread.ofPlatform().name("bench-client-" + c).start(() -> {
                ThreadSchedStat sched = threadCpu ? ThreadSchedStat.ofCurrentThread() : null;
                long[] clocks = new long[4];
                try {
                    while (true) {
                        barrier.await();
                        if (done[0]) return;
                        int lane = task[0], round = task[1], start = task[2], length = task[3] - start;
                        int offset = client * length / clients;
                        LoadRunner.Call<Integer> call = lanes.get(lane).call();
                        for (int i = 0; i < length; i++) {
                            int position = start + (offset + i) % length;
                            int slot = client * mixSize + start + i;
                            positions[lane][round][slot] = position;
                            if (sched != null) sched.read(clocks, 0);
                            long t0 = System.nanoTime();
                            starts[lane][round][slot] = t0;
                            try {
                                call.run(position);
                            } catch (Exception e) {
                                errors[lane][round].incrementAndGet();
                                firstError.compareAndSet(null, e);
                            }
                            nanos[lane][round][slot] = System.nanoTime() - t0;
                            if (sched != null) sched.read(clocks, 2);
                            threadNanos[lane][round][slot] = sched == null ? -1 : clocks[2] - clocks[0];
                            waitNanos[lane][round][slot] = sched == null ? -1 : clocks[3] - clocks[1];
                        }
                        barrier.await();
                    }
                } catch (InterruptedException | BrokenBarrierException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    if (sched != null) {
                        try {
                            sched.close();
                        } catch (java.io.IOException e) {
                            // a /proc file: nothing to flush
                        }
                    }
                }
            }));
        }
        try {
            int blockNumber = 0;
            for (int round = 0; round < times; round++) {
                for (int start = 0; start < mixSize; start += block, blockNumber++) {
                    for (int k = 0; k < n; k++) {
                        int lane = blockNumber % 2 == 0 ? k : n - 1 - k;
                        task[0] = lane;
                        task[1] = round;
                        task[2] = start;
                        task[3] = Math.min(mixSize, start + block);
                        ProcessCpu.Snapshot cpu0 = ProcessCpu.Snapshot.take();
                        long t0 = System.nanoTime();
                        barrier.await();
                        barrier.await();
                        wallNanos[lane][round] += System.nanoTime() - t0;
                        ProcessCpu.Snapshot cpu1 = ProcessCpu.Snapshot.take();
                        cpuSeconds[lane][round] += cpu1.secondsSince(cpu0);
                        jitSeconds[lane] += cpu1.jitSecondsSince(cpu0);
                    }
                }
            }
            done[0] = true;
            barrier.await();
        } catch (BrokenBarrierException e) {
            throw new IllegalStateException("a bench client stopped", e);
        } finally {
            for (Thread t : threads) t.join();
        }
        if (firstError.get() != null) {
            int all = 0;
            for (AtomicInteger[] e : errors) for (AtomicInteger x : e) all += x.get();
            System.err.println("bench: " + all + " request(s) failed; first: " + firstError.get());
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
                int e = errors[lane][r].get();
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
