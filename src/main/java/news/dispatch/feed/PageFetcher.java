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
 * up: each host has its own turn. A link may not reach inside the network ({@link AddressGuard}); redirects are
 * followed here, each hop checked, asked under its own site's robots.txt, turn and pause.
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
    private final AddressGuard guard;
    private final int maxRedirects;
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
        this(settings, delay, AddressGuard.refusingPrivate());
    }

    /** @param guard which addresses a link (and each of its redirects, and each site's robots.txt) may reach */
    public PageFetcher(HttpSettings settings, Duration delay, AddressGuard guard) {
        this.http = new FeedHttp(settings, "text/html, application/xhtml+xml;q=0.9, */*;q=0.5", guard);
        this.robots = new RobotsRules(http);
        this.delay = delay;
        this.guard = guard;
        this.maxRedirects = settings.maxRedirects();
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

    /**
     * The article text of the page at {@code link}; when there is none, the reason is told to {@code problems}.
     * Redirects are followed here, hop by hop, each hop as if it were the link: its address checked, its site's
     * robots.txt obeyed and its site's turn and pause kept.
     */
    Page read(String link, Consumer<String> problems) throws InterruptedException {
        URI page;
        try {
            page = URI.create(link);
        } catch (IllegalArgumentException e) {
            problems.accept("page not fetched: not an address: " + link);
            return Page.none(false);
        }
        return read(FeedHttp.followRedirects(page, maxRedirects, 1, hop -> hop(hop, link)), problems);
    }

    /**
     * One request for {@code page} (the link or a redirect's target); a page not asked (a refused address, robots.txt)
     * answers as a failed fetch with the reason, retryable when asking later may pass.
     */
    private FeedHttp.Hop hop(URI page, String link) throws InterruptedException {
        if (!"http".equalsIgnoreCase(page.getScheme()) && !"https".equalsIgnoreCase(page.getScheme())
                || page.getRawAuthority() == null) {
            return FeedHttp.Hop.failed(page, 0, "only http and https pages are fetched: "
                    + (page.toString().equals(link) ? link : page + " (redirected from " + link + ")"), 1);
        }
        // Checked before robots.txt too: a refused address gets no request at all.
        AddressGuard.Refusal refused = guard.refusal(page);
        if (refused != null) {
            String where = page.toString().equals(link) ? "" : " (redirected to " + page + ")";
            return FeedHttp.Hop.failed(page, refused.mayPassLater() ? -1 : 0, refused.reason() + where, 1);
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
                return FeedHttp.Hop.failed(page, 0, "its site asks for " + rules.getCrawlDelay() / 1000
                        + " s between requests (Crawl-delay)", 1);
            }
            if (!rules.isAllowed(page.toString())) {
                // A robots.txt that could not be fetched disallows everything for a while: ask again later then.
                return rules.isDeferVisits()
                        ? FeedHttp.Hop.failed(page, -1, "its site's robots.txt could not be read", 1)
                        : FeedHttp.Hop.failed(page, 0, "robots.txt disallows it", 1);
            }
            long start = awaitTurn(host);
            FeedHttp.Hop answer = http.hop(page, Validators.NONE, 1);
            host.nextAllowedNanos = ended(start) + pause(rules).toNanos();
            return answer;
        } finally {
            host.turn.unlock();
        }
    }

    /** The article text of a fetched page, or none with the reason. */
    private static Page read(Fetch fetch, Consumer<String> problems) {
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
