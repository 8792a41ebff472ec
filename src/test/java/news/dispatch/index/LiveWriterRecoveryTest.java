package news.dispatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.FilterIndexOutput;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.dispatch.entity.Entities;
import news.dispatch.feed.FeedFixtureServer;
import news.dispatch.feed.FeedStateFile;
import news.dispatch.feed.FeedStatus;
import news.dispatch.feed.FeedWatcher;
import news.dispatch.feed.HttpSettings;

/**
 * A write that fails (a full disk) never stops a running watch: the poll is reported as failed in its exit code and
 * the status file, the items it could not write are not taken as seen, and once writes succeed again the next poll
 * reopens the writer and indexes them. The failures are real Lucene writes failing: a {@link FilterDirectory} over
 * the index folder refuses to write the files it is told to, as a full disk does.
 */
class LiveWriterRecoveryTest {
    static final HttpSettings HTTP = new HttpSettings(Duration.ofSeconds(20), 1 << 20, 3, 0, Duration.ofMillis(10), "t");

    @TempDir
    Path dir;

    /** The index folder whose writes fail while {@link #failing} says so for the file being written. */
    static final class FullDisk extends FilterDirectory {
        final AtomicReference<Predicate<String>> failing = new AtomicReference<>(name -> false);

        FullDisk(Directory in) {
            super(in);
        }

        @Override
        public IndexOutput createOutput(String name, IOContext context) throws IOException {
            return failingOutput(name, in.createOutput(name, context));
        }

        @Override
        public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
            IndexOutput out = in.createTempOutput(prefix, suffix, context);
            return failingOutput(out.getName(), out);
        }

        private IndexOutput failingOutput(String name, IndexOutput out) {
            return new FilterIndexOutput("failing(" + name + ")", name, out) {
                @Override
                public void writeByte(byte b) throws IOException {
                    check();
                    super.writeByte(b);
                }

                @Override
                public void writeBytes(byte[] b, int offset, int length) throws IOException {
                    check();
                    super.writeBytes(b, offset, length);
                }

                private void check() throws IOException {
                    if (failing.get().test(name)) throw new IOException("No space left on device");
                }
            };
        }

        void fill() {
            failing.set(name -> true);
        }

        void failCommitsOnly() {
            failing.set(name -> name.startsWith("pending_segments") || name.startsWith("segments"));
        }

