package news.dispatch.solr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.MapSolrParams;

import news.dispatch.corpus.Article;
import news.dispatch.entity.correction.EntityRules;
import news.dispatch.index.IndexSink;
import news.dispatch.index.Schema;

/**
 * A SolrCloud collection as an {@link IndexSink}: documents by {@link SolrDocuments}, a batch per update request.
 * Every call the cluster cannot take now is retried with backoff ({@link Retry}): a node restarting costs time, not
 * articles, and a batch counts as stored only when Solr acknowledged it (it is then in the update log of the shard's
 * replicas). A batch Solr refuses as bad is split until each refused document is reported on its own
 * ({@link SolrBatchUpdate}).
 */
final class SolrSink implements IndexSink {
    private final SolrCollection collection;
    /** The collection's entity corrections, applied to every document sent (as the embedded index writes them). */
    private final EntityRules rules;
    private final SolrBatchUpdate update;

    SolrSink(SolrCollection collection, EntityRules rules) {
        this.collection = collection;
        this.rules = rules;
        this.update = new SolrBatchUpdate(collection);
    }

    /**
     * The stored hashes of a batch's ids, by real-time get: it sees updates not yet committed too. A document
     * written before articles carried their about sets and story fields (it has no story) has an empty hash, so
     * it is sent again, as an update, and a re-run brings an older collection up to date. So is one whose input
     * carries fields the collection does not hold yet (sent before the cluster kept them: no carried names).
     */
    @Override
    public Map<String, Held> held(List<Article> articles) {
        List<String> ids = articles.stream().map(Article::id).toList();
        Set<String> carrying = new HashSet<>();
        articles.stream().filter(a -> !a.fields().isEmpty()).forEach(a -> carrying.add(a.id()));
        return collection.retry().call("hash lookup", () -> {
            Map<String, Held> held = new HashMap<>();
            for (SolrDocument d : collection.client().getById(collection.name(), ids, new MapSolrParams(Map.of("fl",
                    String.join(",", Schema.ID, Schema.HASH, Schema.FILE, Schema.STORY, Schema.CARRIED_NAMES))))) {
                String id = (String) d.getFieldValue(Schema.ID);
                boolean current = d.getFieldValue(Schema.STORY) != null
                        && (d.getFieldValue(Schema.CARRIED_NAMES) != null || !carrying.contains(id));
                Object file = d.getFieldValue(Schema.FILE);
                held.put(id, new Held(current ? (String) d.getFieldValue(Schema.HASH) : "",
                        file == null ? null : Path.of((String) file)));
            }
            return held;
        });
    }

    @Override
    public void store(List<Ready> ready, Outcome outcome) {
        List<SolrBatchUpdate.Sent> docs = new ArrayList<>();
        for (Ready r : ready) {
            docs.add(new SolrBatchUpdate.Sent(r.article(), SolrDocuments.build(r.article(), r.entities(), r.hash(), rules,
                    warning -> outcome.warning(r.article(), warning))));
        }
        update.send(docs, outcome);
    }

    @Override
    public Map<String, Path> heldUnder(List<Path> roots) {
        Map<String, Path> files = new HashMap<>();
        for (Path root : roots) {
            String prefix = root.toAbsolutePath().normalize().toString();
            SolrQuery q = new SolrQuery("{!prefix f=" + Schema.FILE + " v=$root}").setRows(1000)
                    .setFields(Schema.ID, Schema.FILE);
            q.set("root", prefix);
            collection.each("listing", q, d -> {
                // The prefix is a string's: /corpus2 starts with /corpus, and is not under it.
                Path file = Path.of((String) d.getFieldValue(Schema.FILE));
                if (file.startsWith(Path.of(prefix))) files.put((String) d.getFieldValue(Schema.ID), file);
            });
        }
        return files;
    }

    @Override
    public void delete(Collection<String> ids) {
        collection.retry().call("delete", () -> collection.client().deleteById(collection.name(), new ArrayList<>(ids)));
    }

    @Override
    public void commit() {
        collection.commit();
    }
}
