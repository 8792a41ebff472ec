package news.dispatch.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.dispatch.TestIndexes;

/**
 * What a user sees when the index or the port is not as expected: the real command line in a child JVM answers with
 * one clear sentence on stderr, no stack trace, and a non-zero exit code.
 */
class CliFaultsTest {
    static final Duration LIMIT = Duration.ofSeconds(90);

    @TempDir
    static Path shared;
    static Path seedIndex;

    @BeforeAll
    static void buildSeedIndex() {
        seedIndex = shared.resolve("seed-index");
        TestIndexes.build(seedIndex, TestIndexes.seedCorpus());
    }

    /** A user's view of a failed command: the expected sentence, no trace, a non-zero code. */
    static void assertClearFailure(ChildJvm child, String expected) {
        String err = child.stderr();
        assertNotEquals(0, child.exitCode(), err);
        assertTrue(err.contains(expected), () -> "expected '" + expected + "' in stderr:\n" + err);
        assertFalse(err.contains("\tat "), () -> "a stack trace reached the user:\n" + err);
        assertFalse(err.contains("Exception in thread"), err);
    }

    @Test
    void servingAMissingIndexSaysHowToBuildOne(@TempDir Path dir) throws Exception {
        try (ChildJvm child = ChildJvm.run(LIMIT, "serve", "--index", dir.resolve("none").toString(), "--port", "0")) {
            assertClearFailure(child, "No index at " + dir.resolve("none") + ". Build one first: ./dispatch index");
        }
    }

    @Test
    void searchingAnEmptyFolderSaysThereIsNoIndex(@TempDir Path dir) throws Exception {
        try (ChildJvm child = ChildJvm.run(LIMIT, "search", "--index", dir.toString(), "Putin")) {
            assertClearFailure(child, "No index at " + dir);
        }
    }

    @Test
    void aDamagedIndexIsReportedWithTheWayToRebuildIt(@TempDir Path dir) throws Exception {
        Path damaged = copyOfSeedIndex(dir);
        try (Stream<Path> files = Files.list(damaged)) {
            // Every file but the commit point is overwritten: the index still looks like one, but cannot be read.
            for (Path f : files.filter(f -> !f.getFileName().toString().startsWith("segments")
                    && !f.getFileName().toString().equals("write.lock")).toList()) {
                byte[] junk = new byte[(int) Files.size(f)];
                java.util.Arrays.fill(junk, (byte) 0x5A);
                Files.write(f, junk);
            }
        }
        for (String command : new String[]{"serve", "search", "index"}) {
            String[] args = switch (command) {
                case "serve" -> new String[]{"serve", "--index", damaged.toString(), "--port", "0"};
                case "search" -> new String[]{"search", "--index", damaged.toString(), "Putin"};
                default -> new String[]{"index", "--index", damaged.toString(), "--corpus",
                        TestIndexes.seedCorpus().toString()};
            };
            try (ChildJvm child = ChildJvm.run(LIMIT, args)) {
                assertClearFailure(child, "the index is damaged");
                assertTrue(child.stderr().contains("./dispatch index --rebuild"), child.stderr());
            }
        }
        // And the advice works: a rebuild over the damaged folder gives a searchable index again.
        try (ChildJvm rebuild = ChildJvm.run(LIMIT, "index", "--rebuild", "--index", damaged.toString(), "--corpus",
                TestIndexes.seedCorpus().toString());
             ChildJvm search = ChildJvm.run(LIMIT, "search", "--index", damaged.toString(), "Putin")) {
            assertEquals(0, rebuild.exitCode(), rebuild.stderr());
            assertEquals(0, search.exitCode(), search.stderr());
            assertTrue(search.stdout().contains("Vladimir Putin"), search.stdout());
        }
    }

