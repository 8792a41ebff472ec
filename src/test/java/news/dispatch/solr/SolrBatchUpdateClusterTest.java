package news.dispatch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.dispatch.TestIndexes;
import news.dispatch.corpus.Article;
import news.dispatch.corpus.Problem;
import news.dispatch.entity.Entities;
import news.dispatch.entity.Entity;
import news.dispatch.entity.EntityExtractor;
import news.dispatch.index.IndexSink;
import news.dispatch.index.IndexSummary;
import news.dispatch.index.Schema;

/**
 * A batch the cluster refuses as bad costs only the documents it refuses: the others of the batch are stored and
 * each refused one is reported against its article (shown with a field the collection does not have: the corpus
 * readers and the document builders bound every value Lucene keeps as one term, so Dispatch sends no other document
 * a cluster refuses). An entity "name" the model read as one run of 40,000 characters is left out of the facets with
 * a warning, as the embedded index does, not a refused article.
 */
class SolrBatchUpdateClusterTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void needsTheCluster() {
        assumeTrue(TestCluster.available(), TestCluster.skipReason());
    }

    @Test
    void aRefusedDocumentIsReportedAndTheRestOfItsBatchStored() throws Exception {
        String collection = "batch-split";
        SolrTarget target = TestCluster.shared().target(collection);
        SolrInit.run(target, 2, 1, System.err);
        List<SolrBatchUpdate.Sent> batch = new ArrayList<>();
        for (String id : List.of("a", "b", "c", "d", "e")) {
            Article article = new Article(id, "Talks " + id, "Negotiators met.", null, null, null, "en",
                    Path.of("/corpus/news.jsonl"), batch.size() + 1, null);
            SolrInputDocument doc = new SolrInputDocument();
            doc.addField(Schema.ID, id);
            doc.addField(Schema.TITLE, article.title());
            if (id.equals("c")) doc.addField("no_such_field", "x");
            batch.add(new SolrBatchUpdate.Sent(article, doc));
        }
        List<String> refused = new ArrayList<>();
        try (CloudSolrClient client = SolrClients.open(target)) {
            new SolrBatchUpdate(new SolrCollection(client, collection, Retry.standard(System.err::println))).send(batch,
                    new IndexSink.Outcome() {
                        @Override
                        public void warning(Article article, String reason) {
                        }

                        @Override
                        public void refused(Article article, String reason) {
                            refused.add(article.id() + ": " + reason);
                        }

                        @Override
                        public boolean mayWrite(Article article, IndexSink.Held now) {
                            return true;
                        }
                    });
            client.commit(collection, true, true);
            assertEquals(new TreeSet<>(List.of("a", "b", "d", "e")), storedIds(client, collection));
        }
        assertEquals(1, refused.size(), refused.toString());
        assertTrue(refused.getFirst().startsWith("c: ") && refused.getFirst().contains("no_such_field"),
                refused.getFirst());
    }

    @Test
    void aNameTooLongToBeOneIsLeftOutWithAWarningAsEmbeddedAndTheArticleKept() throws Exception {
        String run = "x".repeat(40_000);
        EntityExtractor oneLongName = text -> text.contains("one name")
                ? new Entities(List.of(), List.of(), List.of(new Entity(run, null, List.of())))
                : Entities.NONE;
        Path file = TestIndexes.write(dir.resolve("corpus"), "news.jsonl", """
                {"id":"a","title":"Talks in Geneva","body":"Negotiators met in Geneva.","date":"2022-12-01"}
                {"id":"b","title":"A run of names","body":"The model reads this as one name.","date":"2022-12-02"}
                {"id":"c","title":"Talks resume","body":"Negotiators met again.","date":"2022-12-03"}
                """);
        String collection = "batch-long-name";
        SolrTarget target = TestCluster.shared().target(collection);
        SolrInit.run(target, 2, 1, System.err);
        List<Problem> problems = new ArrayList<>();
        try (CloudSolrClient client = SolrClients.open(target)) {
            IndexSummary summary = new SolrIndexer(client, collection, oneLongName, problems::add, 2, Part.ALL,
                    Retry.standard(System.err::println)).run(List.of(file.getParent()));
            assertEquals(3, summary.added());
            assertEquals(new TreeSet<>(List.of("a", "b", "c")), storedIds(client, collection));
        }
        assertEquals(1, problems.size(), problems.toString());
        String problem = problems.getFirst().toString();
        assertTrue(problem.startsWith(file + ":2: ") && problem.contains("is no name; left out of the organization facet"),
                problem);
    }

    private static TreeSet<String> storedIds(CloudSolrClient client, String collection) throws Exception {
        TreeSet<String> stored = new TreeSet<>();
        for (SolrDocument d : client.query(collection, new SolrQuery("*:*").setFields(Schema.ID).setRows(10))
                .getResults()) {
            stored.add((String) d.getFieldValue(Schema.ID));
        }
        return stored;
    }
}
