package news.dispatch.measure.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import news.dispatch.measure.Latencies;
import news.dispatch.measure.QueryMix;
import news.dispatch.search.LuceneSearcher;
import news.dispatch.search.SearchRequest;

/**
 * How cost grows with the corpus: the articles copied 1×, 4×, 16× … (new ids, dates shifted by a year a copy),
 * indexed by plain Lucene and by Dispatch on all threads, then searched in-process by one client. Entity
 * extraction is replayed from the 1× run, so the Dispatch column is Lucene, facets, hashing and JSON — the part
 * that grows with the index — not the extractor, whose cost per article is constant.
 *
 * <p>The search half measures the API's default request (stories collapsed) beside Dispatch's article search and
 * plain Lucene's (same queries and highlights; one facet count, and the same facet counts as Dispatch's answer:
 * {@link PlainLuceneSearcher.Baseline}), as p50/p99 of each and as thread CPU per query with the four asked in turn
 * on one thread (the figure that holds on a shared machine), and prints the
 * answers' digest at each scale, so a change meant only to make the search cheaper can be checked at scale. With a
 * kept folder, each scale's Dispatch index stays there and a rerun searches it without building it again.
 */
final class GrowthBench {
    /** Beside a kept index: the number of articles it holds, written once its build finished. */
    private static final String BUILT = ".built";

    private GrowthBench() {
    }

    /**
     * @param kept    folder whose {@code dispatch-xN} indexes are reused when complete and kept after the run, or
     *                null to build every scale in {@code work} and delete it after
     * @param warmUp  unrecorded rounds of the mix on each path before it is measured
     * @param rounds  recorded rounds of the mix on each path
     */
    static void run(BenchCorpus corpus, Path work, Path kept, List<Integer> scales, int threads, EntityCache cache,
                    QueryMix mix, int warmUp, int rounds, PrintWriter out) throws Exception {
        Table indexing = new Table(String.format("Growth: indexing (%d threads; Dispatch reuses the entities "
                        + "extracted at 1×, so its indexing time excludes extraction)", threads),
                "scale", "articles", "text MB", "plain index s", "Dispatch index s", "Dispatch ÷ plain time",
                "index MB", "index bytes/article", "peak heap MB");
        Table search = new Table(String.format("Growth: search (1 client, in-process, %d requests × %d rounds after "
                        + "%d warm-up; CPU: thread CPU, the four paths in turn on one thread; the target reads against "
                        + "plain Lucene, same facets, the one-facet ratio beside it)", mix.requests().size(),
                rounds, warmUp),
                "scale", "plain one facet p50/p99 ms", "plain same facets p50/p99 ms", "Dispatch p50/p99 ms",
                "collapsed p50/p99 ms", "Dispatch ÷ same facets / one facet p50",
                "collapsed ÷ same facets p50/p99", "collapsed ÷ one facet p50/p99",
                "one facet / same facets / Dispatch / collapsed CPU ms/query",
                "Dispatch / collapsed CPU ÷ same facets", "Dispatch / collapsed CPU ÷ one facet",
                "target: collapsed p50 ≤ 1.2× same facets at 16×");
        LoadRunner runner = new LoadRunner(warmUp, rounds);
        boolean filled = false;
        for (int scale : scales) {
            long articles = (long) corpus.size() * scale;
            Path dispatchDir = (kept != null ? kept : work).resolve("dispatch-x" + scale);
            if (kept != null && builtWith(dispatchDir) == articles) {
                out.printf("Growth %d×: searching the kept index %s (not rebuilt).%n", scale, dispatchDir);
                out.flush();
                long bytes = HeapWatch.bytesOnDisk(dispatchDir);
                indexing.row(scale + "×", articles, corpus.textBytes() * scale / 1e6, "kept", "kept", "–",
                        bytes / 1e6, bytes / articles, "–");
            } else {
                if (!filled) {
                    cache.fill(corpus.extractorInputs(), threads);
                    cache.replaying();
                    filled = true;
                }
                HeapWatch.delete(dispatchDir);
                Files.deleteIfExists(dispatchDir.resolveSibling(dispatchDir.getFileName() + BUILT));
                Path file = corpus.writeScaled(work.resolve("growth"), scale);
                Path plainDir = work.resolve("growth-plain-x" + scale);
                double plainSeconds = PlainLuceneIndexer.index(file, plainDir, threads);
                HeapWatch.delete(plainDir);
                IndexingBench.Pass pass = IndexingBench.dispatch(file, dispatchDir, cache, threads);
                HeapWatch.delete(file);
                if (kept != null) {
                    Files.writeString(dispatchDir.resolveSibling(dispatchDir.getFileName() + BUILT),
                            Long.toString(articles), StandardCharsets.UTF_8);
                }
                indexing.row(scale + "×", articles, corpus.textBytes() * scale / 1e6, plainSeconds, pass.seconds(),
                        String.format("%.2f", pass.seconds() / plainSeconds), pass.indexBytes() / 1e6,
                        pass.indexBytes() / articles, pass.peakHeapMb());
            }
            searchRow(search, scale, dispatchDir, mix, runner, warmUp, rounds, out);
            if (kept == null) HeapWatch.delete(dispatchDir);
        }
        indexing.print(out);
        search.print(out);
    }

