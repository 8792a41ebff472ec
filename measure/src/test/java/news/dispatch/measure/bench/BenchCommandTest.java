package news.dispatch.measure.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.dispatch.TestIndexes;
import news.dispatch.measure.MeasureCommand;
import picocli.CommandLine;

/** The benchmark command runs end to end on a tiny corpus, so it does not rot; its figures are not checked. */
class BenchCommandTest {
    private static final String TINY = """
            {"id": "a1", "title": "Oil prices rise", "body": "U.S. Treasury Secretary James Baker said oil prices in the United States rose.", "date": "1987-03-02T10:00:00Z", "source": "Reuters"}
            {"id": "a2", "title": "Coffee quota talks", "body": "Brazil and Colombia met in London to discuss coffee export quotas.", "date": "1987-03-20T10:00:00Z", "source": "Reuters"}
            """;

    @Test
    void benchOnATinyCorpusPrintsEveryTableAndSaysWhyServerSectionsWereSkipped(@TempDir Path dir) {
        Path corpus = TestIndexes.write(dir, "tiny.jsonl", """
                {"id": "a1", "title": "Oil prices rise", "body": "U.S. Treasury Secretary James Baker said oil prices in the United States rose.", "date": "1987-03-02T10:00:00Z", "source": "Reuters"}
                {"id": "a2", "title": "Coffee quota talks", "body": "Brazil and Colombia met in London to discuss coffee export quotas.", "date": "1987-03-20T10:00:00Z", "source": "Reuters"}
                {"id": "a3", "title": "Japan trade surplus", "body": "Japan's trade surplus with the United States widened, officials in Tokyo said.", "date": "1987-04-11T10:00:00Z", "source": "Reuters"}
                """);
        Path queries = TestIndexes.write(dir, "queries.txt", "# a comment\noil\n\"trade surplus\"\ncoffee OR oil\n");
        StringWriter printed = new StringWriter();
        int code = new CommandLine(new MeasureCommand()).setOut(new PrintWriter(printed, true)).execute("bench",
                "--corpus", corpus.toString(), "--queries", queries.toString(), "--threads", "1", "--clients", "1",
                "--scales", "1,2", "--warmup", "0", "--rounds", "1", "--jar", dir.resolve("no.jar").toString());
        String out = printed.toString();
        assertEquals(0, code, out);
        for (String heading : new String[] {"### Indexing: 3 articles", "### Indexing ratios", "### Search: 3 queries",
                "### Search targets", "each path in a JVM of its own", "### Search by request shape", "### Growth", "| 2×", "plain Lucene, one facet (baseline)",
                "plain Lucene, same facets (baseline)", "÷ plain Lucene, same facets; one facet beside",
                "Dispatch over HTTP", "Health and stats", "NewsSearcher.stats()", "GET /api/health",
                "server sections skipped", "Search thread CPU and allocation per query", "allocated KB/query",
                "Machine at end"}) {
            assertTrue(out.contains(heading), () -> "missing '" + heading + "' in:\n" + out);
        }
        assertTrue(out.matches("(?s).*\\| Dispatch over HTTP +\\| 1 +\\| 15 +\\| 0 +\\|.*"), out);
        assertTrue(out.matches("(?s).*\\| Dispatch over HTTP, stories collapsed +\\| 1 +\\| 15 +\\| 0 +\\|.*"), out);
    }

    @Test
    void theIndexingSectionPrintsTheCostOfEachLanguageOfTheCorpus(@TempDir Path dir) {
        Path corpus = TestIndexes.write(dir, "mixed.jsonl", """
                {"id": "e1", "lang": "en", "title": "Putin meets Merkel", "body": "Vladimir Putin met Angela Merkel in Moscow."}
                {"id": "r1", "lang": "ru", "title": "Путин встретился с Меркель", "body": "Владимир Путин встретился с Ангелой Меркель в Москве."}
                {"id": "r2", "lang": "ru", "title": "Путин в Берлине", "body": "Президент России Владимир Путин прибыл в Германию."}
                """);
        Path queries = TestIndexes.write(dir, "queries.txt", "putin\n");
        String out = bench("bench", "--corpus", corpus.toString(), "--queries", queries.toString(), "--threads", "1",
                "--sections", "indexing");
        assertTrue(out.contains("### Indexing cost per language"), out);
        assertTrue(out.contains("Dispatch CPU s/MB") && out.contains("Dispatch KB allocated/article"), out);
        assertTrue(out.matches("(?s).*\\| ru +\\| 2 +\\|.*"), out);
        assertTrue(out.matches("(?s).*\\| en +\\| 1 +\\|.*"), out);
    }

    @Test
    void aRerunOfTheGrowthSeriesSearchesTheKeptIndexAndGetsTheSameAnswers(@TempDir Path dir) {
        Path corpus = TestIndexes.write(dir, "tiny.jsonl", TINY);
        Path queries = TestIndexes.write(dir, "queries.txt", "oil\ncoffee OR oil\n");
        String[] args = {"bench", "--corpus", corpus.toString(), "--queries", queries.toString(), "--threads", "1",
                "--sections", "growth", "--scales", "2", "--growth-dir", dir.resolve("kept").toString(),
                "--warmup", "0", "--rounds", "1"};
        String first = bench(args);
        String second = bench(args);
        assertFalse(first.contains("searching the kept index"), first);
        assertTrue(second.contains("Growth 2×: searching the kept index"), second);
        for (String heading : new String[] {"### Growth: indexing", "### Growth: search", "collapsed p50/p99 ms",
                "plain same facets p50/p99 ms", "collapsed ÷ one facet p50/p99"}) {
            assertTrue(second.contains(heading), () -> "missing '" + heading + "' in:\n" + second);
        }
        assertEquals(digest(first), digest(second));
    }

    @Test
    void latenciesWritesEveryRequestOfTheSearchSectionAndTellsWhereTheTailWent(@TempDir Path dir) throws Exception {
        Path corpus = TestIndexes.write(dir, "tiny.jsonl", TINY);
        Path queries = TestIndexes.write(dir, "queries.txt", "oil\n");
        Path latencies = dir.resolve("latencies.tsv");
        String out = bench("bench", "--corpus", corpus.toString(), "--queries", queries.toString(), "--threads", "1",
                "--sections", "search", "--clients", "1,2", "--warmup", "0", "--rounds", "1", "--latencies",
                latencies.toString());
        assertTrue(out.contains("### Search tail, 2 clients: where the slowest 1 % of each path's requests"), out);
        java.util.List<String> lines = java.nio.file.Files.readAllLines(latencies);
        assertEquals(LatencyLog.HEADER, lines.getFirst());
        // 6 paths × 5 shapes of the one query × (1 + 2 clients), one round
        assertEquals(1 + 6 * 5 * 3, lines.size());
    }

    private static String bench(String... args) {
        StringWriter printed = new StringWriter();
        int code = new CommandLine(new MeasureCommand()).setOut(new PrintWriter(printed, true)).execute(args);
        assertEquals(0, code, printed.toString());
        return printed.toString();
    }

    private static String digest(String out) {
        Matcher m = Pattern.compile("Growth 2×: Answers: [0-9,]+ requests \\(0 errors\\), SHA-256 ([0-9a-f]{64})")
                .matcher(out);
        assertTrue(m.find(), out);
        return m.group(1);
    }
}
