package news.dispatch.measure;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;

import news.dispatch.measure.bench.Benchmark;
import news.dispatch.measure.bench.ClusterBench;
import news.dispatch.cli.SolrOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dispatch bench}: indexing and search speed against plain Lucene in the same run, and how it grows. */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = IndexSizeCommand.class,
        description = "Benchmarks indexing, search (in-process and over HTTP), growth with corpus size, server "
                + "start-up and a 256 MB heap, each against plain Lucene in the same run; prints Markdown tables.")
public final class BenchCommand implements Callable<Integer> {
    static final Path REUTERS = Path.of("../shared/data/reuters21578/reuters.jsonl");

    @Option(names = "--corpus", paramLabel = "FILE|DIR", description = "Articles to use. Default: ${DEFAULT-VALUE}")
    Path corpus = REUTERS;

    @Option(names = "--queries", paramLabel = "FILE",
            description = "Query mix, one a line. Default: queries.txt beside the corpus")
    Path queries;

    @Option(names = "--limit", description = "Use the first N articles only (a quick run).")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--threads", split = ",", description = "Indexing thread counts. Default: 1,<all cores>")
    List<Integer> threads = defaultThreads();

    @Option(names = "--clients", split = ",", description = "Concurrent search clients. Default: ${DEFAULT-VALUE}")
    List<Integer> clients = List.of(1, 2);

    @Option(names = "--scales", split = ",", description = "Corpus multiples for the growth series. Default: "
            + "${DEFAULT-VALUE}")
    List<Integer> scales = List.of(1, 4, 16);

    @Option(names = "--warmup", description = "Unrecorded rounds of the query mix first (in the search section, "
            + "each path's JVM then goes on until its compiler has settled; 0: no warm-up, a smoke run). Default: "
            + "${DEFAULT-VALUE}")
    int warmUp = 3;

    @Option(names = "--rounds", description = "Recorded rounds of the query mix. Default: ${DEFAULT-VALUE}")
    int rounds = 5;

    @Option(names = "--sections", split = ",", description = "Which parts to run. Default: all of ${DEFAULT-VALUE}")
    List<String> sections = Benchmark.SECTIONS;

    @Option(names = "--index", paramLabel = "DIR",
            description = "Search this existing index of the corpus instead of indexing (skips the indexing section).")
    Path index;

    @Option(names = "--growth-dir", paramLabel = "DIR",
            description = "Keep the growth series' indexes in DIR (one per scale); a rerun searches a scale's kept "
                    + "index without building it again.")
    Path growthDir;

    @Option(names = "--jar", paramLabel = "FILE", description = "The built jar, for start-up and heap. Default: "
            + "${DEFAULT-VALUE}")
    Path jar = Path.of("target/dispatch.jar");

    @Option(names = "--latencies", paramLabel = "FILE",
            description = "Write every request of the search section (path, round, client, query, start on the "
                    + "JVM's nanoTime clock, latency) to FILE as TSV, to study the tail; appended to if it exists.")
    Path latencies;

    @Option(names = "--same-jvm",
            description = "Run the search section's six paths in this one JVM instead of a JVM each (the bench before "
                    + "the twelfth session; their shared code's JIT profiles then pollute one another).")
    boolean sameJvm;

    /** With --solr: compare the --index (embedded) with the collection of the same articles (only that comparison). */
    @Mixin
    SolrOptions solr = new SolrOptions();

    @Option(names = "--cluster-pid", paramLabel = "PID",
            description = "With --solr on this machine: the cluster's process, whose CPU time is then reported.")
    Long clusterPid;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path queryFile = queries != null ? queries : corpus.toAbsolutePath().resolveSibling("queries.txt");
        if (!queryFile.toFile().isFile()) {
            spec.commandLine().getErr().println("dispatch bench: no query file " + queryFile
                    + "; give one with --queries FILE (one query a line).");
            return 1;
        }
        if (limit < 1 || rounds < 1 || warmUp < 0 || threads.stream().anyMatch(t -> t < 1)
                || clients.stream().anyMatch(c -> c < 1) || scales.stream().anyMatch(s -> s < 1)) {
            spec.commandLine().getErr().println("dispatch bench: --limit, --rounds, --threads, --clients and "
                    + "--scales must be at least 1, --warmup at least 0.");
            return 1;
        }
        if (solr.given()) {
            if (index == null) {
                spec.commandLine().getErr().println("dispatch bench: --solr compares with an embedded index of the "
                        + "same articles; give it with --index DIR.");
                return 1;
            }
            PrintWriter out = spec.commandLine().getOut();
            ClusterBench.run(index, solr.target(), queryFile, warmUp, rounds, clients, clusterPid,
                    out);
            return 0;
        }
        new Benchmark(corpus, queryFile, limit, threads, clients, scales, warmUp, rounds,
                new LinkedHashSet<>(sections), index, jar, growthDir, latencies, sameJvm).run(spec.commandLine().getOut());
        return 0;
    }

    private static List<Integer> defaultThreads() {
        int cores = Runtime.getRuntime().availableProcessors();
        return cores == 1 ? List.of(1) : List.of(1, cores);
    }
}
