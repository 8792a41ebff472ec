package news.dispatch.feed;

import java.time.Duration;

/**
 * How feeds are fetched.
 *
 * @param timeout      for one request from its start to the last byte of the body (a stall counts against it)
 * @param maxBytes     a body (after gzip) larger than this is cut off and the feed reported
 * @param maxRedirects redirects followed before giving up
 * @param retries      further attempts after a 5xx, a 429, a timeout or a failed connection
 * @param backoff      wait before the first retry; doubled for each further one
 */
public record HttpSettings(Duration timeout, long maxBytes, int maxRedirects, int retries, Duration backoff,
                           String userAgent) {
    public static final String USER_AGENT = "Dispatch/0.1 (news search; +https://github.com/dispatch-news)";

    public static HttpSettings defaults() {
        return new HttpSettings(Duration.ofSeconds(30), 10L * 1024 * 1024, 5, 2, Duration.ofSeconds(2), USER_AGENT);
    }
}
