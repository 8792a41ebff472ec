package news.dispatch.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.dispatch.TestIndexes;

/**
 * Corpus folders and paths on the real command line, each run a child JVM as a user runs it: articles of different
 * folders never overwrite each other (issue 16, item 2); an id another folder holds is reported with exit code 2; paths
 * resolve against the folder the user is in, not the install folder (item 11).
 */
class FoldersCliTest {
    static final Duration RUN = Duration.ofMinutes(3);

    @TempDir
    Path dir;

    ChildJvm index(String... args) throws InterruptedException {
        List<String> all = new java.util.ArrayList<>(List.of("index", "--threads", "1", "--index",
                dir.resolve("index").toString()));
        all.addAll(List.of(args));
        return ChildJvm.run(RUN, all.toArray(String[]::new));
    }

    void report(Path folder, String name, String word) {
        TestIndexes.write(folder, name, "---\ntitle: Report on " + word + "\n---\nThe " + word + " trade grew again.\n");
    }

    @Test
    void sameNamedFilesOfDifferentFoldersAreKeptWhicheverRunsLastAndTakenIdsAreReported() throws Exception {
        Path a = dir.resolve("cA");
        Path b = dir.resolve("cB");
        report(a, "report.txt", "alpha");
        report(b, "report.txt", "beta");
        // Two folders both called "feed" too: the second one's article would take the first one's id.
        Path feed1 = dir.resolve("x/feed");
        Path feed2 = dir.resolve("y/feed");
        report(feed1, "report.txt", "gamma");
        report(feed2, "report.txt", "delta");
        try (ChildJvm first = index("--corpus", a.toString(), "--corpus", feed1.toString())) {
            assertEquals(0, first.exitCode(), first.stderr());
            assertTrue(first.stderr().contains("2 added, 0 updated"), first.stderr());
        }
        try (ChildJvm second = index("--corpus", b.toString())) {
            assertEquals(0, second.exitCode(), second.stderr());
            assertTrue(second.stderr().contains("1 added, 0 updated, 0 unchanged, 0 removed"), second.stderr());
        }
        // Indexing A again leaves it as it is (it used to flip A's article back over B's), and reports the taken id.
        try (ChildJvm two = index("--corpus", a.toString(), "--corpus", feed2.toString())) {
            assertTrue(two.stderr().contains("0 added, 0 updated, 1 unchanged, 0 removed"), two.stderr());
            assertEquals(2, two.exitCode(), "some input skipped: " + two.stderr());
            assertTrue(two.stderr().contains(feed2.resolve("report.txt") + ": skipped: id 'feed/report.txt' is already"
                    + " taken by " + feed1.resolve("report.txt")), two.stderr());
        }
        assertEquals(List.of("cA/report.txt", "cB/report.txt", "feed/report.txt"),
                IndexedIds.inIndex(dir.resolve("index")).stream().sorted().toList());
    }

    @Test
    void relativePathsResolveAgainstTheCallersFolderAndDefaultsAgainstTheInstallFolder() throws Exception {
        Path install = Files.createDirectories(dir.resolve("opt/dispatch"));
        report(install.resolve("corpus"), "seed.txt", "epsilon");
        Path user = Files.createDirectories(dir.resolve("home/news"));
        report(user.resolve("feed"), "mine.txt", "zeta");
        List<String> launcher = List.of("-Ddispatch.home=" + install);

        try (ChildJvm mine = ChildJvm.runIn(user, launcher, RUN, "index", "--threads", "1", "--corpus", "feed",
                "--index", "idx")) {
            assertEquals(0, mine.exitCode(), mine.stderr());
        }
        assertEquals(List.of("feed/mine.txt"), IndexedIds.inIndex(user.resolve("idx")));
        assertFalse(Files.exists(install.resolve("idx")), "the index went into the install folder");

        // "." is the caller's folder, never the install.
        try (ChildJvm here = ChildJvm.runIn(user.resolve("feed"), launcher, RUN, "index", "--threads", "1",
                "--corpus", ".", "--index", "../idx-dot")) {
            assertEquals(0, here.exitCode(), here.stderr());
        }
        assertEquals(List.of("feed/mine.txt"), IndexedIds.inIndex(user.resolve("idx-dot")));

        // No --corpus and no --index: the install folder's corpus/ into its index/.
        try (ChildJvm defaults = ChildJvm.runIn(user, launcher, RUN, "index", "--threads", "1")) {
            assertEquals(0, defaults.exitCode(), defaults.stderr());
        }
        assertEquals(List.of("corpus/seed.txt"), IndexedIds.inIndex(install.resolve("index")));
        assertFalse(Files.exists(user.resolve("index")));
    }
}
