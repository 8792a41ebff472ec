package news.dispatch.feed;

import java.net.URI;

/**
 * The outcome of fetching a feed.
 *
 * @param body        the body (decompressed), or null unless {@link Outcome#FETCHED}
 * @param contentType the response's Content-Type, or null
 * @param finalUri    where the body came from after redirects (relative links resolve against it)
 * @param problem     why it failed, or null
 */
public record Fetch(Outcome outcome, int status, byte[] body, String contentType, URI finalUri, Validators validators,
                    String problem, int attempts) {
    public enum Outcome { FETCHED, NOT_MODIFIED, FAILED }

    /** The status of a fetch given up because the memory budget had no room for its body ({@link MemoryBudget}). */
    static final int OVER_MEMORY_BUDGET = -2;

    static Fetch failed(URI uri, int status, String problem, int attempts) {
        return new Fetch(Outcome.FAILED, status, null, null, uri, null, problem, attempts);
    }
}
