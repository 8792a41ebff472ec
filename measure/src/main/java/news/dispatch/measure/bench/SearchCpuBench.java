package news.dispatch.measure.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
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
 * <li>thread CPU and allocated bytes per query of plain Lucene (one facet, and the same facets as Dispatch's answer: {@link
 * PlainLuceneSearcher.Baseline}), Dispatch and Dispatch with stories collapsed, each request of the mix asked of the
 * four in turn on one thread, so a neighbour's load falls on all alike (same-run ratios);</li>
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
             PlainLuceneSearcher oneFacet = new PlainLuceneSearcher(index, PlainLuceneSearcher.Baseline.ONE_FACET);
             PlainLuceneSearcher sameFacets =
                     new PlainLuceneSearcher(index, PlainLuceneSearcher.Baseline.SAME_FACETS)) {
            searcher.ready().join();
            answers(searcher, mix, out);
            cpu(searcher, oneFacet, sameFacets, mix, warmUpRounds, rounds, out);
        }
    }

    private static void cpu(LuceneSearcher searcher, PlainLuceneSearcher oneFacet, PlainLuceneSearcher sameFacets,
                            QueryMix mix, int warmUpRounds, int rounds, PrintWriter out) throws Exception {
        PerQuery cost = perQuery(searcher, oneFacet, sameFacets, mix.requests(), warmUpRounds, rounds);
        double[] cpu = cost.cpuMs();
        double[] bytes = cost.allocatedBytes();
        Table table = new Table(String.format("Search thread CPU and allocation per query (%d requests × %d rounds "
                        + "after %d warm-up, the four paths in turn on one thread)", mix.requests().size(), rounds,
                        warmUpRounds),
                "path", "CPU ms/query", "÷ plain, same facets", "÷ plain, one facet", "allocated KB/query",
                "÷ plain, same facets", "÷ plain, one facet");
        String[] names = {oneFacet.baseline().label, sameFacets.baseline().label, "Dispatch",
                "Dispatch, stories collapsed"};
        for (int i = 0; i < PATHS; i++) {
            table.row(names[i], String.format("%.3f", cpu[i]), String.format("%.2f×", cpu[i] / cpu[SAME_FACETS]),
                    String.format("%.2f×", cpu[i] / cpu[ONE_FACET]), String.format("%.1f", bytes[i] / 1024),
                    String.format("%.2f×", bytes[i] / bytes[SAME_FACETS]),
                    String.format("%.2f×", bytes[i] / bytes[ONE_FACET]));
        }
        table.print(out);
    }

    /** The paths {@link #cpuPerQuery} measures, in the order of its answer. */
    static final int ONE_FACET = 0, SAME_FACETS = 1, DISPATCH = 2, COLLAPSED = 3, PATHS = 4;

    /**
     * Thread CPU in ms and bytes allocated per query of each path, indexed by {@link #ONE_FACET} … {@link #COLLAPSED}.
     * The bytes are what fills the young generation, so they set how often a collection pauses a request (the
     * 2-client p99 tail, issue 29); unlike a wall clock they barely move with a neighbour's load.
     */
    record PerQuery(double[] cpuMs, double[] allocatedBytes) {
    }

    /**
     * Thread CPU in ms per query of plain Lucene with one facet, plain Lucene with the same facets, Dispatch and
     * Dispatch with stories collapsed (indexed by {@link #ONE_FACET} … {@link #COLLAPSED}), each request asked of the
     * four in turn on this thread, so a neighbour's load falls on all alike.
     */
    static double[] cpuPerQuery(LuceneSearcher searcher, PlainLuceneSearcher oneFacet, PlainLuceneSearcher sameFacets,
                                List<SearchRequest> requests, int warmUpRounds, int rounds) throws Exception {
        return perQuery(searcher, oneFacet, sameFacets, requests, warmUpRounds, rounds).cpuMs();
    }

    /**
     * {@link #cpuPerQuery}'s measure with the bytes each path allocates on this thread (the thread that serves the
     * request: the search runs on its caller's thread, as the API's handler thread runs it).
     */
    static PerQuery perQuery(LuceneSearcher searcher, PlainLuceneSearcher oneFacet, PlainLuceneSearcher sameFacets,
                             List<SearchRequest> requests, int warmUpRounds, int rounds) throws Exception {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] cpu = new long[PATHS];
        long[] bytes = new long[PATHS];
        long[] t = new long[PATHS + 1];
        long[] b = new long[PATHS + 1];
        for (int round = 0; round < warmUpRounds + rounds; round++) {
            boolean measured = round >= warmUpRounds;
            for (SearchRequest r : requests) {
                SearchRequest collapsed = r.withCollapse(true);
                for (int path = 0; path < PATHS; path++) {
                    b[path] = threads.getCurrentThreadAllocatedBytes();
                    t[path] = threads.getCurrentThreadCpuTime();
                    switch (path) {
                        case ONE_FACET -> oneFacet.search(r);
                        case SAME_FACETS -> sameFacets.search(r);
                        case DISPATCH -> searcher.search(r);
                        default -> searcher.search(collapsed);
                    }
                    t[path + 1] = threads.getCurrentThreadCpuTime();
                    b[path + 1] = threads.getCurrentThreadAllocatedBytes();
                    if (measured) {
                        cpu[path] += t[path + 1] - t[path];
                        bytes[path] += b[path + 1] - b[path];
                    }
                }
            }
        }
        double n = (double) requests.size() * rounds;
        double[] cpuMs = new double[PATHS];
        double[] allocated = new double[PATHS];
        for (int i = 0; i < PATHS; i++) {
            cpuMs[i] = cpu[i] / n / 1e6;
            allocated[i] = bytes[i] / n;
        }
        return new PerQuery(cpuMs, allocated);
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
