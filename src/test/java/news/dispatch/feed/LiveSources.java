package news.dispatch.feed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

import news.dispatch.index.LiveIndexWriter;
import news.dispatch.index.Schema;

/** A watcher over a live index as {@code dispatch watch} runs it, its report kept; and what the index committed. */
final class LiveSources implements AutoCloseable {
    static final HttpSettings HTTP = new HttpSettings(Duration.ofSeconds(20), 1 << 22, 3, 0, Duration.ofMillis(10), "t");

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    final FeedWatcher watcher;

    LiveSources(List<URI> feeds, List<Path> folders, LiveIndexWriter index, Path indexDir) throws IOException {
        watcher = new FeedWatcher(feeds, folders, index, HTTP, FeedStateFile.besideIndex(indexDir),
                new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    /** One poll of every source; true when nothing failed and nothing was skipped (the exit code's 0). */
    boolean poll() throws InterruptedException {
        return watcher.pollOnce();
    }

    String report() {
        return log.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }

    /** An RSS 2.0 feed of the items given as (guid or null, link or null, title). */
    static String rss(String title, String... guidLinkTitle) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>")
                .append(title).append("</title><link>https://example.org/</link><description>d</description>");
        for (int i = 0; i < guidLinkTitle.length; i += 3) {
            xml.append("<item>");
            if (guidLinkTitle[i] != null) xml.append("<guid>").append(guidLinkTitle[i]).append("</guid>");
            if (guidLinkTitle[i + 1] != null) xml.append("<link>").append(guidLinkTitle[i + 1]).append("</link>");
            xml.append("<title>").append(guidLinkTitle[i + 2]).append("</title><pubDate>Mon, 30 Nov 2026 10:00:00 GMT")
                    .append("</pubDate><description>").append(guidLinkTitle[i + 2]).append(" was reported.</description></item>");
        }
        return xml.append("</channel></rss>").toString();
    }

    /** The committed articles' titles by id. */
    static Map<String, String> titles(Path indexDir) {
        return stored(indexDir, Schema.TITLE);
    }

    /** A stored field of every committed article, by id. */
    static Map<String, String> stored(Path indexDir, String field) {
        Map<String, String> values = new TreeMap<>();
        try (Directory dir = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields fields = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) continue;
                    var d = fields.document(doc);
                    values.put(d.get(Schema.ID), d.get(field));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }
}
