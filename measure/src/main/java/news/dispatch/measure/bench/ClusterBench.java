package news.dispatch.measure.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import news.dispatch.search.LuceneSearcher;
import news.dispatch.search.NewsSearcher;
import news.dispatch.solr.SolrSearcher;
import news.dispatch.solr.SolrTarget;
import news.dispatch.measure.Latencies;
import news.dispatch.measure.QueryMix;

/**
 * The same query mix through the same seam ({@link NewsSearcher}: facets, histogram, highlights) over the embedded
 * index and over a SolrCloud collection of the same articles. The cluster's CPU is read from its process when its
 * pid is given (a cluster on this machine); otherwise only this process's CPU is known.
 */
public final class ClusterBench {
    private ClusterBench() {
    }

    public static void run(Path index, SolrTarget target, Path queries, int warmUp, int rounds, List<Integer> clients,
                           Long clusterPid, PrintWriter out) throws Exception {
        QueryMix mix = QueryMix.read(queries);
        LoadRunner runner = new LoadRunner(warmUp, rounds);
        Table table = new Table(String.format("Embedded index vs SolrCloud collection %s: %d queries × %d shapes = %d "
                        + "requests a round, facets and highlights, in-process through NewsSearcher",
                target.collection(), mix.queries(), mix.shapes().size(), mix.requests().size()),
                "backend", "clients", "requests", "errors", "p50 ms", "p95 ms", "p99 ms", "queries/s",
                "client CPU ms/query", "cluster CPU ms/query");
        try (LuceneSearcher embedded = LuceneSearcher.open(index); SolrSearcher cluster = SolrSearcher.open(target)) {
            runner.warmUp(mix.requests(), 1, embedded::search);
            runner.warmUp(mix.requests(), 1, cluster::search);
            for (int c : clients) {
                Latencies e = runner.measure(mix.requests(), c, embedded::search);
                table.row("embedded (Lucene, this JVM)", c, e.requests(), e.errors(), e.p50(), e.p95(), e.p99(),
                        e.queriesPerSecond(), e.cpuMsPerQuery(), "–");
                Optional<Duration> before = cpu(clusterPid);
                Latencies s = runner.measure(mix.requests(), c, cluster::search);
                Optional<Duration> after = cpu(clusterPid);
                String clusterCpu = before.isPresent() && after.isPresent() && s.requests() > 0
                        ? String.format("%.2f", after.get().minus(before.get()).toNanos() / 1e6 / s.requests()) : "?";
                table.row("SolrCloud (" + target.zkAddress() + ")", c, s.requests(), s.errors(), s.p50(), s.p95(),
                        s.p99(), s.queriesPerSecond(), s.cpuMsPerQuery(), clusterCpu);
            }
        }
        table.print(out);
        out.flush();
    }

    private static Optional<Duration> cpu(Long pid) {
        if (pid == null) return Optional.empty();
        return ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration());
    }
}
