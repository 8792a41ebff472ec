package news.dispatch.solr;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.MapSolrParams;

import news.dispatch.corpus.Article;
import news.dispatch.entity.correction.CorpusPersons;
import news.dispatch.entity.correction.EntityRules;
import news.dispatch.index.EntityResolution;
import news.dispatch.index.ExtractedValues;
import news.dispatch.index.Schema;
import news.dispatch.index.StoredEntities;

/**
 * The collection's entity step, as {@link EntityResolution} is the embedded index's: the user's rules ({@link
 * SolrEntityRules}) and one name per person over the person names of every article ({@link CorpusPersons}, the same
 * rule as embedded), applied to exactly the articles they change. Runs after every {@code index --solr} run and
 * after every {@code entities … --solr} change.
 *
 * <p>One pass with a cursor reads each article's entities as extracted (the whole collection: a person's articles
 * lie on any shard; after an index run it is the same pass that feeds story regrouping, {@link SolrIndexer}), then
 * the articles within the rules' reach ({@link ExtractedValues.Reach}) are read whole,
 * rebuilt from their stored entities by the one document builder ({@link SolrDocuments}) and re-sent when their
 * entities or corrections changed: a whole document, so every unstored field is indexed again; it keeps its hash and
 * story (its text did not change). Linear in the collection's size, as story regrouping is.
 */
public final class SolrEntityResolution {
    /** What the step reads of each article. */
    static final String[] FIELDS = {Schema.ID, Schema.LANGUAGE, Schema.ENTITIES, Schema.EXTRACTED, Schema.CORRECTIONS};
    /** Solr's version of a document: an update that names it is refused if the document changed since. */
    private static final String VERSION = "_version_";

    private final SolrCollection collection;

    public SolrEntityResolution(CloudSolrClient client, String collection, Retry retry) {
        this(new SolrCollection(client, collection, retry));
    }

    SolrEntityResolution(SolrCollection collection) {
        this.collection = collection;
    }

    /** An article as the rules' reach reads it. */
    private record Summary(String id, Set<String> values, Set<String> mentions, boolean corrected) {
    }

    /**
     * The collection's articles as the step reads them, fed one document (with at least {@link #FIELDS}) at a time in
     * id order: the person names of each (the automatic rules) and what the rules' reach needs of it.
     */
    static final class Reading implements Consumer<SolrDocument> {
        private final long started = System.nanoTime();
        private final CorpusPersons persons = new CorpusPersons();
        private final List<Summary> articles = new ArrayList<>();

        @Override
        public void accept(SolrDocument d) {
            StoredEntities extracted = extracted(d);
            Set<String> values = ExtractedValues.values(extracted);
            persons.add(personNames(values), SolrStored.str(d, Schema.LANGUAGE));
            articles.add(new Summary(SolrStored.str(d, Schema.ID), intern(values),
                    intern(ExtractedValues.mentions(extracted)), d.getFirstValue(Schema.CORRECTIONS) != null));
        }
    }

    /** The rules for the articles about to be written: the user's and the automatic ones of the collection as it is. */
    public EntityRules current() {
        return persons().rules(new SolrEntityRules(collection.client(), collection.name()).read());
    }

    /** The collection's person names as extracted, article by article. */
    public CorpusPersons persons() {
        CorpusPersons persons = new CorpusPersons();
        collection.eachArticle("entity listing", d -> persons.add(personNames(ExtractedValues.values(extracted(d))),
                SolrStored.str(d, Schema.LANGUAGE)), Schema.ID, Schema.LANGUAGE, Schema.ENTITIES, Schema.EXTRACTED);
        return persons;
    }

    /**
     * Reads the collection, applies the current rules to every article they change and commits what changed:
     * searchable when it returns.
     */
    public EntityResolution.Result applyAndCommit() {
        Reading read = new Reading();
        collection.eachArticle("entity listing", read, FIELDS);
        EntityResolution.Result result = apply(read);
        if (!result.rewritten().isEmpty()) collection.commit();
        return result;
    }