    private static void searchRow(Table table, int scale, Path dir, QueryMix mix, LoadRunner runner, int warmUp,
                                  int rounds, PrintWriter out) throws Exception {
        List<SearchRequest> articles = mix.requests();
        List<SearchRequest> collapsed = articles.stream().map(r -> r.withCollapse(true)).toList();
        // A generous time budget: on a loaded machine a slow request at 16× would be an error, not an answer.
        try (LuceneSearcher searcher = LuceneSearcher.open(dir, Duration.ofMinutes(5));
             PlainLuceneSearcher oneFacet = new PlainLuceneSearcher(dir, PlainLuceneSearcher.Baseline.ONE_FACET);
             PlainLuceneSearcher sameFacets = new PlainLuceneSearcher(dir, PlainLuceneSearcher.Baseline.SAME_FACETS)) {
            searcher.ready().join();
            out.printf("Growth %d×: ", scale);
            SearchCpuBench.answers(searcher, mix, out);
            // Every path warmed up before any is measured: the JIT's own work then burdens none of them.
            runner.warmUp(articles, 1, oneFacet::search);
            runner.warmUp(articles, 1, sameFacets::search);
            runner.warmUp(articles, 1, searcher::search);
            runner.warmUp(collapsed, 1, searcher::search);
            Latencies one = runner.measure(articles, 1, oneFacet::search);
            Latencies same = runner.measure(articles, 1, sameFacets::search);
            Latencies dispatch = runner.measure(articles, 1, searcher::search);
            Latencies stories = runner.measure(collapsed, 1, searcher::search);
            double[] cpu = SearchCpuBench.cpuPerQuery(searcher, oneFacet, sameFacets, articles, 0, rounds);
            double c50 = stories.p50() / same.p50();
            double d = cpu[SearchCpuBench.DISPATCH];
            double c = cpu[SearchCpuBench.COLLAPSED];
            double o = cpu[SearchCpuBench.ONE_FACET];
            double s = cpu[SearchCpuBench.SAME_FACETS];
            table.row(scale + "×", pair(one), pair(same), pair(dispatch), pair(stories),
                    String.format("%.2f× / %.2f×", dispatch.p50() / same.p50(), dispatch.p50() / one.p50()),
                    String.format("%.2f× / %.2f×", c50, stories.p99() / same.p99()),
                    String.format("%.2f× / %.2f×", stories.p50() / one.p50(), stories.p99() / one.p99()),
                    String.format("%.2f / %.2f / %.2f / %.2f", o, s, d, c),
                    String.format("%.2f× / %.2f×", d / s, c / s), String.format("%.2f× / %.2f×", d / o, c / o),
                    scale == 16 ? (c50 <= 1.2 ? "met" : "missed") : "–");
        }
    }

    /** The number of articles a kept index was completely built with, or −1 when it was not. */
    private static long builtWith(Path dispatchDir) throws IOException {
        Path marker = dispatchDir.resolveSibling(dispatchDir.getFileName() + BUILT);
        if (!Files.isRegularFile(marker) || !Files.isDirectory(dispatchDir)) return -1;
        try {
            return Long.parseLong(Files.readString(marker, StandardCharsets.UTF_8).strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String pair(Latencies l) {
        return String.format("%.2f / %.2f", l.p50(), l.p99());
    }
}
