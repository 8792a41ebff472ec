package news.dispatch.measure.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import news.dispatch.measure.Latencies;
import news.dispatch.measure.QueryMix;

/**
 * How cost grows with the corpus: the articles copied 1×, 4×, 16× … (new ids, dates shifted by a year a copy),
 * indexed by plain Lucene and by Dispatch on all threads, then searched in-process by one client. Entity
 * extraction is replayed from the 1× run, so the Dispatch column is Lucene, facets, hashing and JSON — the part
 * that grows with the index — not the extractor, whose cost per article is constant.
 */
final class GrowthBench {
    private GrowthBench() {
    }

    static void run(BenchCorpus corpus, Path work, List<Integer> scales, int threads, EntityCache cache,
                    QueryMix mix, LoadRunner runner, PrintWriter out) throws Exception {
        cache.fill(corpus.extractorTexts(), threads);
        cache.replaying();
        Table table = new Table(String.format("Growth (%d threads; Dispatch reuses the entities extracted at 1×, "
                        + "so its indexing time excludes extraction; search: 1 client, in-process)", threads),
                "scale", "articles", "text MB", "plain index s", "Dispatch index s", "Dispatch ÷ plain time",
                "index MB", "index bytes/article", "peak heap MB", "plain p50/p99 ms", "Dispatch p50/p99 ms",
                "Dispatch ÷ plain p50", "plain / Dispatch CPU ms/query");
        for (int scale : scales) {
            Path file = corpus.writeScaled(work.resolve("growth"), scale);
            Path plainDir = work.resolve("growth-plain-x" + scale);
            double plainSeconds = PlainLuceneIndexer.index(file, plainDir, threads);
            HeapWatch.delete(plainDir);
            Path dispatchDir = work.resolve("growth-dispatch-x" + scale);
            IndexingBench.Pass pass = IndexingBench.dispatch(file, dispatchDir, cache, threads);
            SearchBench.Pair search = SearchBench.inProcess(dispatchDir, mix, runner);
            HeapWatch.delete(dispatchDir);
            HeapWatch.delete(file);
            long articles = (long) corpus.size() * scale;
            table.row(scale + "×", articles, corpus.textBytes() * scale / 1e6, plainSeconds, pass.seconds(),
                    String.format("%.2f", pass.seconds() / plainSeconds), pass.indexBytes() / 1e6,
                    pass.indexBytes() / articles, pass.peakHeapMb(), pair(search.plain()), pair(search.dispatch()),
                    String.format("%.2f×", search.dispatch().p50() / search.plain().p50()),
                    String.format("%.2f / %.2f", search.plain().cpuMsPerQuery(), search.dispatch().cpuMsPerQuery()));
        }
        table.print(out);
    }

    private static String pair(Latencies l) {
        return String.format("%.2f / %.2f", l.p50(), l.p99());
    }
}
