package news.dispatch.feed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;

import news.dispatch.corpus.Article;
import news.dispatch.corpus.FileBesideIndex;
import news.dispatch.index.ArticleDocument;

/**
 * Which feed items had their linked page read, by the version of the item the feed gave (a hash of it), kept in a
 * JSON file beside the index ({@code index.pages.json}, replaced atomically). A page is fetched once per version of
 * its item, not on every poll; an edited item has its page read again. Only the items a feed still lists are kept,
 * so the file stays as small as the feeds.
 */
public final class FetchedPages {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What to write for one poll of a feed, and the versions to remember once it is committed. */
    public record Batch(List<Article> articles, int alreadyRead, Map<String, String> versions) {
    }

    private final Path file;
    private final Map<String, Map<String, String>> byFeed;

    private FetchedPages(Path file, Map<String, Map<String, String>> byFeed) {
        this.file = file;
        this.byFeed = byFeed;
    }

    /** The record kept beside an index folder: {@code index} → {@code index.pages.json}. */
    public static FetchedPages besideIndex(Path index) throws IOException {
        Path file = FileBesideIndex.of(index, "pages.json");
        Map<String, Map<String, String>> known = new ConcurrentSkipListMap<>();
        if (Files.exists(file)) read(file, known);
        return new FetchedPages(file, known);
    }

    /**
     * Reads the record as far as it goes: a damaged file (cut short, a null or a wrong type where a feed's items
     * belong, edited by hand) keeps every feed and item that is readable, and the damage is reported once. An item
     * whose record is lost has its page read again; nothing else is.
     */
    private static void read(Path file, Map<String, Map<String, String>> known) {
        List<String> damage = SalvagedJson.read(JSON, file, JsonToken.START_OBJECT, "a record of feeds",
                (feed, items, entryDamage) -> {
                    if (items == null || !items.isObject()) {
                        entryDamage.add(feed + ": not a record of items, dropped");
                        return;
                    }
                    Map<String, String> versions = new TreeMap<>();
                    items.properties().forEach(e -> {
                        if (e.getValue().isTextual()) versions.put(e.getKey(), e.getValue().asText());
                    });
                    if (versions.size() < items.size()) entryDamage.add(feed + ": "
                            + (items.size() - versions.size()) + " unreadable items dropped");
                    known.put(feed, versions);
                });
        if (!damage.isEmpty()) {
            System.err.println(file + ": damaged record of pages read: " + String.join("; ", damage) + ". Kept "
                    + known.size() + " feeds; the pages of any other item are read again.");
        }
    }

    /**
     * The feed's articles with the text of their pages where it is longer than the feed's own (a summary): items
     * whose page was read for this same version and that the index holds are left out (they are there as written).
     */
    Batch withPages(String feed, List<Article> articles, PageFetcher pages, Predicate<String> inIndex,
                                 Consumer<String> problems) throws InterruptedException {
        // No lock held while pages are fetched: one slow site must not hold up the other feeds.
        Map<String, String> read = byFeed.getOrDefault(feed, Map.of());
        List<Article> toWrite = new ArrayList<>();
        Map<String, String> versions = new HashMap<>();
        int alreadyRead = 0;
        for (Article item : articles) {
            String version = ArticleDocument.hash(item);
            // Read before, and still in the index (an index deleted meanwhile gets it again).
            if (version.equals(read.get(item.id())) && inIndex.test(item.id())) {
                alreadyRead++;
                versions.put(item.id(), version);
                continue;
            }
            Article article = item;
            if (item.url() != null) {
                String where = item.url() + ": ";
                PageFetcher.Page page = pages.read(item.url(), p -> problems.accept(where + p));
                var text = page.text();
                if (text.isPresent() && text.get().length() > item.body().length()) article = item.withBody(text.get());
                // Remembered even when the page gave nothing better (not asked again for this version), unless a
                // later poll may do better.
                if (!page.worthRetrying()) versions.put(item.id(), version);
            }
            toWrite.add(article);
        }
        return new Batch(toWrite, alreadyRead, versions);
    }

    /** After the batch's articles are committed: the feed's current items and their versions are what was read. */
    synchronized void remember(String feed, Batch batch) throws IOException {
        byFeed.put(feed, new TreeMap<>(batch.versions()));
        FileBesideIndex.replace(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(byFeed));
    }
}
