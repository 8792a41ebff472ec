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

import news.dispatch.corpus.Article;
import news.dispatch.index.IndexSink;
import news.dispatch.index.Schema;

/**
 * A batch the cluster refuses as bad costs only the documents it refuses: the others of the batch are stored and
 * each refused one is reported against its article. No article the corpus readers let through makes a document Solr
 * refuses and the embedded index takes (they bound every value Lucene keeps as one term), so the refused document
 * here carries a field the collection does not have.
 */
class SolrBatchUpdateClusterTest {
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
            new SolrBatchUpdate(client, collection, Retry.standard(System.err::println)).send(batch,
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
            TreeSet<String> stored = new TreeSet<>();
            for (SolrDocument d : client.query(collection, new SolrQuery("*:*").setFields(Schema.ID).setRows(10))
                    .getResults()) {
                stored.add((String) d.getFieldValue(Schema.ID));
            }
            assertEquals(new TreeSet<>(List.of("a", "b", "d", "e")), stored);
        }
        assertEquals(1, refused.size(), refused.toString());
        assertTrue(refused.getFirst().startsWith("c: ") && refused.getFirst().contains("no_such_field"),
                refused.getFirst());
    }
}
