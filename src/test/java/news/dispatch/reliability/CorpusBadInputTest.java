package news.dispatch.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import news.dispatch.TestIndexes;
import news.dispatch.corpus.Corpus;
import news.dispatch.corpus.Problem;
import news.dispatch.index.IndexSummary;
import news.dispatch.index.Indexer;

/**
 * One corpus folder holding every kind of bad input beside good articles, indexed by the real indexer: each bad
 * file is skipped or indexed as documented and reported with its path (and line) and reason, and everything else is
 * indexed. (CorpusTest and the reader tests cover each reader on its own; this is the whole path into the index.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusBadInputTest {
    static final String GOOD = "The Kremlin said on Friday that talks with Washington remained possible.";

    @TempDir
    static Path dir;
    Path corpus;
    final List<Problem> problems = new ArrayList<>();
    Set<String> indexed;
    IndexSummary summary;

    @BeforeAll
    void indexABadCorpus() throws IOException {
        corpus = Files.createDirectories(dir.resolve("corpus"));
        write("good.txt", "---\ntitle: Good one\ndate: 2022-12-02\n---\n" + GOOD);
        write("good.jsonl", "{\"id\":\"g1\",\"title\":\"Good two\",\"body\":\"" + GOOD + "\"}\n"
                + "{\"id\":\"g2\",\"title\":\"Good three\",\"body\":\"" + GOOD + "\"}\n");
        write("empty.txt", "");
        write("empty.jsonl", "\n\n");
        write("binary.txt", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 1});
        write("latin1.md", "Caf\u00e9 talks in Z\u00fcrich".getBytes(StandardCharsets.ISO_8859_1));
        write("invalid-utf8-line.jsonl", concat("{\"id\":\"u1\",\"title\":\"Fine line\",\"body\":\"" + GOOD + "\"}\n",
                new byte[]{'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, '(', '"', '}', '\n'}));
        write("truncated.json", "{\"title\": \"Cut short\", \"body\": \"The talks");
        write("truncated.jsonl", "{\"id\":\"t1\",\"title\":\"Whole line\",\"body\":\"" + GOOD + "\"}\n"
                + "{\"id\":\"t2\",\"title\":\"Cut line\",\"bo");
        write("nested.json", "[".repeat(100_000) + "]".repeat(100_000));
        write("nested.jsonl", "{\"id\":\"n1\",\"title\":\"Deep\",\"body\":\"x\",\"extra\":" + "[".repeat(50_000)
                + "]".repeat(50_000) + "}\n{\"id\":\"n2\",\"title\":\"Shallow\",\"body\":\"" + GOOD + "\"}\n");
        write("open-front-matter.md", "---\ntitle: Never closed\ndate: 2022-12-02\n" + GOOD + "\n");
        write("year-zero.md", "---\ntitle: Year zero\ndate: 0000-01-01\n---\n" + GOOD);
        write("year-99999.md", "---\ntitle: Far future\ndate: 99999-12-31\n---\n" + GOOD);
        write("one-long-line.txt", "Headline of a long line\n\n" + "x".repeat(1024 * 1024) + "\n");
        try (OutputStream out = Files.newOutputStream(corpus.resolve("over-50-mb.txt"))) {
            byte[] block = "Talks. ".repeat(1024 * 1024 / 7).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written <= Corpus.MAX_ARTICLE_BYTES; written += block.length) out.write(block);
        }
        Files.createDirectories(corpus.resolve("looping"));
        write("looping/inside.txt", "Inside the loop\n\n" + GOOD);
        Files.createSymbolicLink(corpus.resolve("looping/again"), corpus.resolve("looping"));
        write("unknown.xyz", GOOD);
        // Values Lucene would keep as one term over its 32,766-byte limit (issue 16, item 1), in every field and shape.
        String huge = "x".repeat(40_000);
        write("huge-id.jsonl", "{\"id\":\"" + huge + "\",\"title\":\"Huge id\",\"body\":\"" + GOOD + "\"}\n");
        write("huge-url.jsonl", "{\"title\":\"Huge url\",\"body\":\"" + GOOD + "\",\"url\":\"https://e.org/" + huge
                + "\"}\n");
        // Surrogate pairs: 20,000 characters, 40,000 UTF-8 bytes, and a cut that must not split a pair.
        write("emoji-id.jsonl", "{\"id\":\"" + "\uD83D\uDE00".repeat(10_000) + "\",\"title\":\"Emoji id\",\"body\":\""
                + GOOD + "\"}\n");
        write("huge-front-matter-id.md", "---\ntitle: Huge front matter id\nid: " + "y".repeat(40_000) + "\n---\n" + GOOD);
        write("huge-front-matter-url.md", "---\ntitle: Huge front matter url\nurl: https://e.org/" + "z".repeat(40_000) + "\n---\n" + GOOD);
        write("huge-language.md", "---\ntitle: Huge language\nlanguage: " + huge + "\n---\n" + GOOD);
        write("huge-language.jsonl", "{\"id\":\"hl\",\"title\":\"Huge language\",\"body\":\"" + GOOD
                + "\",\"language\":\"en " + "x".repeat(40) + "\"}\n");
        write("huge-source.md", "---\ntitle: Huge source\nsource: " + huge + "\n---\n" + GOOD);
        write("huge-title.jsonl", "{\"id\":\"ht\",\"title\":\"" + huge + "\",\"body\":\"" + GOOD + "\"}\n");
        write("huge-date.md", "---\ntitle: Huge date\ndate: 2022-12-02" + huge + "\n---\n" + GOOD);
        // Symbolic links leading out of the corpus folder (issue 16, item 10): to a file, to a folder, through a link
        // inside, and a relative one; a link inside the folder is followed.
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "Secret\n\nroot:x:0:0:root:/root:/bin/bash");
        Files.createSymbolicLink(corpus.resolve("leak.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(corpus.resolve("leak-folder"), outside);
        Files.createSymbolicLink(corpus.resolve("leak-relative.txt"), Path.of("../outside/secret.txt"));
        Files.createSymbolicLink(corpus.resolve("inside-link.txt"), corpus.resolve("good.txt"));
        Path vanishing = write("zz-vanishing.txt", "Soon gone\n\n" + GOOD);

        Indexer.Listener listener = new Indexer.Listener() {
            @Override
            public void problem(Problem problem) {
                problems.add(problem);
            }

            @Override
            public void progress(int seen, int written) {
                // The folder was listed before the first article; this file goes before the walk reaches it.
                try {
                    Files.deleteIfExists(vanishing);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        Path index = dir.resolve("index");
        summary = new Indexer(index, TestIndexes.extractor(), listener, 2).run(List.of(corpus), false);
        indexed = new HashSet<>(IndexedIds.inIndex(index));
    }

    @ParameterizedTest(name = "{0}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            empty.txt                | 0 | true  | empty file
            empty.jsonl              | 0 | true  | empty file
            binary.txt               | 0 | true  | binary file
            latin1.md                | 0 | true  | invalid UTF-8 at byte 3
            invalid-utf8-line.jsonl  | 2 | true  | invalid UTF-8
            truncated.json           | 1 | true  | invalid JSON
            truncated.jsonl          | 2 | true  | invalid JSON
            nested.json              | 0 | true  | nesting depth
            nested.jsonl             | 1 | true  | nesting depth
            open-front-matter.md     | 1 | false | never closed
            year-zero.md             | 0 | false | unparseable date "0000-01-01"
            year-99999.md            | 0 | false | unparseable date "99999-12-31"
            over-50-mb.txt           | 0 | true  | over the limit of 50 MB for one article
            looping/again            | 0 | true  | folder already walked as
            unknown.xyz              | 0 | true  | unsupported file type .xyz
            zz-vanishing.txt         | 0 | true  | no such file
            huge-id.jsonl            | 1 | false | the id has 40000 characters
            huge-url.jsonl           | 1 | false | the url (used as the id) has 40014 characters
            emoji-id.jsonl           | 1 | false | the id has 20000 characters
            huge-front-matter-id.md  | 0 | false | the id has 40000 characters
            huge-front-matter-url.md | 0 | false | the url (used as the id) has 40014 characters
            huge-language.md         | 0 | false | language of 40000 characters is not a language code
            huge-language.jsonl      | 1 | false | language of 43 characters is not a language code
            huge-date.md             | 0 | false | unparseable date
            leak.txt                 | 0 | true  | outside the corpus folder; not followed
            leak-folder              | 0 | true  | outside the corpus folder; not followed
            leak-relative.txt        | 0 | true  | outside the corpus folder; not followed
            """)
    void eachBadInputIsReportedWithItsPlaceAndReason(String file, int line, boolean skipped, String reason) {
        Path path = corpus.resolve(file);
        List<Problem> mine = problems.stream().filter(p -> p.file().equals(path)).toList();
        assertEquals(1, mine.size(), () -> file + ": " + problems);
        Problem p = mine.getFirst();
        assertTrue(p.reason().contains(reason), p::toString);
        assertEquals(line, p.line(), p::toString);
        assertEquals(skipped, p.skipped(), p::toString);
        assertTrue(p.toString().startsWith(path + (line > 0 ? ":" + line : "") + ": "), p::toString);
    }

    @ParameterizedTest(name = "{0} is indexed")
    @CsvSource(textBlock = """
            corpus/good.txt
            g1
            g2
            u1
            t1
            n2
            corpus/open-front-matter.md
            corpus/year-zero.md
            corpus/year-99999.md
            corpus/one-long-line.txt
            corpus/looping/inside.txt
            corpus/huge-language.md
            corpus/huge-source.md
            corpus/huge-date.md
            corpus/inside-link.txt
            hl
            ht
            """)
    void everythingElseIsIndexed(String id) {
        assertTrue(indexed.contains(id), () -> id + " missing from " + indexed + "; problems: " + problems);
    }

    @ParameterizedTest(name = "{0} is not indexed")
    @CsvSource(textBlock = """
            corpus/empty.txt
            corpus/binary.txt
            corpus/latin1.md
            corpus/truncated.json
            corpus/nested.json
            corpus/over-50-mb.txt
            corpus/zz-vanishing.txt
            corpus/unknown.xyz
            corpus/leak.txt
            corpus/leak-relative.txt
            corpus/leak-folder/secret.txt
            """)
    void nothingOfASkippedFileIsIndexed(String id) {
        assertFalse(indexed.contains(id), id);
        assertTrue(summary.skipped() > 0, summary::toString);
    }

    @org.junit.jupiter.api.Test
    void overLongIdsAreShortenedToAStableHeadAndHashAndIndexed() {
        List<String> shortened = indexed.stream().filter(id -> id.contains("~")).sorted().toList();
        assertEquals(5, shortened.size(), shortened::toString); // ids, urls and front matter of every shape above
        for (String id : shortened) {
            assertTrue(id.length() < 300, id);
            assertFalse(Character.isHighSurrogate(id.charAt(id.indexOf('~') - 1)), "a surrogate pair cut: " + id);
        }
        assertTrue(indexed.contains("x".repeat(200) + "~" + shortened.stream().filter(i -> i.startsWith("xxx"))
                .findFirst().orElseThrow().split("~")[1]));
    }

    @org.junit.jupiter.api.Test
    void noProblemMessageDumpsAHugeValue() {
        for (Problem p : problems) assertTrue(p.reason().length() < 1_000, () -> p.reason().length() + ": " + p.file());
    }

    Path write(String name, String text) {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    Path write(String name, byte[] bytes) {
        try {
            Path file = corpus.resolve(name);
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] concat(String first, byte[] second) {
        byte[] a = first.getBytes(StandardCharsets.UTF_8);
        byte[] all = java.util.Arrays.copyOf(a, a.length + second.length);
        System.arraycopy(second, 0, all, a.length, second.length);
        return all;
    }
}
