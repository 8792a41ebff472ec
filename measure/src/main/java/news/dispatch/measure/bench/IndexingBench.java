package news.dispatch.measure.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import news.dispatch.entity.EntityExtractor;
import news.dispatch.cli.OrderedParallel;
import news.dispatch.index.Indexer;

/**
 * Indexing speed at each thread count: plain Lucene (the baseline), the entity extractor alone, and Dispatch's
 * indexer with the extractor, on the same articles in the same process.
 */
final class IndexingBench {
    /** One timed indexing (or extraction) pass. */
    record Pass(double seconds, double cpuSeconds, long peakHeapMb, long indexBytes) {
    }

    private final BenchCorpus corpus;
    private final Path corpusFile;
    private final Path work;

    IndexingBench(BenchCorpus corpus, Path corpusFile, Path work) {
        this.corpus = corpus;
        this.corpusFile = corpusFile;
        this.work = work;
    }

    /** Runs every pass; the Dispatch index of the last thread count is kept in {@code keptIndex} for searching. */
    void run(List<Integer> threadCounts, EntityCache cache, Path keptIndex, PrintWriter out) throws Exception {
        List<EntityCache.Input> texts = corpus.extractorInputs();
        warmUp(texts, cache);
        Table speed = new Table(String.format("Indexing: %,d articles, %.1f MB of text", corpus.size(),
                corpus.textBytes() / 1e6), "indexer", "threads", "seconds", "articles/s", "MB/s", "CPU s",
                "articles/CPU s", "peak heap MB", "index bytes/article");
        Table ratios = new Table("Indexing ratios", "threads", "Dispatch ÷ plain Lucene (articles/s)",
                "Dispatch ÷ extractor alone (articles/s)", "Dispatch ÷ extractor alone (articles/CPU s)",
                "target: Dispatch ≥ 80% of extractor (all cores)");
        for (int i = 0; i < threadCounts.size(); i++) {
            int threads = threadCounts.get(i);
            boolean last = i == threadCounts.size() - 1;
            Path plainDir = work.resolve("plain-index-t" + threads);
            Pass plain = plain(plainDir, threads);
            HeapWatch.delete(plainDir);
            Pass extractor = extractorAlone(texts, cache.recording(), threads);
            Path dispatchDir = last ? keptIndex : work.resolve("dispatch-index-t" + threads);
            Pass dispatch = dispatch(dispatchDir, cache.recording(), threads);
            if (!last) HeapWatch.delete(dispatchDir);
            row(speed, "plain Lucene (baseline)", threads, plain);
            row(speed, "entity extractor alone", threads, extractor);
            row(speed, "Dispatch (entities + facets)", threads, dispatch);
            double vsExtractor = extractor.seconds() / dispatch.seconds();
            ratios.row(threads, String.format("%.2f", plain.seconds() / dispatch.seconds()), percent(vsExtractor),
                    percent(extractor.cpuSeconds() / dispatch.cpuSeconds()),
                    last ? (vsExtractor >= 0.8 ? "met" : "missed") : "–");
        }
        speed.print(out);
        ratios.print(out);
        LanguageCostBench.run(corpus, work, cache.recording(), threadCounts.getFirst(), out);
    }

    /** A few hundred articles of every language, so each language's path is compiled before it is timed. */
    private void warmUp(List<EntityCache.Input> texts, EntityCache extractor) throws Exception {
        PlainLuceneIndexer.index(corpusFile, work.resolve("warm-up"), 1);
        HeapWatch.delete(work.resolve("warm-up"));
        List<EntityCache.Input> sample = new ArrayList<>();
        Map<String, Integer> taken = new HashMap<>();
        for (EntityCache.Input t : texts) {
            if (taken.merge(String.valueOf(t.language()), 1, Integer::sum) <= 300) sample.add(t);
        }
        OrderedParallel.map(sample.iterator(), extractor::extract, e -> { }, 1);
    }

    Pass plain(Path dir, int threads) throws IOException {
        HeapWatch.reset();
        double cpu = ProcessCpu.seconds();
        double seconds = PlainLuceneIndexer.index(corpusFile, dir, threads);
        return new Pass(seconds, ProcessCpu.seconds() - cpu, HeapWatch.peakMegabytes(), HeapWatch.bytesOnDisk(dir));
    }

    Pass dispatch(Path dir, EntityExtractor extractor, int threads) throws IOException {
        return dispatch(corpusFile, dir, extractor, threads);
    }

    static Pass dispatch(Path corpusFile, Path dir, EntityExtractor extractor, int threads) throws IOException {
        HeapWatch.reset();
        double cpu = ProcessCpu.seconds();
        long started = System.nanoTime();
        new Indexer(dir, extractor, problem -> { }, threads).run(List.of(corpusFile), true);
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Pass(seconds, ProcessCpu.seconds() - cpu, HeapWatch.peakMegabytes(), HeapWatch.bytesOnDisk(dir));
    }

    static Pass extractorAlone(List<EntityCache.Input> texts, EntityCache extractor, int threads)
            throws InterruptedException {
        HeapWatch.reset();
        double cpu = ProcessCpu.seconds();
        long started = System.nanoTime();
        OrderedParallel.map(texts.iterator(), extractor::extract, e -> { }, threads);
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Pass(seconds, ProcessCpu.seconds() - cpu, HeapWatch.peakMegabytes(), -1);
    }

    private void row(Table table, String what, int threads, Pass pass) {
        table.row(what, threads, pass.seconds(), corpus.size() / pass.seconds(),
                corpus.textBytes() / 1e6 / pass.seconds(), pass.cpuSeconds(), corpus.size() / pass.cpuSeconds(),
                pass.peakHeapMb(),
                pass.indexBytes() < 0 ? "–" : String.format("%,d", pass.indexBytes() / corpus.size()));
    }

    static String percent(double ratio) {
        return String.format("%.0f%%", ratio * 100);
    }
}