    @Test
    void indexingIntoAReadOnlyFolderSaysPermissionDenied(@TempDir Path dir) throws Exception {
        Path readOnly = Files.createDirectory(dir.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try (ChildJvm child = ChildJvm.awaitEnd(ChildJvm.startObeyingPermissions("index", "--index",
                readOnly.resolve("index").toString(), "--corpus", TestIndexes.seedCorpus().toString()), LIMIT)) {
            assertClearFailure(child, "permission denied: " + readOnly.resolve("index"));
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void updatingAReadOnlyIndexSaysPermissionDenied(@TempDir Path dir) throws Exception {
        Path index = copyOfSeedIndex(dir);
        Files.setPosixFilePermissions(index, PosixFilePermissions.fromString("r-xr-xr-x"));
        try (ChildJvm child = ChildJvm.awaitEnd(ChildJvm.startObeyingPermissions("index", "--index",
                index.toString(), "--corpus", TestIndexes.seedCorpus().toString()), LIMIT)) {
            assertClearFailure(child, "permission denied");
        } finally {
            Files.setPosixFilePermissions(index, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void anIndexPathThatIsAFileIsReportedAsSuch(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("index"), "not a folder");
        try (ChildJvm child = ChildJvm.run(LIMIT, "index", "--index", file.toString(), "--corpus",
                TestIndexes.seedCorpus().toString())) {
            assertClearFailure(child, file + " is a file, not a folder");
        }
    }

    @Test
    void aFullDiskIsNamedAsSuch(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (int i = 0; i < 40; i++) {
            TestIndexes.write(corpus, "a" + i + ".txt", "Report " + i + "\n\n" + "Talks in Kyiv and Moscow went on. ".repeat(200));
        }
        Path full = Files.createDirectories(dir.resolve("full"));
        // A tiny file system of its own is the only honest full disk; it needs root, so elsewhere the test skips.
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", full.toString())
                .redirectErrorStream(true).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mount.waitFor() == 0, "cannot mount a small tmpfs here");
        try {
            try (ChildJvm child = ChildJvm.run(LIMIT, "index", "--index", full.resolve("index").toString(), "--corpus",
                    corpus.toString())) {
                assertClearFailure(child, "the disk is full");
            }
            // No partial segments are left to fill the disk until the next run.
            try (Stream<Path> left = Files.list(full.resolve("index"))) {
                assertEquals(List.of(), left.toList());
            }
            // A disk that fills during a later run: the last commit stays whole, and nothing else is left.
            new ProcessBuilder("umount", full.toString()).start().waitFor();
            assertEquals(0, new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=160k", "tmpfs", full.toString())
                    .start().waitFor());
            Path index = full.resolve("index");
            Path tiny = TestIndexes.write(dir.resolve("tiny"), "one.txt", "One\n\nA short report.").getParent();
            TestIndexes.build(index, tiny);
            java.util.Set<String> committed;
            try (Stream<Path> files = Files.list(index)) {
                committed = files.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet());
            }
            // One article of 250 KB of random words: it does not compress, so its stored text alone overflows 160 KB.
            java.util.Random random = new java.util.Random(16);
            StringBuilder words = new StringBuilder("Noise\n\n");
            while (words.length() < 250_000) {
                for (int i = 0; i < 7; i++) words.append((char) ('a' + random.nextInt(26)));
                words.append(' ');
            }
            Path big = TestIndexes.write(dir.resolve("big"), "noise.txt", words.toString()).getParent();
            try (ChildJvm child = ChildJvm.run(LIMIT, "index", "--index", index.toString(), "--corpus",
                    big.toString(), "--corpus", tiny.toString())) {
                assertClearFailure(child, "the disk is full");
            }
            try (Stream<Path> files = Files.list(index)) {
                assertEquals(committed, files.map(p -> p.getFileName().toString())
                        .collect(java.util.stream.Collectors.toSet()));
            }
            assertEquals(1, IndexedIds.committed(index));
        } finally {
            new ProcessBuilder("umount", full.toString()).start().waitFor();
        }
    }

    @Test
    void aMissingCorpusIsNamedBeforeAnythingIsWritten(@TempDir Path dir) throws Exception {
        Path index = dir.resolve("index");
        try (ChildJvm child = ChildJvm.run(LIMIT, "index", "--index", index.toString(), "--corpus",
                dir.resolve("no-corpus").toString())) {
            assertClearFailure(child, "no such file or folder: " + dir.resolve("no-corpus"));
            assertFalse(child.stderr().contains("Loading the entity model"), child.stderr());
        }
        assertFalse(Files.exists(index), "an index folder was made for nothing");
    }

    @Test
    void aPortAlreadyInUseIsNamedWithTheWayOut() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             ChildJvm child = ChildJvm.run(LIMIT, "serve", "--index", seedIndex.toString(), "--port",
                     String.valueOf(taken.getLocalPort()))) {
            assertClearFailure(child, "Port " + taken.getLocalPort() + " on 127.0.0.1 is already in use");
        }
    }

    static Path copyOfSeedIndex(Path dir) throws IOException {
        Path copy = Files.createDirectories(dir.resolve("index"));
        try (Stream<Path> files = Files.list(seedIndex)) {
            for (Path f : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        return copy;
    }

    @Test
    void aWrongDayOnTheCommandLineIsOneSentenceSayingHowToWriteIt() throws Exception {
        try (ChildJvm child = ChildJvm.run(LIMIT, "search", "--index", seedIndex.toString(), "--from", "2022-13-01", "Putin")) {
            assertClearFailure(child, "'2022-13-01' is not a date; write it as YYYY-MM-DD");
            assertFalse(child.stderr().contains("java.time"), child.stderr());
        }
    }
}
