package news.dispatch.feed;

import java.time.Instant;

/**
 * One item of a feed as published, before Dispatch's rules.
 *
 * @param guid  the item's own id (RSS guid, Atom id), or null
 * @param link  its link, resolved against the feed's address, or null
 * @param title may hold HTML (many feeds escape markup into titles)
 * @param html  content:encoded / Atom content when present, else the summary or description; HTML or text
 * @param date  published, else updated, or null
 */
public record FeedItem(String guid, String link, String title, String html, Instant date, String author) {
}
