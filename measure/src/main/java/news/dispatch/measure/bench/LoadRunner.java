package news.dispatch.measure.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import news.dispatch.measure.Latencies;

/**
 * Runs a request mix from N client threads, each going through the whole mix {@code rounds} times from its own
 * starting point (so clients do not ask the same thing at the same moment), after {@code warmUpRounds} unrecorded
 * rounds. A request that throws counts as an error; its time is still recorded.
 */
final class LoadRunner {
    /** One request of the mix. */
    @FunctionalInterface
    interface Call<T> {
        void run(T request) throws Exception;
    }

    private final int warmUpRounds;
    private final int rounds;

    LoadRunner(int warmUpRounds, int rounds) {
        this.warmUpRounds = warmUpRounds;
        this.rounds = rounds;
    }

    /** Unrecorded rounds before each measurement. */
    int warmUpRounds() {
        return warmUpRounds;
    }

    /** Recorded rounds of each measurement. */
    int rounds() {
        return rounds;
    }

    /** Warms up, then measures. */
    <T> Latencies run(List<T> mix, int clients, Call<T> call) throws InterruptedException {
        warmUp(mix, clients, call);
        return measure(mix, clients, call);
    }

    /** Unrecorded rounds, so the JIT has compiled the path before it is measured. */
    <T> void warmUp(List<T> mix, int clients, Call<T> call) throws InterruptedException {
        if (warmUpRounds > 0) measure(mix, clients, warmUpRounds, call);
    }

    <T> Latencies measure(List<T> mix, int clients, Call<T> call) throws InterruptedException {
        return measure(mix, clients, rounds, call);
    }

    private <T> Latencies measure(List<T> mix, int clients, int times, Call<T> call) throws InterruptedException {
        int perClient = mix.size() * times;
        long[] nanos = new long[perClient * clients];
        int[] mixIndex = new int[nanos.length];
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<Throwable> firstError = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        double cpu = ProcessCpu.seconds();
        for (int c = 0; c < clients; c++) {
            int client = c;
            int offset = client * mix.size() / clients;
            threads.add(Thread.ofPlatform().name("bench-client-" + c).start(() -> {
                for (int i = 0; i < perClient; i++) {
                    mixIndex[client * perClient + i] = (offset + i) % mix.size();
                    T request = mix.get(mixIndex[client * perClient + i]);
                    long t0 = System.nanoTime();
                    try {
                        call.run(request);
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, e);
                    }
                    nanos[client * perClient + i] = System.nanoTime() - t0;
                }
            }));
        }
        for (Thread t : threads) t.join();
        double wall = (System.nanoTime() - started) / 1e9;
        cpu = ProcessCpu.seconds() - cpu;
        if (firstError.get() != null) {
            System.err.println("bench: " + errors.get() + " request(s) failed; first: " + firstError.get());
        }
        return Latencies.of(nanos, mixIndex, errors.get(), wall, cpu);
    }
}
