package news.dispatch.solr;

import java.util.ArrayList;
import java.util.List;

import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrInputDocument;

import news.dispatch.corpus.Article;
import news.dispatch.index.IndexSink;

/**
 * Sends a batch of documents in one update request; when the cluster refuses it as bad (a 4xx, which
 * {@link Retry} does not retry), the batch is split in halves and each sent again, down to the documents it refuses
 * one by one, each told to {@link IndexSink.Outcome#refused}: one bad document costs that article, as in the
 * embedded index, and never the rest of its batch or the run. Re-sending what Solr may have taken already before it
 * stopped at the bad one is harmless: documents replace those of their id. A failure that passes (a node down past
 * the retries) is thrown as before: it says nothing about one document.
 */
final class SolrBatchUpdate {
    /** A document to send, with the article it was built from (whom a refusal is reported against). */
    record Sent(Article article, SolrInputDocument document) {
    }

    private final SolrCollection collection;

    SolrBatchUpdate(SolrCollection collection) {
        this.collection = collection;
    }

    /** Sends {@code batch}; each document the cluster refuses is reported to {@code outcome}, the others are stored. */
    void send(List<Sent> batch, IndexSink.Outcome outcome) {
        if (batch.isEmpty()) return;
        try {
            UpdateRequest update = new UpdateRequest();
            update.add(new ArrayList<>(batch.stream().map(Sent::document).toList()));
            collection.send("update", update);
        } catch (ClusterUnavailableException e) {
            if (Retry.passing(e)) throw e;
            if (batch.size() == 1) {
                outcome.refused(batch.getFirst().article(), ClusterUnavailableException.reason(e));
                return;
            }
            int half = batch.size() / 2;
            send(batch.subList(0, half), outcome);
            send(batch.subList(half, batch.size()), outcome);
        }
    }
}
