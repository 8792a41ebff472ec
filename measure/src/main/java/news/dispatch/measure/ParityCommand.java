package news.dispatch.measure;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.solr.client.solrj.impl.CloudSolrClient;

import news.dispatch.cli.SolrOptions;
import news.dispatch.entity.NewsEntityExtractor;
import news.dispatch.index.IndexSummary;
import news.dispatch.index.Indexer;
import news.dispatch.measure.parity.LocalCluster;
import news.dispatch.measure.parity.ParityCheck;
import news.dispatch.measure.parity.ParityRequests;
import news.dispatch.search.LuceneSearcher;
import news.dispatch.solr.Part;
import news.dispatch.solr.Retry;
import news.dispatch.solr.SolrClients;
import news.dispatch.solr.SolrIndexer;
import news.dispatch.solr.SolrInit;
import news.dispatch.solr.SolrSearcher;
import news.dispatch.solr.SolrTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dispatch eval parity}: one corpus into the embedded index and a SolrCloud collection (a 2-node cluster it
 * starts, or the one {@code --solr} names), then every query of a query file in every request shape and a timeline
 * each, asked of both; prints per shape how many totals, story counts, facet counts and top-10 sets agree, and each
 * difference. Exit code 1 when a count differs.
 */
@Command(name = "parity", mixinStandardHelpOptions = true,
        description = "Indexes one corpus into the embedded index and a SolrCloud collection and compares their answers"
                + " to the same requests (totals, stories, facet counts, top 10, timelines).")
public final class ParityCommand implements Callable<Integer> {
    private static final java.time.Duration BUDGET = java.time.Duration.ofSeconds(60);

    @Option(names = "--corpus", paramLabel = "FILE|DIR", split = ",", required = true,
            description = "Articles to index into both (files or folders, comma-separated).")
    List<Path> corpus;

    @Option(names = "--queries", paramLabel = "FILE", required = true, description = "Queries, one a line ('#' comments).")
    Path queries;

    @Option(names = "--index", paramLabel = "DIR", description = "The embedded index (made or brought up to date). "
            + "Default: a new temporary folder")
    Path index;

    @Mixin
    SolrOptions solr = new SolrOptions();

    @Option(names = "--cluster-classpath", paramLabel = "FILE", description = "Without --solr: the cluster module's "
            + "classpath file, to start a 2-node cluster. Default: ${DEFAULT-VALUE}")
    Path clusterClasspath = Path.of("solr-cluster/target/classpath.txt");

    @Option(names = "--shards", description = "Shards of the collection it creates. Default: ${DEFAULT-VALUE}")
    int shards = 2;

    @Option(names = "--threads", description = "Indexing threads. Default: ${DEFAULT-VALUE}")
    int threads = 2;

    @Option(names = "--differences", description = "Differences listed at most. Default: ${DEFAULT-VALUE}")
    int maxDifferences = 30;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintStream log = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        List<String> queryList = Files.readAllLines(queries, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        Path indexDir = index != null ? index : Files.createTempDirectory("dispatch-parity-index");
        try (LocalCluster started = solr.given() ? null : LocalCluster.start(clusterClasspath, 2)) {
            SolrTarget target = solr.given() ? solr.target() : SolrTarget.parse(started.zk(), solr.collection());
            log.println("Loading the entity model…");
            NewsEntityExtractor extractor = NewsEntityExtractor.load();
            Indexer.Listener problems = problem -> log.println(problem);
            long t0 = System.nanoTime();
            IndexSummary embeddedRun = new Indexer(indexDir, extractor, problems, threads).run(corpus, false);
            log.printf("Embedded index %s: %s (%.0f s)%n", indexDir, embeddedRun, (System.nanoTime() - t0) / 1e9);
            SolrInit.run(target, shards, 1, log);
            t0 = System.nanoTime();
            try (CloudSolrClient client = SolrClients.open(target)) {
                IndexSummary clusterRun = new SolrIndexer(client, target.collection(), extractor, problems, threads,
                        Part.ALL, Retry.standard(log::println)).run(corpus);
                log.printf("Collection %s at %s: %s (%.0f s)%n", target.collection(), target.zkAddress(), clusterRun,
                        (System.nanoTime() - t0) / 1e9);
            }
            // A generous budget: what is compared is the answers, on a machine other work may load.
            try (LuceneSearcher embedded = LuceneSearcher.open(indexDir, BUDGET);
                 SolrSearcher cluster = SolrSearcher.open(target, BUDGET)) {
                ParityRequests requests = ParityRequests.of(queryList, embedded.search(ParityRequests.everything()));
                out.printf("%d queries × %d shapes = %d searches, %d timelines, over %s%n", queryList.size(),
                        requests.shapes().size(), requests.searches().size(), requests.timelines().size(), corpus);
                ParityCheck check = new ParityCheck().run(requests, embedded, cluster);
                check.print(out, maxDifferences);
                return check.countsEqual() ? 0 : 1;
            }
        }
    }
}
