package news.dispatch.solr;

import java.time.Duration;
import java.util.function.Consumer;

import org.apache.solr.common.SolrException;

/**
 * Retries a cluster call that failed for a reason that passes (a node restarting, a leader being elected, a
 * timeout), with exponential backoff up to a total wait; a request the cluster rejects as bad (4xx) is not retried.
 */
public record Retry(Duration firstWait, Duration maxWait, Duration giveUpAfter, Consumer<String> log) {
    public static Retry standard(Consumer<String> log) {
        return new Retry(Duration.ofMillis(250), Duration.ofSeconds(8), Duration.ofMinutes(3), log);
    }

    @FunctionalInterface
    public interface Call<T> {
        T run() throws Exception;
    }

    public <T> T call(String what, Call<T> call) {
        long deadline = System.nanoTime() + giveUpAfter.toNanos();
        long wait = firstWait.toMillis();
        for (int attempt = 1; ; attempt++) {
            try {
                return call.run();
            } catch (Exception e) {
                if (!passing(e) || System.nanoTime() + wait * 1_000_000 > deadline) {
                    if (e instanceof RuntimeException r && !(e instanceof SolrException)) throw r;
                    throw new ClusterUnavailableException("The cluster did not take the " + what + " after " + attempt
                            + " attempt(s): " + ClusterUnavailableException.reason(e), e);
                }
                log.accept("The cluster refused the " + what + " (" + ClusterUnavailableException.reason(e)
                        + "); retrying in " + wait + " ms.");
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new ClusterUnavailableException("interrupted while waiting for the cluster", e);
                }
                wait = Math.min(wait * 2, maxWait.toMillis());
            }
        }
    }

    /** Bad requests fail now; everything else (I/O, timeouts, 5xx, no live replica) may pass. */
    static boolean passing(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SolrException s && s.code() >= 400 && s.code() < 500) return false;
        }
        return true;
    }
}
