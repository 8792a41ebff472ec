package news.dispatch.feed;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

/**
 * What each host's robots.txt allows Dispatch, read with crawler-commons (RFC 9309 groups, wildcards, Crawl-delay),
 * asked once per host and kept for a day. A robots.txt that is missing (4xx) allows everything; one that cannot be
 * fetched (5xx, timeout) allows nothing for an hour, as the RFC asks of a site that may be in trouble.
 */
final class RobotsRules {
    static final String ROBOT_NAME = "dispatch";
    private static final Duration KEEP = Duration.ofDays(1);
    private static final Duration KEEP_FAILURE = Duration.ofHours(1);

    private record Known(BaseRobotRules rules, Instant until) {
    }

    private final FeedHttp http;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, Known> byHost = new ConcurrentHashMap<>();

    RobotsRules(FeedHttp http) {
        this.http = http;
    }

    /** The rules of {@code page}'s host when they were fetched recently enough, else null. */
    BaseRobotRules known(URI page) {
        Known known = byHost.get(hostKey(page));
        return known != null && Instant.now().isBefore(known.until()) ? known.rules() : null;
    }

    /** Fetches and keeps the rules of {@code page}'s host. Called with the host's turn held: it is a request too. */
    BaseRobotRules fetch(URI page) throws InterruptedException {
        String host = hostKey(page);
        URI robots = URI.create(host + "/robots.txt");
        Fetch fetch = http.fetch(robots, Validators.NONE);
        BaseRobotRules rules;
        Duration keep = KEEP;
        if (fetch.outcome() == Fetch.Outcome.FETCHED) {
            rules = parser.parseContent(robots.toString(), fetch.body(), fetch.contentType(), ROBOT_NAME);
        } else {
            int status = fetch.status() > 0 ? fetch.status() : 503;
            rules = parser.failedFetch(status);
            if (status >= 500) keep = KEEP_FAILURE;
        }
        byHost.put(host, new Known(rules, Instant.now().plus(keep)));
        return rules;
    }

    /** scheme://host[:port]: robots.txt belongs to the origin, not to the host name alone. */
    static String hostKey(URI page) {
        return page.getScheme().toLowerCase(java.util.Locale.ROOT) + "://" + page.getRawAuthority();
    }
}
