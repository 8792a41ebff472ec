package news.dispatch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {
    @TempDir
    Path dir;

    @Test
    void walksFoldersRecursivelyInNameOrderAndSkipsHiddenOnes() throws IOException {
        Collected.write(dir, "b.txt", "B");
        Collected.write(dir, "a/z.txt", "AZ");
        Collected.write(dir, "a/b.md", "AB");
        Collected.write(dir, "c.jsonl", "{\"title\":\"C\"}");
        Collected.write(dir, ".git/config.txt", "hidden");
        Collected.write(dir, ".hidden.txt", "hidden");
        Collected c = Collected.walk(dir);
        assertEquals(List.of("AB", "AZ", "B", "C"), c.titles());
        String folder = dir.getFileName() + "/";
        assertEquals(List.of(folder + "a/b.md", folder + "a/z.txt", folder + "b.txt", folder + "c.jsonl:1"),
                c.articles.stream().map(Article::id).toList());
        assertTrue(c.problems.isEmpty(), c.problems::toString);
        assertEquals(new Corpus.Stats(4, 0, 4, 0, 0), c.stats);
    }

    @Test
    void usesTheParentFolderAsRootWhenGivenOneFile() throws IOException {
        Path file = Collected.write(dir, "deep/er/one.txt", "One");
        Article a = Collected.walk(file).only();
        assertEquals("er/one.txt", a.id(), "the parent folder's name and the file's");
        assertEquals(file.toAbsolutePath().normalize(), a.file());
    }

    @Test
    void throwsOnlyForAMissingRoot() {
        assertThrows(NoSuchFileException.class, () -> Collected.walk(dir.resolve("absent")));
    }

    @Test
    void reportsAnUnsupportedFileTypeWithTheSupportedOnes() throws IOException {
        Collected c = Collected.read(dir, "data.xyz", "whatever");
        assertEquals("unsupported file type .xyz; supported: .htm, .html, .json, .jsonl, .md, .ndjson, .txt",
                c.onlyProblem().reason());
        assertEquals(new Corpus.Stats(0, 1, 0, 0, 0), c.stats);
    }

    @Test
    void skipsAnEmptyFile() throws IOException {
        Collected.write(dir, "empty.txt", "");
        Collected.write(dir, "empty.jsonl", "");
        Collected.write(dir, "empty.json", "  \n");
        Collected c = Collected.walk(dir);
        assertEquals(List.of("empty file", "empty file", "empty file"), c.problems.stream().map(Problem::reason).toList());
        assertEquals(3, c.stats.filesSkipped());
    }

    @Test
    void skipsABinaryFile() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Collected.write(dir, "image.txt", png);
        Collected.write(dir, "image.jsonl", png);
        Collected c = Collected.walk(dir);
        assertTrue(c.articles.isEmpty());
        assertEquals(2, c.problems.size());
        c.problems.forEach(p -> assertTrue(p.reason().startsWith("binary file"), p.reason()));
    }

    @Test
    void reportsInvalidUtf8InsteadOfReplacingIt() throws IOException {
        Collected c = Collected.walk(Collected.write(dir, "latin1.txt", "Café Zürich".getBytes(StandardCharsets.ISO_8859_1)));
        assertTrue(c.articles.isEmpty());
        assertEquals("invalid UTF-8 at byte 3; save the file as UTF-8 and read it again", c.onlyProblem().reason());
    }

    @Test
    void skipsAFileOverTheSizeLimit() throws IOException {
        Collected.write(dir, "big.txt", "x".repeat(101));
        Collected.write(dir, "small.txt", "x".repeat(100));
        Collected c = Collected.walk(dir, 100);
        assertEquals(1, c.articles.size());
        assertEquals("too large: 101 bytes, over the limit of 100 bytes for one article", c.onlyProblem().reason());
        assertTrue(c.onlyProblem().file().endsWith("big.txt"));
    }

    @Test
    void describesTheRealLimitInMegabytes() {
        assertEquals("too large: 60.5 MB, over the limit of 50 MB for one article",
                TextFiles.tooLarge(60L * 1024 * 1024 + 512 * 1024, Corpus.MAX_ARTICLE_BYTES));
    }

    @Test
    void reportsABrokenSymbolicLink() throws IOException {
        Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("nowhere.txt"));
        Collected c = Collected.walk(dir);
        assertEquals("cannot read: broken symbolic link", c.onlyProblem().reason());
        assertEquals(1, c.stats.filesSkipped());
    }

    @Test
    void reportsALinkedFolderWhoseTargetIsAwayAsABrokenLinkNotAnUnsupportedFile() throws IOException {
        Files.createSymbolicLink(dir.resolve("share"), dir.resolve("unmounted"));
        Collected c = Collected.walk(dir);
        assertEquals("cannot read: broken symbolic link", c.onlyProblem().reason());
    }

    @Test
    void reportsAFileThatCannotBeRead() throws IOException {
        // Tests often run as root, for whom chmod 000 changes nothing; then there is nothing to check.
        assumeFalse("root".equals(System.getProperty("user.name")), "running as root: permissions do not apply");
        Path file = Collected.write(dir, "secret.txt", "text");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assertEquals("cannot read: permission denied", Collected.walk(dir).onlyProblem().reason());
    }

    @Test
    void walksAFolderOnceWhenASymbolicLinkLoopsBackToIt() throws IOException {
        Collected.write(dir, "news/a.txt", "A");
        Files.createSymbolicLink(dir.resolve("news/loop"), dir.resolve("news"));
        Collected c = Collected.walk(dir);
        assertEquals(List.of("A"), c.titles());
        Problem p = c.onlyProblem();
        assertTrue(p.reason().startsWith("folder already walked as "), p.reason());
        assertTrue(p.file().endsWith("loop"));
    }

    @Test
    void followsASymbolicLinkToAFolderOutsideTheRootOnlyWhenAskedTo(@TempDir Path elsewhere) throws IOException {
        Collected.write(elsewhere, "x.txt", "X");
        Files.createSymbolicLink(dir.resolve("linked"), elsewhere);
        Collected c = Collected.walk(dir);
        assertTrue(c.articles.isEmpty(), c.articles::toString);
        Problem p = c.onlyProblem();
        assertTrue(p.skipped() && p.excluded() && p.reason().contains("outside the corpus folder"), p::toString);
        Collected followed = new Collected();
        Corpus.walk(dir, followed, true);
        assertEquals(dir.getFileName() + "/linked/x.txt", followed.only().id());
    }

    @Test
    void letsAnExceptionFromTheVisitorThrough() throws IOException {
        Collected.write(dir, "a.txt", "A");
        var failure = new UncheckedIOException(new IOException("index full"));
        CorpusVisitor failing = new CorpusVisitor() {
            @Override
            public void article(Article article) {
                throw failure;
            }

            @Override
            public void problem(Problem problem) {
            }
        };
        assertSame(failure, assertThrows(UncheckedIOException.class, () -> Corpus.walk(dir, failing)));
    }

    @Test
    void formatsProblemsWithPlaceAndKind() throws IOException {
        Collected c = Collected.read(dir, "p.jsonl", "{\"title\":\"T\",\"date\":\"soon\"}\nnot json\n");
        Path file = dir.resolve("p.jsonl").toAbsolutePath().normalize();
        assertEquals(file + ":1: warning: unparseable date \"soon\"; article read without a date",
                c.problems.get(0).toString());
        assertTrue(c.problems.get(1).toString().startsWith(file + ":2: skipped: invalid JSON: "));
    }
}
