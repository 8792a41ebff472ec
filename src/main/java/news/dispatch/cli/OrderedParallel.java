package news.dispatch.cli;

import java.util.Iterator;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps a stream of inputs on several threads and hands the results over in input order, streaming: at most a
 * few items per thread are in flight (a bounded queue of futures), so memory stays flat on any input size.
 */
public final class OrderedParallel {
    private OrderedParallel() {
    }

    /** Applies {@code work} to every input on {@code threads} threads; {@code sink} receives results in input order on the calling thread. */
    public static <T, R> void map(Iterator<T> inputs, Function<T, R> work, Consumer<R> sink, int threads)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "extract-worker");
            t.setDaemon(true);
            return t;
        });
        Future<R> end = CompletableFuture.completedFuture(null);
        BlockingQueue<Future<R>> inFlight = new ArrayBlockingQueue<>(Math.max(1, threads) * 4);
        Thread feeder = Thread.ofPlatform().name("extract-reader").start(() -> {
            try {
                while (inputs.hasNext()) {
                    T input = inputs.next();
                    inFlight.put(pool.submit(() -> work.apply(input)));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                inFlight.offer(CompletableFuture.failedFuture(e));
            } finally {
                putQuietly(inFlight, end);
            }
        });
        try {
            for (Future<R> f = inFlight.take(); f != end; f = inFlight.take()) sink.accept(f.get());
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            feeder.interrupt();
            pool.shutdownNow();
        }
    }

    private static <R> void putQuietly(BlockingQueue<Future<R>> queue, Future<R> item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
