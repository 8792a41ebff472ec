package news.dispatch.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.dispatch.TestIndexes;

/**
 * {@code dispatch watch --folder} as a user runs it, in a child JVM: a file deleted from the watched folder takes its
 * articles out of the index, as {@code dispatch index} does; a file that turns unreadable keeps them.
 */
class WatchFolderTest {
    static final Duration LIMIT = Duration.ofMinutes(3);

    @TempDir
    Path dir;

    private static String articles(String... ids) {
        StringBuilder jsonl = new StringBuilder();
        for (String id : ids) {
            jsonl.append("{\"id\": \"").append(id).append("\", \"title\": \"Report ").append(id)
                    .append("\", \"body\": \"A report numbered ").append(id).append(" about harbour traffic.\"}\n");
        }
        return jsonl.toString();
    }

    @Test
    void aFileDeletedFromAWatchedFolderTakesItsArticlesOutOfTheIndex() throws Exception {
        Path folder = dir.resolve("drop");
        Path index = dir.resolve("index");
        TestIndexes.write(folder, "keep.jsonl", articles("k1", "k2"));
        Path gone = TestIndexes.write(folder, "gone.jsonl", articles("g1"));
        try (ChildJvm watch = ChildJvm.start("watch", "--folder", folder.toString(), "--index", index.toString(),
                "--every", "1s")) {
            assertTrue(watch.awaitStderr("3 new", LIMIT), watch.stderr());
            Files.delete(gone);
            assertTrue(watch.awaitStderr("1 removed", LIMIT), watch.stderr());
        }
        assertEquals(List.of("k1", "k2"), IndexedIds.inIndex(index).stream().sorted().toList());
    }

    @Test
    void aFileThatTurnsUnreadableKeepsItsArticles() throws Exception {
        Path folder = dir.resolve("drop");
        Path index = dir.resolve("index");
        TestIndexes.write(folder, "keep.jsonl", articles("k1"));
        Path broken = TestIndexes.write(folder, "broken.jsonl", articles("b1"));
        try (ChildJvm first = ChildJvm.awaitEnd(ChildJvm.start("watch", "--folder", folder.toString(), "--index",
                index.toString(), "--once"), LIMIT)) {
            assertEquals(0, first.exitCode(), first.stderr());
        }
        Files.write(broken, new byte[] {(byte) 0xC3, (byte) 0x28, 0, 0, (byte) 0xFF});
        try (ChildJvm second = ChildJvm.awaitEnd(ChildJvm.start("watch", "--folder", folder.toString(), "--index",
                index.toString(), "--once"), LIMIT)) {
            assertTrue(second.stderr().contains("broken.jsonl"), "the file is reported: " + second.stderr());
        }
        assertEquals(List.of("b1", "k1"), IndexedIds.inIndex(index).stream().sorted().toList());
    }

    @Test
    void aWatchedFolderNamedLikeAnIndexedOneNeverReplacesItsArticleWhicheverRunsNext() throws Exception {
        Path a = dir.resolve("A/feed");
        Path b = dir.resolve("B/feed");
        Path index = dir.resolve("index");
        TestIndexes.write(a, "x.txt", "Alpha report\n\nThe alpha harbour text.");
        TestIndexes.write(b, "x.txt", "Beta report\n\nThe beta harbour text.");
        try (ChildJvm first = ChildJvm.run(LIMIT, "index", "--threads", "1", "--corpus", a.toString(), "--index",
                index.toString())) {
            assertEquals(0, first.exitCode(), first.stderr());
        }
        for (int round = 0; round < 2; round++) {
            try (ChildJvm watch = ChildJvm.run(LIMIT, "watch", "--folder", b.toString(), "--index", index.toString(),
                    "--once")) {
                assertEquals(2, watch.exitCode(), "a refused article is in the exit code: " + watch.stderr());
                assertTrue(watch.stderr().contains("id 'feed/x.txt' is already taken by " + a.resolve("x.txt")),
                        watch.stderr());
                assertTrue(watch.stderr().contains("0 new, 0 updated"), watch.stderr());
            }
            try (ChildJvm again = ChildJvm.run(LIMIT, "index", "--threads", "1", "--corpus", a.toString(), "--index",
                    index.toString())) {
                assertEquals(0, again.exitCode(), "A's own article is never refused: " + again.stderr());
                assertTrue(again.stderr().contains("0 added, 0 updated, 1 unchanged"), again.stderr());
            }
        }
        assertTrue(Files.readString(index.resolveSibling("index.feeds.json")).contains("items skipped"));
    }
}
