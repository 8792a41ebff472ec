package news.dispatch.feed;

import java.util.List;

/** A feed read by {@link FeedParser}: its own title and language, its items in the order published. */
public record ParsedFeed(String type, String title, String language, List<FeedItem> items) {
}
