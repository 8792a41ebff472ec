package news.dispatch.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.BitSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.dispatch.corpus.Problem;
import news.dispatch.entity.Entities;
import news.dispatch.index.Indexer;

/**
 * Export has no cap and no memory that grows with the result: 100,000 generated articles come out of
 * {@code dispatch export} each exactly once, from a JVM whose heap (32 MB) is far smaller than the rows would take
 * if they were gathered before writing (about 100,000 × 500 characters of title alone). Entities are left out of
 * this index (an extractor that finds none): what is measured is the walk, not the NER.
 */
class ExportScaleTest {
    static final int ARTICLES = 100_000;

    /** The generated corpus, index and export (some 100 MB) go in {@code dir}: removed at the end, pass or fail. */
    @Test
    void everyOneOf100000ArticlesIsExportedOnceWithin32MegabytesOfHeap(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        String padding = "word ".repeat(100);
        try (BufferedWriter w = Files.newBufferedWriter(corpus.resolve("generated.jsonl"), StandardCharsets.UTF_8)) {
            for (int i = 0; i < ARTICLES; i++) {
                w.write("{\"id\": \"g" + i + "\", \"title\": \"Generated article " + i + " " + padding
                        + "\", \"body\": \"Body of article " + i + ".\", \"date\": \"20" + (10 + i % 13) + "-0"
                        + (1 + i % 9) + "-1" + (i % 10) + "\"}\n");
            }
        }
        Path index = dir.resolve("index");
        List<Problem> problems = new java.util.ArrayList<>();
        new Indexer(index, text -> Entities.NONE, problems::add, 2).run(List.of(corpus), false);
        assertTrue(problems.isEmpty(), problems.toString());

        Path out = dir.resolve("all.csv");
        ChildJvm child = ChildJvm.awaitEnd(ChildJvm.startWithHeap("32m", "export", "--index", index.toString(),
                "--fields", "id,date,title", "--output", out.toString()), Duration.ofMinutes(5));
        assertEquals(0, child.exitCode(), child.stderr());
        assertTrue(child.stderr().contains("100,000 articles exported"), child.stderr());

        BitSet seen = new BitSet(ARTICLES);
        int rows = 0;
        try (BufferedReader r = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
            assertEquals("id,date,title", r.readLine());
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int id = Integer.parseInt(line.substring(1, line.indexOf(',')));
                assertTrue(!seen.get(id), "g" + id + " exported twice");
                seen.set(id);
                rows++;
            }
        }
        assertEquals(ARTICLES, rows);
        assertEquals(ARTICLES, seen.cardinality());
    }
}
