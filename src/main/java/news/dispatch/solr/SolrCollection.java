package news.dispatch.solr;

import java.util.function.Consumer;

import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;

import news.dispatch.index.Schema;

/**
 * A collection as the steps of an index run talk to it: the cluster's client, the collection's name, and the
 * {@link Retry} every call goes through (a node restarting costs time, not articles). One value handed to the sink,
 * the batch sender, the entity step and story regrouping, so they cannot disagree on any of the three.
 */
record SolrCollection(CloudSolrClient client, String name, Retry retry) {
    /** Documents a cursor page holds: large enough that the pass is a few thousand requests per ten million articles. */
    static final int PAGE = 2_000;

    /**
     * Every document {@code query} matches, with a cursor in id order ({@code what} names the listing in the
     * retry's messages): each page is asked with the retry, so a node restarting mid-pass costs a wait, not the pass.
     * The query's own rows (a page) are kept if set.
     */
    void each(String what, SolrQuery query, Consumer<SolrDocument> visit) {
        SolrQuery q = query.getCopy();
        if (q.getRows() == null) q.setRows(PAGE);
        q.setSort(Schema.ID, SolrQuery.ORDER.asc);
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse r = retry.call(what, () -> client.query(name, q));
            r.getResults().forEach(visit);
            if (cursor.equals(r.getNextCursorMark())) return;
            cursor = r.getNextCursorMark();
        }
    }

    /** Every article of the collection, with only {@code fields}: {@link #each} over all documents. */
    void eachArticle(String what, Consumer<SolrDocument> visit, String... fields) {
        each(what, new SolrQuery("*:*").setFields(fields), visit);
    }

    /** Sends {@code update} with the retry ({@code what} names it in the retry's messages). */
    void send(String what, UpdateRequest update) {
        retry.call(what, () -> update.process(client, name));
    }

    /** Makes what was sent searchable (and durable on every replica's index, not only its update log). */
    void commit() {
        retry.call("commit", () -> client.commit(name, true, true));
    }
}
