package news.dispatch.measure.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import news.dispatch.entity.NewsEntityExtractor;
import news.dispatch.measure.QueryMix;

/**
 * One benchmark run: reads the corpus, then runs the chosen sections in order and prints a table for each. All
 * indexes and scaled copies live in a temporary folder that is deleted at the end.
 *
 * @param corpus       corpus file or folder
 * @param queries      query file (one query a line)
 * @param limit        first N articles only
 * @param threads      thread counts for indexing; the last is used for the growth series
 * @param clients      concurrent search clients
 * @param scales       corpus multiples for the growth series
 * @param warmUpRounds unrecorded rounds of the query mix before each measurement
 * @param rounds       recorded rounds of the query mix
 * @param sections     which of {@link #SECTIONS} to run
 * @param index        an existing Dispatch index of the corpus to search instead of indexing, or null
 * @param jar          the built jar, for the server sections
 * @param growthDir    folder that keeps the growth series' indexes for reruns, or null to build them afresh
 * @param latencyLog   file to write every request of the interleaved search bench to ({@link LatencyLog}), or null
 * @param sameJvm      run the search section's paths in this JVM rather than a JVM each ({@link LaneProcess})
 */
public record Benchmark(Path corpus, Path queries, int limit, List<Integer> threads, List<Integer> clients,
                        List<Integer> scales, int warmUpRounds, int rounds, Set<String> sections, Path index,
                        Path jar, Path growthDir, Path latencyLog, boolean sameJvm) {

    public static final List<String> SECTIONS = List.of("indexing", "search", "growth", "startup", "heap",
            "research", "search-cpu");

    public Benchmark {
        threads = List.copyOf(threads);
        clients = List.copyOf(clients);
        scales = List.copyOf(scales);
        sections = Set.copyOf(sections);
        for (String s : sections) {
            if (!SECTIONS.contains(s)) {
                throw new IllegalArgumentException("unknown section '" + s + "'; sections: " + SECTIONS);
            }
        }
    }

    public void run(PrintWriter out) throws Exception {
        machine(out, "start");
        BenchCorpus articles = BenchCorpus.read(corpus, limit);
        QueryMix mix = QueryMix.read(queries);
        out.printf("Corpus: %s, %,d articles, %.1f MB of text (title + body, UTF-8); queries: %s (%d)%n", corpus,
                articles.size(), articles.textBytes() / 1e6, queries, mix.queries());
        Path work = Files.createTempDirectory("dispatch-bench");
        try {
            run(articles, mix, work, out);
        } finally {
            HeapWatch.delete(work);
        }
        machine(out, "end");
    }

    private void run(BenchCorpus articles, QueryMix mix, Path work, PrintWriter out) throws Exception {
        EntityCache cache = new EntityCache(NewsEntityExtractor::load);
        LoadRunner runner = new LoadRunner(warmUpRounds, rounds);
        Path searchIndex = index;
        // Only the growth series (which builds its own indexes) needs no index of the corpus as it is.
        boolean needsIndex = sections.stream().anyMatch(s -> !s.equals("growth"));
        if (searchIndex == null && needsIndex) {
            searchIndex = work.resolve("dispatch-index");
            Path file = articles.writeScaled(work, 1);
            IndexingBench indexing = new IndexingBench(articles, file, work);
            if (sections.contains("indexing")) {
                indexing.run(threads, cache, searchIndex, out);
            } else {
                indexing.dispatch(searchIndex, cache, threads.getLast());
                out.println("(indexing section skipped; index built untimed)");
            }
        } else if (searchIndex != null) {
            out.println("Searching the existing index " + index + " (indexing section skipped).");
        }
        if (sections.contains("search")) SearchBench.run(searchIndex, mix, queries, !sameJvm, runner, clients, latencyLog, out);
        if (sections.contains("research")) ResearchBench.run(searchIndex, mix, rounds, out);
        if (sections.contains("search-cpu")) SearchCpuBench.run(searchIndex, mix, warmUpRounds, rounds, out);
        if (sections.contains("growth")) {
            GrowthBench.run(articles, work, growthDir, scales, threads.getLast(), cache, mix, 1, Math.min(rounds, 3),
                    out);
        }
        if ((sections.contains("startup") || sections.contains("heap")) && !ServerBench.jarMissing(jar, out)) {
            if (sections.contains("startup")) ServerBench.startUp(jar, searchIndex, 3, out);
            if (sections.contains("heap")) ServerBench.smallHeap(jar, searchIndex, mix, runner, out);
        }
    }

    private static void machine(PrintWriter out, String when) {
        var os = ManagementFactory.getOperatingSystemMXBean();
        out.printf("Machine at %s (%s): %d cores, load average %.2f, JDK %s, max heap %,d MB%n", when,
                Instant.now().truncatedTo(ChronoUnit.SECONDS), os.getAvailableProcessors(),
                os.getSystemLoadAverage(), Runtime.version(), HeapWatch.maxMegabytes());
        out.flush();
    }
}
