package news.dispatch.corpus;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;

/**
 * Articles that come from the network (feed items) rather than from files: the same cleanup and title rules as
 * every file format ({@link ArticleText}), and HTML turned into text the way saved pages are.
 */
public final class FetchedArticle {
    private FetchedArticle() {
    }

    /**
     * The article these fields describe, or empty (reported to {@code problems}) when it has neither title nor body.
     *
     * @param origin where it came from, for messages and the index's file field (the feed's address)
     */
    public static Optional<Article> assemble(String id, String title, String body, Instant date, String source,
                                             String url, String language, Path origin, Consumer<String> problems) {
        return assemble(id, title, body, date, source, url, language, null, origin, problems);
    }

    /** The same, with the item's author (as the feed names it; markup removed). */
    public static Optional<Article> assemble(String id, String title, String body, Instant date, String source,
                                             String url, String language, String author, Path origin,
                                             Consumer<String> problems) {
        String text = ArticleText.body(ArticleText.normalize(body));
        String heading = ArticleText.title(title);
        if (heading.isEmpty() && text.isEmpty()) {
            problems.accept("no title and no text");
            return Optional.empty();
        }
        if (heading.isEmpty()) heading = ArticleText.titleFromBody(text);
        return Optional.of(new Article(id, heading, text, date, blankToNull(source), blankToNull(url),
                ArticleLanguage.of(language, heading, text), origin, 0, ArticleText.author(author)));
    }

    /** The readable text of an HTML fragment (a feed's description or content), paragraphs kept apart. */
    public static String htmlText(String html) {
        if (html == null || html.isBlank()) return "";
        return HtmlText.of(Jsoup.parseBodyFragment(orphanCellsApart(html)).body());
    }

    /**
     * A fragment holding table rows or cells without their table (a feed quoting part of a page): the HTML parser
     * drops such tags outside a table, which would glue the cells' words ("JoeBiden"), so they become spaces and
     * line breaks first. A fragment with a table is parsed as it is.
     */
    private static String orphanCellsApart(String html) {
        if (TABLE.matcher(html).find()) return html;
        return ROW_TAG.matcher(CELL_TAG.matcher(html).replaceAll(" ")).replaceAll("<br>");
    }

    private static final Pattern TABLE = Pattern.compile("<table\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CELL_TAG = Pattern.compile("</?t[dh]\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ROW_TAG = Pattern.compile("</?(?:tr|thead|tbody|tfoot|caption)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);

    /** The article text of a whole web page (a feed item's linked page), read as saved pages are read. */
    public static String pageText(String html) {
        if (html == null || html.isBlank()) return "";
        return HtmlArticleReader.text(Jsoup.parse(html));
    }

    /** How the index's file field of a feed's articles begins: an address, never a path of this machine. */
    private static final String FEED_ORIGIN = "feed:";
    /** Longer parts of a feed's address are shortened to a head and a hash, so the origin stays one bounded term. */
    private static final int MAX_ORIGIN_PART_CHARS = 200;

    /**
     * The feed's address as its articles' origin (the index's file field): {@code feed:host_port/_path}, and
     * {@code /query} after it when there is one ({@code /rss?cat=world} and {@code /rss?cat=sport} are two feeds).
     */
    public static Path feedOrigin(URI feed) {
        String host = String.valueOf(feed.getHost());
        if (host.length() > MAX_ORIGIN_PART_CHARS) host = ArticleKeys.shortHash(host);
        Path origin = Path.of(FEED_ORIGIN + host + (feed.getPort() > 0 ? "_" + feed.getPort() : ""),
                originPart(String.valueOf(feed.getRawPath())));
        String query = feed.getRawQuery();
        return query == null || query.isEmpty() ? origin : origin.resolve(originPart(query));
    }

    private static String originPart(String raw) {
        String part = raw.replaceAll("[^A-Za-z0-9._-]", "_");
        return part.length() > MAX_ORIGIN_PART_CHARS
                ? part.substring(0, MAX_ORIGIN_PART_CHARS) + "~" + ArticleKeys.shortHash(part) : part;
    }

    /** True when {@code origin} is a feed's address ({@link #feedOrigin}), not a file. */
    public static boolean isFeedOrigin(Path origin) {
        return origin != null && !origin.isAbsolute() && origin.getNameCount() > 0
                && origin.getName(0).toString().startsWith(FEED_ORIGIN);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
