package news.dispatch.cli;

import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.solr.client.solrj.impl.CloudSolrClient;

import news.dispatch.entity.NewsEntityExtractor;
import news.dispatch.index.IndexSummary;
import news.dispatch.solr.Part;
import news.dispatch.solr.Retry;
import news.dispatch.solr.SolrClients;
import news.dispatch.solr.SolrIndexer;
import news.dispatch.solr.SolrTarget;

/** {@code dispatch index --solr}: the corpus (or this indexer's part of it) into a SolrCloud collection. */
final class SolrIndexing {
    private SolrIndexing() {
    }

    static int run(List<Path> corpus, SolrTarget target, Part part, int threads, Path places, PrintStream out)
            throws Exception {
        for (Path root : corpus) {
            if (!Files.exists(root)) throw new NoSuchFileException(root.toString());
        }
        // Said before the model loads: a wrong address should not cost the seconds of loading it.
        try (CloudSolrClient client = SolrClients.open(target)) {
            ConsoleProgress progress = new ConsoleProgress(out);
            out.println("Loading the entity model…");
            NewsEntityExtractor extractor = places == null ? NewsEntityExtractor.load() : NewsEntityExtractor.load(places);
            out.println("Indexing " + corpus + " into collection " + target.collection() + " at " + target.zkAddress()
                    + (part.of() > 1 ? " (part " + part + ")" : ""));
            SolrIndexer indexer = new SolrIndexer(client, target.collection(), extractor, progress, threads, part,
                    Retry.standard(out::println));
            IndexSummary summary = indexer.run(corpus);
            progress.done();
            out.println("Done: " + summary);
            IndexCommand.tellResolution(indexer.lastResolution(), out);
            return summary.skipped() > 0 ? IndexCommand.SKIPPED_SOME : 0;
        }
    }
}
