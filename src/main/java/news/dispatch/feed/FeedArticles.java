package news.dispatch.feed;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import news.dispatch.corpus.Article;
import news.dispatch.corpus.ArticleKeys;
import news.dispatch.corpus.ArticleLanguage;
import news.dispatch.corpus.FetchedArticle;
import news.dispatch.corpus.PublicationDates;

/**
 * Turns a feed's items into articles under the same rules as files ({@link FetchedArticle}): text from HTML, a
 * title from the text when there is none, an id from {@link ItemIds}. Each bad item is reported and skipped alone.
 */
final class FeedArticles {
    private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z/!]|&#?\\w+;");

    private FeedArticles() {
    }

    /**
     * @param problems hears "item N: reason" for each item skipped or read with a warning. Items sharing an id
     *                 (a guid or link repeated) are one article: the first in the feed is kept, the others reported.
     */
    static List<Article> of(ParsedFeed feed, URI feedUri, Instant now, Consumer<String> problems) {
        // Ids of items numbered within their feed start with its address: shown by the API, so without credentials.
        String feedUrl = Credentials.hidden(feedUri.toString());
        Path origin = origin(feedUri);
        String source = feed.title() == null ? feedUri.getHost() : text(feed.title());
        String language = ArticleKeys.boundedLanguage(ArticleLanguage.normalise(feed.language()), r -> problems.accept("the feed's " + r));
        List<Article> articles = new ArrayList<>();
        Map<String, Integer> firstItem = new HashMap<>();
        int n = 0;
        for (FeedItem item : feed.items()) {
            n++;
            String where = "item " + n + (item.link() != null ? " (" + excerpt(item.link()) + ")" : "");
            Instant date = item.date();
            if (date == null) {
                problems.accept(where + ": no date or an unreadable one; indexed without a date");
            } else if (!PublicationDates.isPlausible(date, now)) {
                // The one rule of every input (files, folders, feeds), so that a date filter treats them alike.
                problems.accept(where + ": absurd date " + date + " (a placeholder, before "
                        + PublicationDates.EARLIEST_PLAUSIBLE + " or more than " + PublicationDates.FUTURE_SLACK.toDays()
                        + " days ahead); indexed without a date");
                date = null;
            }
            String body = item.html() == null ? "" : MARKUP.matcher(item.html()).find()
                    ? FetchedArticle.htmlText(item.html()) : item.html();
            String id = ArticleKeys.boundedId(ItemIds.of(item, feedUrl),
                    item.guid() != null ? "guid" : item.link() != null ? "link (used as the id)" : "id",
                    reason -> problems.accept(where + ": " + reason));
            Integer first = firstItem.get(id);
            if (first != null) {
                // Checked before the item is assembled: a feed repeating one item a thousand times costs one.
                problems.accept(where + ": skipped: same " + (item.guid() != null ? "guid" : "link") + " as item "
                        + first + " (one article; the first in the feed is kept)");
                continue;
            }
            var article = FetchedArticle.assemble(id, text(item.title()), body, date, source, item.link(), language,
                    item.author() == null ? null : text(item.author()), origin,
                    reason -> problems.accept(where + ": skipped: " + reason));
            if (article.isEmpty()) continue;
            firstItem.put(id, n);
            articles.add(article.get());
        }
        return articles;
    }

    /** A value as a report shows it: a hostile 40,000-character link is not printed whole. */
    private static String excerpt(String value) {
        return value.length() > 200 ? value.substring(0, 200) + "…" : value;
    }

    /** Titles often carry escaped markup ("&lt;b&gt;Breaking&lt;/b&gt;"); the reader wants the words. */
    private static String text(String maybeHtml) {
        if (maybeHtml == null) return "";
        return MARKUP.matcher(maybeHtml).find() ? FetchedArticle.htmlText(maybeHtml) : maybeHtml;
    }

    /** The feed's address as the articles' origin (the index's file field, never a path of this machine). */
    static Path origin(URI feedUri) {
        return FetchedArticle.feedOrigin(feedUri);
    }
}
