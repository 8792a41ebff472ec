package news.dispatch.measure.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * N client threads of this JVM that ask blocks of the mix of one path: the caller sets the block, meets them at a
 * barrier to start it and again when all are done. Each client asks the whole block from its own starting point (so
 * two clients do not ask the same thing at the same moment); a request that throws counts as an error with its time
 * recorded. The JVM's CPU time is read from every thread's scheduler clock ({@link ProcessCpu.Snapshot}) but the
 * caller's, so GC and JIT work done during the block is the path's.
 */
final class ClientThreads implements BlockRun.Asker {
    private final LoadRunner.Call<Integer> call;
    private final int clients;
    private final CyclicBarrier barrier;
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicReference<Throwable> firstError = new AtomicReference<>();
    private final AtomicInteger errors = new AtomicInteger();
    // The block being asked, published to the clients by the barrier.
    private int start;
    private int length;
    private boolean done;
    private long[] starts, nanos, threadNanos, waitNanos;
    private int[] positions;

    /** @param threadCpu also read each request's thread CPU and wait for a core (two reads of a few µs more) */
    ClientThreads(LoadRunner.Call<Integer> call, int clients, boolean threadCpu) {
        this.call = call;
        this.clients = clients;
        this.barrier = new CyclicBarrier(clients + 1);
        for (int c = 0; c < clients; c++) {
            int client = c;
            threads.add(Thread.ofPlatform().name("bench-client-" + c).start(() -> serve(client, threadCpu)));
        }
    }

    private void serve(int client, boolean threadCpu) {
        ThreadSchedStat sched = threadCpu ? ThreadSchedStat.ofCurrentThread() : null;
        long[] clocks = new long[4];
        try {
            while (true) {
                barrier.await();
                if (done) return;
                int offset = client * length / clients;
                for (int i = 0; i < length; i++) {
                    int position = start + (offset + i) % length;
                    int slot = client * length + i;
                    positions[slot] = position;
                    if (sched != null) sched.read(clocks, 0);
                    long t0 = System.nanoTime();
                    starts[slot] = t0;
                    try {
                        call.run(position);
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, e);
                    }
                    nanos[slot] = System.nanoTime() - t0;
                    if (sched != null) sched.read(clocks, 2);
                    threadNanos[slot] = sched == null ? -1 : clocks[2] - clocks[0];
                    waitNanos[slot] = sched == null ? -1 : clocks[3] - clocks[1];
                }
                barrier.await();
            }
        } catch (InterruptedException | BrokenBarrierException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (sched != null) {
                try {
                    sched.close();
                } catch (IOException e) {
                    // a /proc file: nothing to flush
                }
            }
        }
    }

    /** A block's run, and the snapshot of the JVM's CPU taken at its end. */
    record Asked(BlockRun run, ProcessCpu.Snapshot end) {
    }

    /** The block with the JVM's CPU counted over the block alone: a snapshot before it and one after. */
    @Override
    public BlockRun ask(int start, int end) throws InterruptedException {
        return ask(start, end, ProcessCpu.Snapshot.take()).run();
    }

    /**
     * The block with the JVM's CPU counted from {@code since} to the block's end, one snapshot read here. A caller
     * that passes the end of its previous block back in reads every thread's schedstat once per block boundary, and
     * counts the JVM's CPU from one block's end to the next's: what the JVM did between its blocks (the compiler and
     * collector working on for this path while other JVMs took their turns) is then this path's too.
     */
    Asked ask(int start, int end, ProcessCpu.Snapshot since) throws InterruptedException {
        this.start = start;
        this.length = end - start;
        int n = length * clients;
        starts = new long[n];
        nanos = new long[n];
        threadNanos = new long[n];
        waitNanos = new long[n];
        positions = new int[n];
        errors.set(0);
        firstError.set(null);
        long t0 = System.nanoTime();
        try {
            barrier.await();
            barrier.await();
        } catch (BrokenBarrierException e) {
            throw new IllegalStateException("a bench client stopped", e);
        }
        long wall = System.nanoTime() - t0;
        ProcessCpu.Snapshot cpu1 = ProcessCpu.Snapshot.take();
        Throwable first = firstError.get();
        return new Asked(new BlockRun(starts, nanos, threadNanos, waitNanos, positions, errors.get(),
                first == null ? null : first.toString(), wall, cpu1.secondsSince(since), cpu1.jitSecondsSince(since)),
                cpu1);
    }

    @Override
    public void close() throws InterruptedException {
        done = true;
        try {
            barrier.await();
        } catch (BrokenBarrierException e) {
            // a client already stopped: joining is all that is left
        }
        for (Thread t : threads) t.join();
    }
}
