package news.dispatch.feed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.net.http.HttpResponse;

/**
 * A response body collected in memory up to a cap: past it the download is cancelled and the body fails with
 * {@link TooLarge}, so a 50 MB or never-ending feed costs at most the cap. (JDK 25 has BodyHandlers.limiting;
 * Dispatch runs on 21.)
 */
final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
    static final class TooLarge extends IOException {
        TooLarge(long cap) {
            super("the body is larger than " + cap / 1024 + " KB; cut off");
        }
    }

    /** The memory budget had no room for more of the body: the download was given up, to be tried again. */
    static final class OverBudget extends IOException {
        OverBudget() {
            super("the feeds being read hold all the memory set aside for them");
        }
    }

    private final long cap;
    private final MemoryBudget.Reservation memory;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;

    /** @param memory what the body's bytes are accounted to, or null for none */
    LimitedBody(long cap, MemoryBudget.Reservation memory) {
        this.cap = cap;
        this.memory = memory;
    }

    /** Stops the download (on a timeout). */
    void cancel() {
        Flow.Subscription s = subscription;
        if (s != null) s.cancel();
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) return;
        for (ByteBuffer b : buffers) {
            if (bytes.size() + (long) b.remaining() > cap) {
                cancel();
                result.completeExceptionally(new TooLarge(cap));
                return;
            }
            if (memory != null && !memory.tryGrow(b.remaining())) {
                cancel();
                result.completeExceptionally(new OverBudget());
                return;
            }
            byte[] chunk = new byte[b.remaining()];
            b.get(chunk);
            bytes.write(chunk, 0, chunk.length);
        }
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        result.complete(bytes.toByteArray());
    }
}
