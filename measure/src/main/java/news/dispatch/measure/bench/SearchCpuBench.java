package news.dispatch.measure.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;

import news.dispatch.measure.QueryMix;
import news.dispatch.search.LuceneSearcher;
import news.dispatch.search.MentionScope;
import news.dispatch.search.SearchRequest;

/**
 * Two checks for work on the search path (issue 29), both robust on a shared machine:
 * <ul>
 * <li>thread CPU per query of plain Lucene, Dispatch and Dispatch with stories collapsed, each request of the mix
 * asked of the three in turn on one thread, so a neighbour's load falls on all three alike (same-run ratios);</li>
 * <li>the answers themselves: every request of the mix in 12 variants (articles and stories, pages 1–3, about and
 * every mention) answered as the API's JSON without its timing, and one digest of them all. A change that should
 * only make the search cheaper must leave the digest as it was; the answers are written to a file (a line each) when
 * {@code dispatch.bench.answers} names one, to find what differs.</li>
 * </ul>
 */
final class SearchCpuBench {
    private SearchCpuBench() {
    }

    static void run(Path index, QueryMix mix, int warmUpRounds, int rounds, PrintWriter out) throws Exception {
        // A generous time budget: on a loaded machine a request over the usual one would be an error, not an answer.
        try (LuceneSearcher searcher = LuceneSearcher.open(index, java.time.Duration.ofMinutes(5));
             PlainLuceneSearcher plain = new PlainLuceneSearcher(index)) {
            searcher.ready().join();
            answers(searcher, mix, out);
            cpu(searcher, plain, mix, warmUpRounds, rounds, out);
        }
    }

    private static void cpu(LuceneSearcher searcher, PlainLuceneSearcher plain, QueryMix mix, int warmUpRounds,
                            int rounds, PrintWriter out) throws Exception {
        double[] cpu = cpuPerQuery(searcher, plain, mix.requests(), warmUpRounds, rounds);
        Table table = new Table(String.format("Search thread CPU per query (%d requests × %d rounds after %d warm-up, "
                        + "the three paths in turn on one thread)", mix.requests().size(), rounds, warmUpRounds),
                "path", "CPU ms/query", "÷ plain");
        String[] names = {"plain Lucene (baseline)", "Dispatch", "Dispatch, stories collapsed"};
        for (int i = 0; i < 3; i++) {
            table.row(names[i], String.format("%.3f", cpu[i]), String.format("%.2f×", cpu[i] / cpu[0]));
        }
        table.print(out);
    }

    /**
     * Thread CPU in ms per query of plain Lucene, Dispatch and Dispatch with stories collapsed (in that order), each
     * request asked of the three in turn on this thread, so a neighbour's load falls on all three alike.
     */
    static double[] cpuPerQuery(LuceneSearcher searcher, PlainLuceneSearcher plain, List<SearchRequest> requests,
                                int warmUpRounds, int rounds) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] cpu = new long[3];
        for (int round = 0; round < warmUpRounds + rounds; round++) {
            boolean measured = round >= warmUpRounds;
            for (SearchRequest r : requests) {
                long t0 = threads.getCurrentThreadCpuTime();
                plain.search(r);
                long t1 = threads.getCurrentThreadCpuTime();
                searcher.search(r);
                long t2 = threads.getCurrentThreadCpuTime();
                searcher.search(r.withCollapse(true));
                long t3 = threads.getCurrentThreadCpuTime();
                if (measured) {
                    cpu[0] += t1 - t0;
                    cpu[1] += t2 - t1;
                    cpu[2] += t3 - t2;
                }
            }
        }
        double n = (double) requests.size() * rounds * 1e6;
        return new double[] {cpu[0] / n, cpu[1] / n, cpu[2] / n};
    }

    /** Prints (and returns) the digest of every request of the mix in 12 variants, answered as the API's JSON. */
    static String answers(LuceneSearcher searcher, QueryMix mix, PrintWriter out) throws Exception {
        ObjectMapper json = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        MessageDigest digest = sha256();
        List<String> lines = new ArrayList<>();
        int errors = 0;
        for (SearchRequest base : mix.requests()) {
            for (boolean collapse : new boolean[] {false, true}) {
                for (int page = 1; page <= 3; page++) {
                    for (MentionScope mentions : new MentionScope[] {MentionScope.ABOUT, MentionScope.ALL}) {
                        SearchRequest r = base.withCollapse(collapse).withMentions(mentions)
                                .withPaging(base.sort(), base.size(), page, base.facets());
                        String line;
                        try {
                            ObjectNode answer = json.valueToTree(searcher.search(r));
                            answer.remove("took_ms");
                            line = json.writeValueAsString(answer);
                        } catch (RuntimeException e) {
                            errors++;
                            line = "error: " + e;
                        }
                        lines.add(line);
                        digest.update(line.getBytes(StandardCharsets.UTF_8));
                        digest.update((byte) '\n');
                    }
                }
            }
        }
        String file = System.getProperty("dispatch.bench.answers");
        if (file != null) Files.write(Path.of(file), lines, StandardCharsets.UTF_8);
        String sha = HexFormat.of().formatHex(digest.digest());
        out.printf("Answers: %,d requests (%,d errors), SHA-256 %s%s%n", lines.size(), errors, sha,
                file == null ? "" : ", written to " + file);
        out.flush();
        return sha;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