    /**
     * Applies the current rules to every article they change, the collection as {@code read} found it (every
     * article); the caller commits. The time told counts the reading's.
     */
    EntityResolution.Result apply(Reading read) {
        EntityRules rules = read.persons.rules(new SolrEntityRules(collection.client(), collection.name()).read());
        ExtractedValues.Reach reach = ExtractedValues.Reach.of(rules);
        List<String> candidates = read.articles.stream()
                .filter(a -> reach.covers(a.values(), a.mentions(), a.corrected())).map(Summary::id).toList();
        List<String> rewritten = new ArrayList<>();
        for (int from = 0; from < candidates.size(); from += SolrIndexer.BATCH) {
            List<String> batch = candidates.subList(from, Math.min(candidates.size(), from + SolrIndexer.BATCH));
            List<SolrInputDocument> changed = new ArrayList<>();
            for (SolrDocument old : stored(batch)) {
                SolrInputDocument rebuilt = rebuild(old, rules);
                if (same(old, rebuilt, Schema.ENTITIES) && same(old, rebuilt, Schema.CORRECTIONS)) continue;
                // Only over the version read: an index run that rewrote the article meanwhile wins, and applies the
                // rules itself as it ends.
                Object version = old.getFieldValue(VERSION);
                if (version != null) rebuilt.setField(VERSION, version);
                changed.add(rebuilt);
            }
            rewritten.addAll(send(changed));
        }
        return new EntityResolution.Result(rules, List.copyOf(rewritten), (System.nanoTime() - read.started) / 1_000_000,
                false);
    }

    /**
     * Sends the rebuilt articles; returns the ids written. A batch one of whose articles changed since it was read
     * (a version conflict) is sent again article by article, leaving out the changed ones.
     */
    private List<String> send(List<SolrInputDocument> docs) {
        if (docs.isEmpty()) return List.of();
        try {
            update(docs);
            return docs.stream().map(d -> (String) d.getFieldValue(Schema.ID)).toList();
        } catch (ClusterUnavailableException e) {
            if (!conflict(e)) throw e;
            if (docs.size() == 1) return List.of();
            // Articles of the batch written before the conflict are counted out now (their version moved): a count
            // too low, never an article lost or overwritten.
            List<String> written = new ArrayList<>();
            for (SolrInputDocument d : docs) written.addAll(send(List.of(d)));
            return written;
        }
    }

    private void update(List<SolrInputDocument> docs) {
        UpdateRequest update = new UpdateRequest();
        update.add(docs);
        collection.send("corrections update", update);
    }

    private static boolean conflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.apache.solr.common.SolrException s && s.code() == 409) return true;
        }
        return false;
    }

    /** The entities as extracted: kept apart on an article a rule changed, else the stored entities are they. */
    private static StoredEntities extracted(SolrDocument d) {
        String extracted = SolrStored.str(d, Schema.EXTRACTED);
        return StoredEntities.fromJson(extracted != null ? extracted : SolrStored.str(d, Schema.ENTITIES));
    }

    private static List<String> personNames(Set<String> values) {
        String prefix = EntityRules.key("person", "");
        return values.stream().filter(v -> v.startsWith(prefix)).map(v -> v.substring(prefix.length())).toList();
    }

    /** The same names recur across articles: one string each keeps the pass's memory to the distinct names. */
    private static Set<String> intern(Set<String> strings) {
        return Set.copyOf(strings.stream().map(String::intern).toList());
    }

    /**
     * The articles whole, by real-time get (it sees what this run sent and has not committed). An id that does not
     * come back is on a shard that cannot answer now: asked again, as a failed update is, so no article is left out.
     */
    private List<SolrDocument> stored(List<String> ids) {
        return collection.retry().call("corrections lookup", () -> {
            List<SolrDocument> found = collection.client().getById(collection.name(), ids, new MapSolrParams(Map.of("fl", "*," + VERSION)));
            if (found.size() < ids.size()) {
                throw new IOException((ids.size() - found.size()) + " of " + ids.size()
                        + " articles did not come back (a shard without a live replica?)");
            }
            return found;
        });
    }

    private static SolrInputDocument rebuild(SolrDocument old, EntityRules rules) {
        Object date = old.getFirstValue(Schema.DATE);
        String title = SolrStored.str(old, Schema.TITLE);
        String body = SolrStored.str(old, Schema.BODY);
        Article article = new Article(SolrStored.str(old, Schema.ID), title, body,
                date instanceof Number n ? Instant.ofEpochMilli(n.longValue()) : null, SolrStored.str(old, Schema.SOURCE),
                SolrStored.str(old, Schema.URL), SolrStored.str(old, Schema.LANGUAGE),
                Path.of(SolrStored.str(old, Schema.FILE)), 0, SolrStored.str(old, Schema.AUTHOR),
                SolrCarriedFields.of(old));
        SolrInputDocument doc = SolrDocuments.build(article, extracted(old), SolrStored.str(old, Schema.HASH), rules,
                // Told when the article was indexed; a rewrite leaves out the same names.
                warning -> { });
        String story = SolrStored.str(old, Schema.STORY);
        if (story != null) doc.setField(Schema.STORY, story);
        return doc;
    }

    private static boolean same(SolrDocument old, SolrInputDocument rebuilt, String field) {
        return Objects.equals(SolrStored.str(old, field),
                rebuilt.getFieldValue(field) == null ? null : String.valueOf(rebuilt.getFieldValue(field)));
    }
}
