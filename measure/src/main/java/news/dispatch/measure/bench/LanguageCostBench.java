package news.dispatch.measure.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What indexing an article costs in each language of the corpus (issue 23: a non-English article should cost no more
 * than an English one): Dispatch's indexer and the entity extractor alone on each language's articles, in CPU seconds
 * of this JVM (robust to the neighbours on a shared machine, where the wall clock is not) per article and per MB of
 * text, and heap bytes allocated per article. The languages run in turn, round after round, each figure the median
 * of its rounds, so a burst of load or of JIT compiling lands on one round rather than on one language.
 */
final class LanguageCostBench {
    private static final int ROUNDS = 3;

    private LanguageCostBench() {
    }

    /** One pass's cost: CPU seconds and bytes allocated. */
    private record Cost(double cpuSeconds, long allocatedBytes) {
    }

    static void run(BenchCorpus corpus, Path work, EntityCache cache, int threads, PrintWriter out) throws Exception {
        Map<String, BenchCorpus> languages = corpus.byLanguage();
        Map<String, Path> files = new LinkedHashMap<>();
        for (var e : languages.entrySet()) {
            files.put(e.getKey(), e.getValue().writeScaled(work.resolve("lang-" + e.getKey()), 1));
        }
        Map<String, List<Cost>> indexing = new LinkedHashMap<>();
        Map<String, List<Cost>> extracting = new LinkedHashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (var e : languages.entrySet()) {
                String language = e.getKey();
                Path dir = work.resolve("lang-index-" + language);
                indexing.computeIfAbsent(language, k -> new ArrayList<>())
                        .add(index(files.get(language), dir, cache, threads));
                HeapWatch.delete(dir);
                extracting.computeIfAbsent(language, k -> new ArrayList<>())
                        .add(extract(e.getValue().extractorInputs(), cache, threads));
            }
        }
        Table table = new Table(String.format("Indexing cost per language (%d thread%s; CPU of the whole JVM, median "
                        + "of %d rounds; allocated: heap bytes of every thread)", threads, threads == 1 ? "" : "s",
                ROUNDS),
                "language", "articles", "text MB", "Dispatch articles/CPU s", "Dispatch CPU s/MB",
                "Dispatch KB allocated/article", "extractor alone articles/CPU s", "extractor alone CPU s/MB");
        for (var e : languages.entrySet()) {
            BenchCorpus articles = e.getValue();
            Cost index = median(indexing.get(e.getKey()));
            Cost extract = median(extracting.get(e.getKey()));
            double megabytes = articles.textBytes() / 1e6;
            table.row(e.getKey(), articles.size(), megabytes, articles.size() / index.cpuSeconds(),
                    index.cpuSeconds() / megabytes, kilobytesPerArticle(index, articles.size()),
                    articles.size() / extract.cpuSeconds(), extract.cpuSeconds() / megabytes);
        }
        table.print(out);
    }

    private static Cost index(Path file, Path dir, EntityCache cache, int threads) throws IOException {
        HeapWatch.reset();
        long allocated = HeapWatch.allocatedBytes();
        IndexingBench.Pass pass = IndexingBench.dispatch(file, dir, cache, threads);
        return new Cost(pass.cpuSeconds(), HeapWatch.allocatedBytes() - allocated);
    }

    private static Cost extract(List<EntityCache.Input> inputs, EntityCache cache, int threads)
            throws InterruptedException {
        long allocated = HeapWatch.allocatedBytes();
        IndexingBench.Pass pass = IndexingBench.extractorAlone(inputs, cache, threads);
        return new Cost(pass.cpuSeconds(), HeapWatch.allocatedBytes() - allocated);
    }

    /** The median of each figure on its own. */
    private static Cost median(List<Cost> costs) {
        double[] cpu = costs.stream().mapToDouble(Cost::cpuSeconds).sorted().toArray();
        long[] bytes = costs.stream().mapToLong(Cost::allocatedBytes).sorted().toArray();
        return new Cost(cpu[cpu.length / 2], bytes[bytes.length / 2]);
    }

    private static Object kilobytesPerArticle(Cost cost, int articles) {
        return cost.allocatedBytes() < 0 ? "–" : cost.allocatedBytes() / 1024.0 / articles;
    }
}
