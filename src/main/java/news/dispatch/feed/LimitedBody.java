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

    private final long cap;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;

    LimitedBody(long cap) {
        this.cap = cap;
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
