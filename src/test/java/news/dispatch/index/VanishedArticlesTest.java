package news.dispatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.dispatch.TestIndexes;
import news.dispatch.corpus.Problem;
import news.dispatch.entity.Entities;
import news.dispatch.feed.FeedStateFile;
import news.dispatch.feed.FeedWatcher;
import news.dispatch.feed.HttpSettings;

/**
 * Articles whose files are gone leave the index, and only those, whether {@code watch --folder} removes them (the live
 * writer, outside the indexing pipeline) or {@code dispatch index} does. The index built afresh from the folder as it
 * is now is the reference.
 */
class VanishedArticlesTest {
    static final HttpSettings HTTP = new HttpSettings(Duration.ofSeconds(20), 1 << 20, 3, 0, Duration.ofMillis(10), "t");

    @TempDir
    Path dir;

    @Test
    void aFileRemovedFromAWatchedFolderTakesTheNameMergesItMadeWithIt() throws Exception {
        TestIndexes.write(folder(), "a1.txt", "Envoy speaks\n\nChristopher Stevens, the envoy, said Stevens would return to Libya.");
        Path a2 = TestIndexes.write(folder(), "a2.txt",
                "Talks in Tokyo\n\nPrime Minister Yasuhiro Nakasone met Chris Stevens in Tokyo.");
        try (LiveIndexWriter live = LiveIndexWriter.open(index(), TestIndexes.extractor());
             FeedWatcher watcher = watch(live)) {
            assertTrue(watcher.pollOnce());
            Map<String, List<String>> merged = persons(index());
            Files.delete(a2);
            assertTrue(watcher.pollOnce());
            Path reference = dir.resolve("reference");
            TestIndexes.build(reference, folder());
            assertNotEquals(merged.get("drop/a1.txt"), persons(reference).get("drop/a1.txt"),
                    "the fixture's two forms of one name are merged into one: " + merged);
            assertEquals(persons(reference), persons(index()));
        }
    }

    @Test
    void aWatchedFolderKeepsTheArticlesOfALinkedFolderWhoseTargetIsAway() throws Exception {
        linkedFolder();
        try (LiveIndexWriter live = LiveIndexWriter.open(index(), text -> Entities.NONE);
             FeedWatcher watcher = watch(live)) {
            assertTrue(watcher.pollOnce());
            assertEquals(List.of("drop/archive/old.txt", "drop/own.txt"), ids(index()));
            Files.move(folder().resolve(".share"), dir.resolve("unmounted"));
            assertFalse(watcher.pollOnce(), "the broken link is reported");
            assertEquals(List.of("drop/archive/old.txt", "drop/own.txt"), ids(index()));
        }
    }

    @Test
    void anIndexRunKeepsTheArticlesOfALinkedFolderWhoseTargetIsAway() throws Exception {
        linkedFolder();
        List<Problem> problems = new ArrayList<>();
        new Indexer(index(), text -> Entities.NONE, problems::add, 1).run(List.of(folder()), false);
        Files.move(folder().resolve(".share"), dir.resolve("unmounted"));
        IndexSummary again = new Indexer(index(), text -> Entities.NONE, problems::add, 1).run(List.of(folder()), false);
        assertEquals(0, again.removed(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.file().endsWith("archive") && p.skipped()), problems.toString());
        assertEquals(List.of("drop/archive/old.txt", "drop/own.txt"), ids(index()));
    }

    @Test
    void aFolderLinkedUnderASecondNameIsHeldOnce() throws Exception {
        TestIndexes.write(folder().resolve("reports"), "old.txt", "Archive report\n\nAn older report on the harbour.");
        new Indexer(index(), text -> Entities.NONE, p -> { }, 1).run(List.of(folder()), false);
        // A link walked before the folder (names in order): the folder's files are read under the link's name now.
        Files.createSymbolicLink(folder().resolve("archive"), Path.of("reports"));
        new Indexer(index(), text -> Entities.NONE, p -> { }, 1).run(List.of(folder()), false);
        assertEquals(List.of("drop/archive/old.txt"), ids(index()));
    }

    /** The folder watched or indexed. */
    private Path folder() {
        return dir.resolve("drop");
    }

    private Path index() {
        return dir.resolve("index");
    }

    /**
     * The folder with a file of its own and a linked folder inside it ("archive", as a mounted share would be; its
     * target is hidden, so it is walked only through the link).
     */
    private void linkedFolder() throws IOException {
        TestIndexes.write(folder(), "own.txt", "Harbour report\n\nShips waited outside the harbour.");
        TestIndexes.write(folder().resolve(".share"), "old.txt", "Archive report\n\nAn older report on the harbour.");
        Files.createSymbolicLink(folder().resolve("archive"), Path.of(".share"));
    }

    private FeedWatcher watch(LiveIndexWriter live) throws IOException {
        return new FeedWatcher(List.of(), List.of(folder()), live, HTTP, FeedStateFile.besideIndex(index()),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    private static List<String> ids(Path index) throws IOException {
        return new ArrayList<>(persons(index).keySet());
    }

    /** Each article's persons, by id, as the committed index holds them. */
    private static Map<String, List<String>> persons(Path index) throws IOException {
        Map<String, List<String>> byId = new TreeMap<>();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            var live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
            for (int i = 0; i < reader.maxDoc(); i++) {
                if (live != null && !live.get(i)) continue;
                Document d = reader.storedFields().document(i);
                byId.put(d.get(Schema.ID), Arrays.stream(d.getFields(Schema.PERSON)).map(IndexableField::stringValue)
                        .sorted().toList());
            }
        }
        return byId;
    }
}
