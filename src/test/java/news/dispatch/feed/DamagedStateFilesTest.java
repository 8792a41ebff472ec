package news.dispatch.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import news.dispatch.entity.Entities;
import news.dispatch.index.LiveIndexWriter;

/**
 * The files {@code watch} keeps beside the index, damaged by a full disk, a crash of another tool or a hand edit
 * (nulls, wrong types, cut short, not JSON): each is read as far as it goes, the damage is reported once, and the
 * watcher carries on with the state that was readable.
 */
class DamagedStateFilesTest {
    static final String GOOD = "{\"url\": \"http://good.example/rss\", \"lastPoll\": \"2026-11-30T10:00:00Z\","
            + " \"status\": \"ok\", \"validators\": {\"etag\": \"\\\"v1\\\"\"}, \"items\": 3, \"itemProblems\": 0,"
            + " \"added\": 7, \"updated\": 1, \"polls\": 12, \"failures\": 2}";

    @TempDir
    Path dir;

    /** Runs {@code work} with standard error captured, and returns what it printed there. */
    static String stderrOf(ThrowingRunnable work) throws Exception {
        PrintStream before = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            work.run();
        } finally {
            System.setErr(before);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[null, GOOD]", "[GOOD, null]", "[GOOD, 5, \"x\", [], {}, true]", "[{\"url\": null}, GOOD]",
            "[{\"url\": 42}, GOOD]", "[{\"url\": \"\"}, GOOD]", "[{\"status\": \"ok\"}, GOOD]",
            "[GOOD, {\"url\": \"http://b.example/rss\", \"sta", "[GOOD, {\"url\": \"http://b.example/rss\"",
            "[GOOD,", "[GOOD", "[GOOD, }", "[GOOD] trailing"})
    void aDamagedFeedStateKeepsEveryReadableFeed(String shape) throws Exception {
        Path file = Files.writeString(dir.resolve("index.feeds.json"), shape.replace("GOOD", GOOD));
        Map<String, FeedStatus>[] read = new Map[1];
        String report = stderrOf(() -> read[0] = new FeedStateFile(file).read());
        FeedStatus good = read[0].get("http://good.example/rss");
        assertEquals(new FeedStatus("http://good.example/rss", "2026-11-30T10:00:00Z", "ok", null,
                new Validators("\"v1\"", null), 3, 0, 7, 1, 12, 2), good, shape);
        read[0].values().forEach(s -> assertTrue(s.url() != null && s.validators() != null && s.status() != null));
        if (!shape.equals("[GOOD] trailing")) {
            assertEquals(1, report.lines().count(), "reported once: " + report);
            assertTrue(report.contains("damaged feed state"), report);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"[null]", "null", "{}", "\"feeds\"", "42", "", "\u0000\u00ff garbage", "[[[[", "[{}]",
            "[{\"url\": \"http://127.0.0.1/rss\", \"validators\": \"abc\", \"items\": \"many\", \"polls\": -3,"
                    + " \"added\": 1.5, \"failures\": 99999999999999999999, \"status\": 5, \"lastPoll\": []}]"})
    void aFeedStateOfTheWrongShapeIsReportedAndWatchingGoesOn(String shape) throws Exception {
        Path index = dir.resolve("index");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("index.feeds.json"), shape);
        int dead;
        try (var socket = new java.net.ServerSocket(0)) {
            dead = socket.getLocalPort(); // closed again: nothing listens there
        }
        URI feed = URI.create("http://127.0.0.1:" + dead + "/rss");
        HttpSettings quick = new HttpSettings(Duration.ofSeconds(10), 1 << 20, 3, 1, Duration.ofMillis(10), "t");
        String report = stderrOf(() -> {
            try (LiveIndexWriter writer = LiveIndexWriter.open(index, text -> Entities.NONE);
                 FeedWatcher watcher = new FeedWatcher(List.of(feed), List.of(), writer, quick,
                         FeedStateFile.besideIndex(index), new PrintStream(new ByteArrayOutputStream()))) {
                watcher.pollOnce();
                FeedStatus status = watcher.statuses().getFirst();
                assertEquals("failed", status.status(), status.toString());
                assertEquals(1, status.polls(), status.toString());
            }
        });
        assertFalse(report.contains("Exception"), report);
        // The state written after the poll is whole again.
        var written = new ObjectMapper().readTree(dir.resolve("index.feeds.json").toFile());
        assertTrue(written.isArray() && written.size() == 1, written.toString());
        if (shape.contains("validators")) {
            assertTrue(report.contains("validators") && report.contains("items"), report);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\": {\"x\": \"1\"}, \"b\": null}", "{\"b\": 5, \"a\": {\"x\": \"1\"}}",
            "{\"a\": {\"x\": \"1\", \"y\": null, \"z\": 3}, \"b\": []}", "{\"a\": {\"x\": \"1\"}, \"b\": {\"y\": \"2",
            "{\"a\": {\"x\": \"1\"},", "{\"a\": {\"x\": \"1\"}, \"b\": {\"y\": \"2\"}, ]"})
    void aDamagedRecordOfPagesKeepsEveryReadableFeed(String shape) throws Exception {
        Path index = dir.resolve("index");
        Path file = Files.writeString(dir.resolve("index.pages.json"), shape);
        FetchedPages[] pages = new FetchedPages[1];
        String report = stderrOf(() -> pages[0] = FetchedPages.besideIndex(index));
        assertEquals(1, report.lines().count(), "reported once: " + report);
        assertTrue(report.contains("damaged"), report);
        pages[0].remember("c", new FetchedPages.Batch(List.of(), 0, Map.of("z", "3")));
        var written = new ObjectMapper().readTree(file.toFile());
        assertEquals("1", written.path("a").path("x").asText(), written.toString());
        assertEquals("3", written.path("c").path("z").asText(), written.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "[1, 2]", "\"x\"", "", "{\"a\": null}", "garbage"})
    void aRecordOfPagesOfTheWrongShapeIsReportedAndForgotten(String shape) throws Exception {
        Path index = dir.resolve("index");
        Files.writeString(dir.resolve("index.pages.json"), shape);
        String report = stderrOf(() -> FetchedPages.besideIndex(index)
                .remember("c", new FetchedPages.Batch(List.of(), 0, Map.of("z", "3"))));
        assertEquals(1, report.lines().count(), "reported once: " + report);
        assertFalse(report.contains("Exception"), report);
    }

    @Test
    void anUndamagedStateIsReadSilently() throws Exception {
        Path file = Files.writeString(dir.resolve("index.feeds.json"), "[" + GOOD + "]");
        String report = stderrOf(() -> assertEquals(1, new FeedStateFile(file).read().size()));
        assertEquals("", report);
    }
}
