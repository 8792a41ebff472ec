package news.dispatch.index;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import news.dispatch.corpus.Article;
import news.dispatch.corpus.FetchedArticle;

/**
 * Who may write an article under an id the index already holds: the one decision {@code dispatch index},
 * {@code watch --folder} and {@code watch --feed} share. Every article knows its origin (the index's file field): the
 * corpus file it came from, or its feed's address ({@code feed:host/path}). An id belongs to the article holding it
 * while that article's origin lives; an article of another source with the same id is refused and reported, never
 * written over it, so two sources never overwrite each other in turn.
 *
 * <p>The origin lives, for a file, while the file exists outside the folders being read now (a file that is gone was
 * moved or deleted, and a file inside them is this run's to judge); for a feed, always: a feed's articles stay after
 * their items leave the feed, and nothing else may replace them. (A feed whose address has a query, such as
 * {@code /rss?cat=world}, also owns what an index written before queries were part of the origin holds for
 * {@code /rss}.)
 */
public final class IdOwnership {
    private IdOwnership() {
    }

    /**
     * Null when {@code article} may be written under its id, which the index holds for an article of {@code holder}
     * (null when it holds no such id); else why not, as a reader of the report wants it.
     *
     * @param roots the folders this run reads, or the feed's address for a feed's items
     */
    static String refusal(Article article, Path holder, List<Path> roots) {
        if (holder == null || holder.equals(article.file())) return null;
        boolean feed = FetchedArticle.isFeedOrigin(holder);
        if (!feed && (roots.stream().anyMatch(holder::startsWith) || !Files.exists(holder))) return null;
        // The same feed, its articles written before a feed's query was part of its origin.
        if (feed && article.file().startsWith(holder)) return null;
        return "id '" + article.id() + "' is already taken by " + (feed ? "an item of " : "") + holder
                + ", outside the " + (FetchedArticle.isFeedOrigin(article.file()) ? "feed" : "folders")
                + " of this run; that article is kept and this one skipped ("
                + (feed || FetchedArticle.isFeedOrigin(article.file())
                ? "two sources gave one id; remove one of them or give the article its own id)"
                : "give it its own id, or rename one of the two corpus folders)");
    }

    /** Why a second article with an id already read in this run is skipped: the first one read is kept. */
    public static String duplicate(Article article, Path first) {
        return "duplicate id '" + article.id() + "' (first seen in " + first + "); give each article its own id";
    }
}
