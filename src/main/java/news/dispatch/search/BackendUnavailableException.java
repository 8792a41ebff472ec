package news.dispatch.search;

/**
 * The search backend cannot answer right now (a cluster with no live replica of a shard, ZooKeeper gone, a
 * timeout). The web layer answers 503 with the message: the request may succeed later, and nothing is wrong with it.
 */
public class BackendUnavailableException extends RuntimeException {
    public BackendUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
