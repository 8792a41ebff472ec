package news.dispatch.cli;

import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import news.dispatch.entity.NewsEntityExtractor;
import news.dispatch.index.IndexSummary;
import news.dispatch.index.Indexer;
import news.dispatch.solr.Part;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dispatch index}: brings the index up to date with one or more corpus folders or files. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Index articles (txt, md, json, jsonl, ndjson, html). Exit code 0: all indexed; "
                + "2: some input was skipped (see the messages); 1: the run failed.")
public final class IndexCommand implements Callable<Integer> {
    static final int SKIPPED_SOME = 2;

    @Option(names = "--corpus", paramLabel = "DIR|FILE", description = "What to index (repeatable). Default: corpus in the install folder")
    List<Path> corpus = List.of(InstallFolder.resolve("corpus"));

    @Option(names = "--index", paramLabel = "DIR", description = "The index folder. Default: index in the install folder")
    Path index = InstallFolder.resolve("index");

    @Option(names = "--rebuild", description = "Build a fresh index; the old one stays in use until it is complete.")
    boolean rebuild;

    @Option(names = "--follow-links", description = "Follow symbolic links that lead out of a corpus folder "
            + "(by default they are reported and left out).")
    boolean followLinks;

    @Option(names = "--threads", description = "Threads for entity extraction. Default: all cores.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--places", paramLabel = "FILE",
            description = "A GeoNames cities dump (cities15000.txt format) for places beyond the built-in gazetteer.")
    Path places;

    @Mixin
    SolrOptions solr = new SolrOptions();

    @Option(names = "--part", paramLabel = "K/N",
            description = "With --solr: index only part K of N (a stable split by article id), so N indexers can share a corpus.")
    String part = "1/1";

    // Hidden: crash tests need a commit within seconds, not the default 20.
    @Option(names = "--commit-every", hidden = true, paramLabel = "SECONDS")
    double commitEverySeconds = Indexer.COMMIT_EVERY.toMillis() / 1000.0;

    @Override
    public Integer call() throws Exception {
        if (solr.given()) {
            // Nothing asked for is dropped without a word.
            if (rebuild) {
                System.err.println("Note: --rebuild is not available with --solr and was ignored: re-runs rewrite "
                        + "changed articles only; for a fresh index, index into a new collection.");
            }
            if (followLinks) {
                System.err.println("Note: --follow-links is not available with --solr yet and was ignored: symbolic "
                        + "links that lead out of a corpus folder are reported and left out.");
            }
            return SolrIndexing.run(corpus, solr.target(), Part.parse(part), threads, places,
                    System.err);
        }
        return run(corpus, index, rebuild, threads, places, Duration.ofMillis((long) (commitEverySeconds * 1000)),
                followLinks, System.err);
    }

    static int run(List<Path> corpus, Path index, boolean rebuild, int threads, PrintStream out) throws Exception {
        return run(corpus, index, rebuild, threads, null, Indexer.COMMIT_EVERY, false, out);
    }

    /** @param places a GeoNames file, or null for the built-in places only */
    static int run(List<Path> corpus, Path index, boolean rebuild, int threads, Path places, Duration commitEvery,
                   boolean followLinks, PrintStream out) throws Exception {
        // Said before the model takes seconds to load; Lucene would only say that it cannot find its write.lock.
        for (Path root : corpus) {
            if (!Files.exists(root)) throw new NoSuchFileException(root.toString());
        }
        Files.createDirectories(index);
        if (!Files.isWritable(index)) {
            throw new AccessDeniedException(index.toString(), null, "the index folder is read-only");
        }
        ConsoleProgress progress = new ConsoleProgress(out);
        out.println("Loading the entity model…");
        NewsEntityExtractor extractor = places == null ? NewsEntityExtractor.load() : NewsEntityExtractor.load(places);
        Indexer indexer = new Indexer(index, extractor, progress, threads, commitEvery);
        out.println("Indexing " + corpus + " into " + index + (rebuild ? " (rebuild)" : ""));
        IndexSummary summary = indexer.run(corpus, rebuild, followLinks);
        progress.done();
        out.println("Done: " + summary);
        tellResolution(indexer.lastResolution(), out);
        return summary.skipped() > 0 ? SKIPPED_SOME : 0;
    }

    /** What a run's entity step did, embedded or on a collection, in the same words. */
    static void tellResolution(news.dispatch.index.EntityResolution.Result entities, PrintStream out) {
        if (entities == null) return;
        out.printf("Entity names: %d rules, %d automatic person merges; %d articles corrected in %d ms.%n",
                entities.rules().rules().size(), entities.automaticMerges(), entities.rewritten().size(),
                entities.millis());
    }
}
