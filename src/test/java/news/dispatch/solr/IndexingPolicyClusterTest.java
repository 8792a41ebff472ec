package news.dispatch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.dispatch.TestIndexes;
import news.dispatch.corpus.Problem;
import news.dispatch.entity.Entities;
import news.dispatch.entity.EntityExtractor;
import news.dispatch.index.IndexSummary;
import news.dispatch.index.Indexer;

/**
 * The indexing policy is the pipeline's, whichever backend stores the articles: one corpus indexed into the embedded
 * index and into a collection of the shared 2-node cluster gives the same problem report and the same counters.
 */
class IndexingPolicyClusterTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void needsTheCluster() {
        assumeTrue(TestCluster.available(), TestCluster.skipReason());
    }

    /** A problem report and the counters of a summary, as a user reads them (not the seconds). */
    private record Report(List<String> problems, String counts) {
        static Report of(List<Problem> problems, IndexSummary s) {
            return new Report(problems.stream().map(Problem::toString).sorted().toList(),
                    s.filesRead() + " files; " + s.added() + " added, " + s.updated() + " updated, " + s.unchanged()
                            + " unchanged, " + s.removed() + " removed, " + s.articlesSkipped() + " skipped, "
                            + s.warnings() + " warnings");
        }
    }

    private Report embedded(Path corpus, EntityExtractor extractor) throws Exception {
        List<Problem> problems = new ArrayList<>();
        IndexSummary summary = new Indexer(dir.resolve("index"), extractor, problems::add, 2).run(List.of(corpus), false);
        return Report.of(problems, summary);
    }

    private Report cluster(String collection, Path corpus, EntityExtractor extractor) throws Exception {
        SolrTarget target = TestCluster.shared().target(collection);
        SolrInit.run(target, 2, 1, System.err);
        List<Problem> problems = new ArrayList<>();
        try (CloudSolrClient client = SolrClients.open(target)) {
            IndexSummary summary = new SolrIndexer(client, collection, extractor, problems::add, 2, Part.ALL,
                    Retry.standard(System.err::println)).run(List.of(corpus));
            return Report.of(problems, summary);
        }
    }

    @Test
    void aDuplicateIdIsReportedIdenticallyByBothBackends() throws Exception {
        Path file = TestIndexes.write(dir.resolve("corpus"), "news.jsonl", """
                {"id":"geneva-1","title":"Talks in Geneva","body":"Negotiators met in Geneva.","date":"2022-12-01"}
                {"id":"geneva-2","title":"Talks resume","body":"Negotiators met again.","date":"2022-12-02"}
                {"id":"geneva-1","title":"Talks end","body":"A second article under the first one's id.","date":"2022-12-03"}
                """);
        Path corpus = file.getParent();

        Report embedded = embedded(corpus, TestIndexes.extractor());
        Report cluster = cluster("policy-duplicates", corpus, TestIndexes.extractor());

        assertEquals(List.of(file + ":3: skipped: duplicate id 'geneva-1' (first seen in " + file
                + "); give each article its own id"), embedded.problems());
        assertEquals("1 files; 2 added, 0 updated, 0 unchanged, 0 removed, 1 skipped, 0 warnings", embedded.counts());
        assertEquals(embedded, cluster);
    }

    @Test
    void aFailedExtractionIsAWarningAndAReRunChangesNothingInBothBackends() throws Exception {
        Path file = TestIndexes.write(dir.resolve("corpus"), "news.jsonl", """
                {"id":"a","title":"Talks in Geneva","body":"Negotiators met in Geneva.","date":"2022-12-01"}
                {"id":"b","title":"The model breaks here","body":"Some text.","date":"2022-12-02"}
                """);
        Path corpus = file.getParent();
        EntityExtractor breaks = text -> {
            if (text.contains("model breaks")) throw new IllegalStateException("no model today");
            return Entities.NONE;
        };

        Report embedded = embedded(corpus, breaks);
        Report cluster = cluster("policy-failures", corpus, breaks);
        assertEquals(List.of(file + ":2: warning: entity extraction failed (java.lang.IllegalStateException: no model"
                + " today); indexed without persons and countries"), embedded.problems());
        assertEquals("1 files; 2 added, 0 updated, 0 unchanged, 0 removed, 0 skipped, 1 warnings", embedded.counts());
        assertEquals(embedded, cluster);

        Report embeddedAgain = embedded(corpus, breaks);
        Report clusterAgain = cluster("policy-failures", corpus, breaks);
        assertEquals("1 files; 0 added, 0 updated, 2 unchanged, 0 removed, 0 skipped, 0 warnings", embeddedAgain.counts());
        assertEquals(embeddedAgain, clusterAgain);
    }
}
