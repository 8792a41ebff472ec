package news.dispatch.feed;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import crawlercommons.robots.BaseRobotRules;
import news.dispatch.corpus.FetchedArticle;

/**
 * Fetches the page a feed item links to and reads its article text, politely: one request at a time per host
 * (robots.txt included), a pause between them (the host's Crawl-delay when longer, up to a minute), robots.txt
 * obeyed, a size cap and a timeout on every page, and Dispatch's own User-Agent. Feeds of other hosts are not held
 * up: each host has its own turn.
 */
public final class PageFetcher {
    /** A Crawl-delay longer than this is not waited out: the page is left to its feed's summary instead. */
    static final Duration MAX_CRAWL_DELAY = Duration.ofMinutes(1);

    /** One host's turn: who holds it, and when it may be asked again. */
    private static final class Host {
        final ReentrantLock turn = new ReentrantLock(true);
        long nextAllowedNanos = System.nanoTime();
    }

    private final FeedHttp http;
    private final RobotsRules robots;
    private final Duration delay;
    private final Map<String, Host> hosts = new ConcurrentHashMap<>();
    private RequestTimes requestTimes = (start, end) -> { };

    /** When each request to a site began and ended, on this fetcher's clock ({@link System#nanoTime()}). */
    @FunctionalInterface
    interface RequestTimes {
        void request(long startNanos, long endNanos);
    }

    /**
     * @param settings timeout, size cap and User-Agent of each page request (retries are not polite: give 0)
     * @param delay    pause between two requests to one host
     */
    public PageFetcher(HttpSettings settings, Duration delay) {
        this.http = new FeedHttp(settings, "text/html, application/xhtml+xml;q=0.9, */*;q=0.5");
        this.robots = new RobotsRules(http);
        this.delay = delay;
    }

    /** Tells {@code times} when each request began and ended: the clock the pause between requests is kept on. */
    PageFetcher reportingRequestTimes(RequestTimes times) {
        this.requestTimes = times;
        return this;
    }

    /**
     * What reading one page gave: its article text, or none (the reason told to the caller's problems) and whether
     * asking again later may give more (a timeout or a server error may; robots.txt or a PDF will not).
     */
    record Page(Optional<String> text, boolean worthRetrying) {
        static Page none(boolean worthRetrying) {
            return new Page(Optional.empty(), worthRetrying);
        }
    }

    /** The article text of the page at {@code link}; when there is none, the reason is told to {@code problems}. */
    Page read(String link, Consumer<String> problems) throws InterruptedException {
        URI page;
        try {
            page = URI.create(link);
        } catch (IllegalArgumentException e) {
            problems.accept("page not fetched: not an address: " + link);
            return Page.none(false);
        }
        if (!"http".equalsIgnoreCase(page.getScheme()) && !"https".equalsIgnoreCase(page.getScheme())
                || page.getRawAuthority() == null) {
            problems.accept("page not fetched: only http and https pages are fetched: " + link);
            return Page.none(false);
        }
        Host host = hosts.computeIfAbsent(RobotsRules.hostKey(page), h -> new Host());
        host.turn.lockInterruptibly();
        try {
            BaseRobotRules rules = robots.known(page);
            if (rules == null) {
                long start = awaitTurn(host);
                rules = robots.fetch(page);
                host.nextAllowedNanos = ended(start) + pause(rules).toNanos();
            }
            if (rules.getCrawlDelay() > MAX_CRAWL_DELAY.toMillis()) {
                problems.accept("page not fetched: its site asks for " + rules.getCrawlDelay() / 1000
                        + " s between requests (Crawl-delay)");
                return Page.none(false);
            }
            if (!rules.isAllowed(page.toString())) {
                // A robots.txt that could not be fetched disallows everything for a while: ask again later then.
                problems.accept("page not fetched: " + (rules.isDeferVisits()
                        ? "its site's robots.txt could not be read" : "robots.txt disallows it"));
                return Page.none(rules.isDeferVisits());
            }
            long start = awaitTurn(host);
            Fetch fetch = http.fetch(page, Validators.NONE);
            host.nextAllowedNanos = ended(start) + pause(rules).toNanos();
            if (fetch.outcome() != Fetch.Outcome.FETCHED) {
                problems.accept("page not fetched: " + fetch.problem());
                return Page.none(fetch.status() == -1 || fetch.status() >= 500 || fetch.status() == 429);
            }
            String type = fetch.contentType() == null ? "" : fetch.contentType().toLowerCase(java.util.Locale.ROOT);
            if (!type.isEmpty() && !type.contains("html")) {
                problems.accept("page not read: it is " + type + ", not HTML");
                return Page.none(false);
            }
            String text = FetchedArticle.pageText(new String(fetch.body(), charset(type)));
            return new Page(text.isBlank() ? Optional.empty() : Optional.of(text), false);
        } finally {
            host.turn.unlock();
        }
    }

    /**
     * Waits until the host may be asked again and returns the moment the request starts: the pause runs from the
     * end of the previous request (robots.txt too). A sleep may end a hair early on some clocks, so it is re-checked.
     */
    private static long awaitTurn(Host host) throws InterruptedException {
        long now;
        while ((now = System.nanoTime()) < host.nextAllowedNanos) {
            Thread.sleep(Duration.ofNanos(host.nextAllowedNanos - now));
        }
        return now;
    }

    /** The end of a request begun at {@code start}, told to the observer; the next pause counts from it. */
    private long ended(long start) {
        long end = System.nanoTime();
        requestTimes.request(start, end);
        return end;
    }

    private Duration pause(BaseRobotRules rules) {
        long crawlDelay = rules.getCrawlDelay();
        return crawlDelay > delay.toMillis() ? Duration.ofMillis(crawlDelay) : delay;
    }

    private static java.nio.charset.Charset charset(String contentType) {
        int at = contentType.indexOf("charset=");
        if (at < 0) return StandardCharsets.UTF_8;
        try {
            return java.nio.charset.Charset.forName(contentType.substring(at + 8).replaceAll("[\"';].*", "").strip());
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