        void free() {
            failing.set(name -> false);
        }
    }

    static String rss(String... titles) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>F</title>"
                + "<link>https://f.example/</link><description>d</description>");
        for (String t : titles) {
            xml.append("<item><guid>urn:f:").append(t).append("</guid><title>").append(t).append("</title>")
                    .append("<pubDate>Mon, 30 Nov 2026 10:00:00 GMT</pubDate><description>").append(t)
                    .append(" happened.</description></item>");
        }
        return xml.append("</channel></rss>").toString();
    }

    /** Serves the body with an ETag and answers 304 to it: a poll that took a failed write as done would miss items. */
    static void serveWithEtag(FeedFixtureServer server, String path, AtomicReference<String> body) {
        server.route(path, ex -> {
            String etag = "\"" + Integer.toHexString(body.get().hashCode()) + "\"";
            ex.getResponseHeaders().set("ETag", etag);
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
            } else {
                FeedFixtureServer.send(ex, 200, "application/rss+xml", body.get());
            }
        });
    }

    static Set<String> ids(Path index) throws IOException {
        Set<String> ids = new TreeSet<>();
        try (Directory d = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(d)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) ids.add(leaf.reader().storedFields().document(doc).get(Schema.ID));
                }
            }
        }
        return ids;
    }

    @Test
    void aFeedWhoseWritesFailIsReportedAndItsItemsIndexedOnceWritesSucceedAgain() throws Exception {
        Path index = dir.resolve("index");
        Files.createDirectories(index);
        FullDisk disk = new FullDisk(FSDirectory.open(index));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        AtomicReference<String> feed = new AtomicReference<>(rss("one"));
        try (FeedFixtureServer server = new FeedFixtureServer();
             LiveIndexWriter live = LiveIndexWriter.open(index, disk, text -> Entities.NONE);
             FeedWatcher watcher = new FeedWatcher(List.of(server.uri("/rss")), List.of(), live, HTTP,
                     FeedStateFile.besideIndex(index), new PrintStream(log, true, StandardCharsets.UTF_8))) {
            serveWithEtag(server, "/rss", feed);
            assertTrue(watcher.pollOnce());
            feed.set(rss("one", "two"));
            disk.fill();
            for (int failed = 1; failed <= 2; failed++) {
                assertFalse(watcher.pollOnce(), "a failed write is in the exit code");
                FeedStatus status = FeedStateFile.besideIndex(index).read().get(server.uri("/rss").toString());
                assertEquals("failed", status.status(), status.toString());
                assertTrue(status.message().startsWith("could not write the index: "), status.message());
                assertEquals(failed, status.failures());
            }
            feed.set(rss("one", "two", "three"));
            disk.free();
            assertTrue(watcher.pollOnce(), log.toString(StandardCharsets.UTF_8));
            assertEquals(Set.of("urn:f:one", "urn:f:two", "urn:f:three"), ids(index));
            FeedStatus status = FeedStateFile.besideIndex(index).read().get(server.uri("/rss").toString());
            assertEquals("ok", status.status());
            assertEquals(3, status.added());
            assertEquals(3, live.articles());
        }
        String report = log.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("No space left on device"), report);
        assertFalse(report.contains("AlreadyClosed") || report.contains("is closed"), report);
    }

    @Test
    void aCommitThatFailsLeavesNothingHalfWrittenAndIsRetried() throws Exception {
        Path index = dir.resolve("index");
        Files.createDirectories(index);
        FullDisk disk = new FullDisk(FSDirectory.open(index));
        AtomicReference<String> feed = new AtomicReference<>(rss("one"));
        try (FeedFixtureServer server = new FeedFixtureServer();
             LiveIndexWriter live = LiveIndexWriter.open(index, disk, text -> Entities.NONE);
             FeedWatcher watcher = new FeedWatcher(List.of(server.uri("/rss")), List.of(), live, HTTP,
                     FeedStateFile.besideIndex(index), new PrintStream(new ByteArrayOutputStream()))) {
            serveWithEtag(server, "/rss", feed);
            assertTrue(watcher.pollOnce());
            feed.set(rss("one", "two"));
            disk.failCommitsOnly();
            assertFalse(watcher.pollOnce());
            assertEquals(Set.of("urn:f:one"), ids(index));
            assertEquals(1, live.articles(), "the failed batch was rolled back, not left pending");
            disk.free();
            assertTrue(watcher.pollOnce());
            assertEquals(Set.of("urn:f:one", "urn:f:two"), ids(index));
        }
    }

    @Test
    void aFolderWhoseWritesFailIsReadAgainOnceWritesSucceed() throws Exception {
        Path index = dir.resolve("index");
        Path folder = dir.resolve("drop");
        Files.createDirectories(index);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("a.txt"), "Report A\n\nText of report A.");
        Path b = Files.writeString(folder.resolve("b.txt"), "Report B\n\nText of report B.");
        FullDisk disk = new FullDisk(FSDirectory.open(index));
        try (LiveIndexWriter live = LiveIndexWriter.open(index, disk, text -> Entities.NONE);
             FeedWatcher watcher = new FeedWatcher(List.of(), List.of(folder), live, HTTP,
                     FeedStateFile.besideIndex(index), new PrintStream(new ByteArrayOutputStream()))) {
            assertTrue(watcher.pollOnce());
            disk.fill();
            Files.writeString(folder.resolve("c.txt"), "Report C\n\nText of report C.");
            Files.delete(b);
            assertFalse(watcher.pollOnce());
            assertEquals("failed", watcher.statuses().getFirst().status());
            assertEquals(Set.of("drop/a.txt", "drop/b.txt"), ids(index));
            disk.free();
            assertTrue(watcher.pollOnce());
            assertEquals(Set.of("drop/a.txt", "drop/c.txt"), ids(index));
            assertEquals("ok", watcher.statuses().getFirst().status());
        }
    }
}
