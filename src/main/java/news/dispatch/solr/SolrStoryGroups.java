package news.dispatch.solr;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.MapSolrParams;

import news.dispatch.index.Schema;
import news.dispatch.index.StoryGroups;
import news.dispatch.index.StorySignature;

/**
 * Links the collection's copies of one wire story, as {@link StoryGroups} does in the embedded index: the same rule
 * over the same signatures, so both give every article the same story id. It is fed every article's id, story,
 * signature and date ({@link Reading}, by the one cursor pass over the whole collection that follows an index run:
 * a story's articles lie on any shard) and rewrites the story of the articles whose story changed by atomic update.
 * Solr rebuilds such a document from what it stores, so the update also sets the unstored fields again
 * ({@link SolrDocuments#unstored}).
 */
final class SolrStoryGroups {
    /** What grouping reads of each article. */
    static final String[] FIELDS = {Schema.ID, Schema.STORY, Schema.STORY_SIGNATURE, Schema.DATE};

    private final SolrCollection collection;

    SolrStoryGroups(SolrCollection collection) {
        this.collection = collection;
    }

    /** Every article as grouping reads it, fed one document (with at least {@link #FIELDS}) at a time, in id order. */
    static final class Reading implements Consumer<SolrDocument> {
        private final List<StoryGroups.Member> members = new ArrayList<>();

        @Override
        public void accept(SolrDocument d) {
            String signature = SolrStored.str(d, Schema.STORY_SIGNATURE);
            byte[] bytes = signature == null ? null : Base64.getDecoder().decode(signature);
            Object date = d.getFirstValue(Schema.DATE);
            members.add(new StoryGroups.Member(SolrStored.str(d, Schema.ID), SolrStored.str(d, Schema.STORY),
                    bytes == null ? null : StorySignature.fromBytes(bytes, 0, bytes.length),
                    date instanceof Number n ? n.longValue() : null));
        }
    }

    /**
     * Regroups the collection as {@code read} found it (every article; {@code readNanos} the pass took) and rewrites
     * the stories that changed, each read again by real-time get (it sees what was sent since and not committed);
     * the caller commits.
     */
    StoryGroups.Regrouped regroup(Reading read, long readNanos) {
        long started = System.nanoTime();
        List<StoryGroups.Member> members = read.members;
        StoryGroups.Relinked relinked = new StoryGroups().changes(members);
        List<String> ids = new ArrayList<>(relinked.stories().keySet());
        ids.sort(null);
        for (int from = 0; from < ids.size(); from += SolrIndexer.BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + SolrIndexer.BATCH));
            List<SolrDocument> stored = collection.retry().call("story lookup", () -> collection.client().getById(
                    collection.name(), batch, new MapSolrParams(Map.of("fl", String.join(",", Schema.ID, Schema.TITLE,
                            Schema.BODY, Schema.LANGUAGE)))));
            UpdateRequest update = new UpdateRequest();
            for (SolrDocument d : stored) {
                String id = SolrStored.str(d, Schema.ID);
                SolrInputDocument doc = new SolrInputDocument();
                doc.addField(Schema.ID, id);
                doc.addField(Schema.STORY, Map.of("set", relinked.stories().get(id)));
                SolrDocuments.unstored(SolrStored.str(d, Schema.TITLE), SolrStored.str(d, Schema.BODY),
                        SolrStored.str(d, Schema.LANGUAGE)).forEach((field, value) -> doc.addField(field, Map.of("set", value)));
                update.add(doc);
            }
            if (!stored.isEmpty()) collection.send("story update", update);
        }
        return new StoryGroups.Regrouped(members.size(), members.size(), relinked.comparisons(), ids.size(),
                readNanos, System.nanoTime() - started);
    }
}
