package news.dispatch.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.MapSolrParams;

import news.dispatch.index.Schema;
import news.dispatch.index.StoryGroups;
import news.dispatch.index.StorySignature;

/**
 * Links the collection's copies of one wire story, as {@link StoryGroups} does in the embedded index: the same rule
 * over the same signatures, so both give every article the same story id. It reads every article's id, story,
 * signature and date (one pass with a cursor; the whole collection, since a story's articles lie on any shard) and
 * rewrites the story of the articles whose story changed by atomic update. Solr rebuilds such a document from what it
 * stores, so the update also sets the unstored fields again ({@link SolrDocuments#unstored}).
 */
final class SolrStoryGroups {
    private static final int PAGE = 2_000;

    private final SolrClient client;
    private final String collection;
    private final Retry retry;

    SolrStoryGroups(SolrClient client, String collection, Retry retry) {
        this.client = client;
        this.collection = collection;
        this.retry = retry;
    }

    /** Regroups the whole collection; the caller commits (what it wrote is visible to the reading pass). */
    StoryGroups.Regrouped regroup() throws IOException {
        long started = System.nanoTime();
        List<StoryGroups.Member> members = members();
        long grouping = System.nanoTime();
        StoryGroups.Relinked relinked = new StoryGroups().changes(members);
        List<String> ids = new ArrayList<>(relinked.stories().keySet());
        ids.sort(null);
        for (int from = 0; from < ids.size(); from += SolrIndexer.BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + SolrIndexer.BATCH));
            List<SolrDocument> stored = retry.call("story lookup", () -> client.getById(collection, batch,
                    new MapSolrParams(Map.of("fl", String.join(",", Schema.ID, Schema.TITLE, Schema.BODY,
                            Schema.LANGUAGE)))));
            UpdateRequest update = new UpdateRequest();
            for (SolrDocument d : stored) {
                String id = SolrSearcher.str(d, Schema.ID);
                SolrInputDocument doc = new SolrInputDocument();
                doc.addField(Schema.ID, id);
                doc.addField(Schema.STORY, Map.of("set", relinked.stories().get(id)));
                SolrDocuments.unstored(SolrSearcher.str(d, Schema.TITLE), SolrSearcher.str(d, Schema.BODY),
                        SolrSearcher.str(d, Schema.LANGUAGE)).forEach((field, value) -> doc.addField(field, Map.of("set", value)));
                update.add(doc);
            }
            if (!stored.isEmpty()) retry.call("story update", () -> update.process(client, collection));
        }
        return new StoryGroups.Regrouped(members.size(), members.size(), relinked.comparisons(), ids.size(),
                grouping - started, System.nanoTime() - grouping);
    }

    /** Every article as grouping reads it, in id order. */
    private List<StoryGroups.Member> members() {
        List<StoryGroups.Member> members = new ArrayList<>();
        SolrQuery q = new SolrQuery("*:*").setRows(PAGE).setSort(Schema.ID, SolrQuery.ORDER.asc)
                .setFields(Schema.ID, Schema.STORY, Schema.STORY_SIGNATURE, Schema.DATE);
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse r = retry.call("story listing", () -> client.query(collection, q));
            for (SolrDocument d : r.getResults()) {
                String signature = SolrSearcher.str(d, Schema.STORY_SIGNATURE);
                byte[] bytes = signature == null ? null : Base64.getDecoder().decode(signature);
                Object date = d.getFirstValue(Schema.DATE);
                members.add(new StoryGroups.Member(SolrSearcher.str(d, Schema.ID), SolrSearcher.str(d, Schema.STORY),
                        bytes == null ? null : StorySignature.fromBytes(bytes, 0, bytes.length),
                        date instanceof Number n ? n.longValue() : null));
            }
            if (cursor.equals(r.getNextCursorMark())) return members;
            cursor = r.getNextCursorMark();
        }
    }
}
