package news.dispatch.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

import news.dispatch.corpus.Article;
import news.dispatch.entity.correction.EntityRule;
import news.dispatch.entity.correction.EntityRules;
import news.dispatch.entity.correction.EntityRulesFile;
import news.dispatch.entity.person.PersonNameGroups;
import news.dispatch.entity.person.SlavicOnlyNames;
import news.dispatch.entity.person.SlavicPersons;

/**
 * The index-level entity step: reads the user's rules beside the index, computes one name per person over the person
 * names of all articles ({@link EntityRules#forCorpus}), and rewrites, from their stored extracted entities, exactly the
 * articles whose corrected entities change — through {@link ArticleDocument}, the one way documents are built.
 * Runs inside whatever holds the index's writer (an index run, a live writer, the entities command); the caller
 * commits.
 */
public final class EntityResolution {
    /** What one step did. */
    public record Result(EntityRules rules, List<String> rewritten, long millis, boolean oldIndex) {
        public int automaticMerges() {
            return rules.automaticPersons().size();
        }
    }

    private EntityResolution() {
    }

    /** The rules for the articles about to be written: the user's and the automatic ones of the index as it is. */
    static EntityRules current(IndexWriter writer, Path indexDir) throws IOException {
        List<EntityRule> user = EntityRulesFile.besideIndex(indexDir).read();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            return rules(reader, user);
        }
    }

    /** Applies the current rules to every article they change; returns what it did. The caller commits. */
    public static Result apply(IndexWriter writer, Path indexDir) throws IOException {
        long started = System.nanoTime();
        List<EntityRule> user = EntityRulesFile.besideIndex(indexDir).read();
        List<String> rewritten = new ArrayList<>();
        EntityRules rules;
        boolean oldIndex;
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            rules = rules(reader, user);
            oldIndex = reader.numDocs() > 0 && FieldInfos.getMergedFieldInfos(reader).fieldInfo(Schema.EXTRACTED_VALUE) == null;
            ArticleDocument documents = new ArticleDocument(rules);
            IndexSearcher searcher = new IndexSearcher(reader);
            Weight weight = searcher.createWeight(searcher.rewrite(candidates(rules)), ScoreMode.COMPLETE_NO_SCORES, 1);
            for (LeafReaderContext leaf : reader.leaves()) {
                Scorer scorer = weight.scorer(leaf);
                if (scorer == null) continue;
                var live = leaf.reader().getLiveDocs();
                var stored = leaf.reader().storedFields();
                DocIdSetIterator docs = scorer.iterator();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    if (live != null && !live.get(doc)) continue;
                    Document old = stored.document(doc);
                    Document rebuilt = rebuild(documents, old);
                    if (same(old, rebuilt, Schema.ENTITIES) && same(old, rebuilt, Schema.CORRECTIONS)) continue;
                    writer.updateDocument(new Term(Schema.ID, old.get(Schema.ID)), rebuilt);
                    rewritten.add(old.get(Schema.ID));
                }
            }
        }
        // A rewritten document starts as a story of its own (ArticleDocument): its text is unchanged, so walking from
        // it links it back to the story it was in.
        if (!rewritten.isEmpty()) new StoryGroups().regroup(writer, rewritten, List.of());
        return new Result(rules, List.copyOf(rewritten), (System.nanoTime() - started) / 1_000_000, oldIndex);
    }

    /**
     * Opens the index's writer, applies the rules and commits. Throws {@link
     * org.apache.lucene.store.LockObtainFailedException} when another process writes the index (Lucene's write lock:
     * an index run or {@code serve --watch}); returns null when there is no index yet.
     */
    public static Result applyToIndex(Path indexDir) throws IOException {
        try (var dir = org.apache.lucene.store.FSDirectory.open(indexDir)) {
            if (!DirectoryReader.indexExists(dir)) return null;
            try (IndexWriter writer = new IndexWriter(dir, new org.apache.lucene.index.IndexWriterConfig(Schema.indexAnalyzer())
                    .setOpenMode(org.apache.lucene.index.IndexWriterConfig.OpenMode.APPEND).setCommitOnClose(false))) {
                Result result = apply(writer, indexDir);
                if (!result.rewritten().isEmpty()) {
                    // The commit keeps the last one's user data (corpus fingerprint, id scheme).
                    Map<String, String> data = new java.util.HashMap<>();
                    if (writer.getLiveCommitData() != null) writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
                    writer.setLiveCommitData(data.entrySet());
                    writer.commit();
                }
                return result;
            }
        }
    }

    /** The rules the index would apply now (the user's and the automatic ones), read without writing. */
    public static EntityRules read(Path indexDir) throws IOException {
        List<EntityRule> user = EntityRulesFile.besideIndex(indexDir).read();
        try (var dir = org.apache.lucene.store.FSDirectory.open(indexDir)) {
            if (!DirectoryReader.indexExists(dir)) return new EntityRules(user, Map.of());
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                return rules(reader, user);
            }
        }
    }

    /** Articles per extracted person name in the index at {@code indexDir}. */
    public static Map<String, Integer> personArticles(Path indexDir) throws IOException {
        try (var dir = org.apache.lucene.store.FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
            return personArticles(reader);
        }
    }

    private static EntityRules rules(DirectoryReader reader, List<EntityRule> user) throws IOException {
        Map<String, Integer> persons = personArticles(reader);
        return EntityRules.forCorpus(user, persons, fatherAndSon(reader, persons.keySet()), slavicOnly(reader),
                slipsApart(reader, persons));
    }

    /**
     * The person names that only live articles in a Slavic language hold ({@link SlavicOnlyNames}): the only ones the
     * index-wide step joins across scripts.
     */
    static SlavicOnlyNames slavicOnly(DirectoryReader reader) throws IOException {
        SlavicOnlyNames.Builder names = new SlavicOnlyNames.Builder();
        List<String> languages = new ArrayList<>(new TreeSet<>(SlavicPersons.LANGUAGES));
        for (LeafReaderContext leaf : reader.leaves()) {
            // The articles of each Slavic language: an article in none is in another language.
            List<FixedBitSet> ofLanguage = new ArrayList<>();
            Terms written = leaf.reader().terms(Schema.LANGUAGE);
            TermsEnum le = written == null ? null : written.iterator();
            for (String language : languages) {
                FixedBitSet docs = new FixedBitSet(leaf.reader().maxDoc());
                if (le != null && le.seekExact(new BytesRef(language))) docs.or(le.postings(null, PostingsEnum.NONE));
                ofLanguage.add(docs);
            }
            // The names of each Slavic article, gathered to be added article by article (a lone name's neighbours).
            Map<Integer, List<String>> slavicArticles = new TreeMap<>();
            Map<Integer, String> languageOf = new java.util.HashMap<>();
            eachLivePerson(leaf.reader(), (name, d) -> {
                String language = null;
                for (int i = 0; i < languages.size() && language == null; i++) {
                    if (ofLanguage.get(i).get(d)) language = languages.get(i);
                }
                if (language == null) names.add(name, null);
                else {
                    slavicArticles.computeIfAbsent(d, k -> new ArrayList<>()).add(name);
                    languageOf.put(d, language);
                }
            });
            slavicArticles.forEach((d, ofArticle) -> names.article(ofArticle, languageOf.get(d)));
        }
        return names.build();
    }

    /**
     * Suffixed names ("Donald Trump Jr.") that live articles name beside the same name without the suffix ("Donald
     * Trump") often enough to be two persons ({@link PersonNameGroups#fatherAndSon}), whom {@link PersonNameGroups}
     * keeps apart.
     */
    static java.util.Set<String> fatherAndSon(DirectoryReader reader, java.util.Set<String> names) throws IOException {
        java.util.Set<String> two = new java.util.HashSet<>();
        for (String name : names) {
            String base = PersonNameGroups.withoutSuffix(name);
            if (base == null || !names.contains(base)) continue;
            java.util.Set<String> docsOfName = liveDocs(reader, name);
            java.util.Set<String> docsOfBase = liveDocs(reader, base);
            int articles = docsOfName.size();
            docsOfName.retainAll(docsOfBase);
            if (PersonNameGroups.fatherAndSon(name, articles, docsOfName.size(), names)) two.add(name);
        }
        return two;
    }

    /**
     * The real-name slips ({@link PersonNameGroups#realNameSlips}: "Corey Booker" beside "Cory Booker") that no live
     * article names beside their person: one person written two ways, where two persons of one family are named
     * together.
     */
    static java.util.Set<String> slipsApart(DirectoryReader reader, Map<String, Integer> persons) throws IOException {
        java.util.Set<String> apart = new java.util.HashSet<>();
        for (Map.Entry<String, String> pair : PersonNameGroups.realNameSlips(persons).entrySet()) {
            java.util.Set<String> docs = liveDocs(reader, pair.getKey());
            docs.retainAll(liveDocs(reader, pair.getValue()));
            if (docs.isEmpty()) apart.add(pair.getKey());
        }
        return apart;
    }

    /** Live documents (as leaf:doc) holding the extracted person {@code name}. */
    private static java.util.Set<String> liveDocs(DirectoryReader reader, String name) throws IOException {
        java.util.Set<String> docs = new java.util.HashSet<>();
        BytesRef term = new BytesRef(EntityRules.key("person", name));
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(Schema.EXTRACTED_VALUE);
            if (terms == null) continue;
            TermsEnum te = terms.iterator();
            if (!te.seekExact(term)) continue;
            var live = leaf.reader().getLiveDocs();
            PostingsEnum postings = te.postings(null, PostingsEnum.NONE);
            for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                if (live == null || live.get(d)) docs.add(leaf.ord + ":" + d);
            }
        }
        return docs;
    }

    /** Each person name as extracted, with the number of live articles holding it. */
    static Map<String, Integer> personArticles(DirectoryReader reader) throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            eachLivePerson(leaf.reader(), (name, d) -> counts.merge(name, 1, Integer::sum));
        }
        return counts;
    }

    /** Each extracted person name of a segment, with each live article of the segment that holds it. */
    private static void eachLivePerson(org.apache.lucene.index.LeafReader leaf,
                                       java.util.function.ObjIntConsumer<String> visit) throws IOException {
        Terms terms = leaf.terms(Schema.EXTRACTED_VALUE);
        if (terms == null) return;
        BytesRef prefix = new BytesRef(EntityRules.key("person", ""));
        var live = leaf.getLiveDocs();
        TermsEnum te = terms.iterator();
        if (te.seekCeil(prefix) == TermsEnum.SeekStatus.END) return;
        PostingsEnum postings = null;
        for (BytesRef term = te.term(); term != null && startsWith(term, prefix); term = te.next()) {
            String name = term.utf8ToString().substring(prefix.length);
            postings = te.postings(postings, PostingsEnum.NONE);
            for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                if (live == null || live.get(d)) visit.accept(name, d);
            }
        }
    }

    private static boolean startsWith(BytesRef term, BytesRef prefix) {
        return term.length >= prefix.length && java.util.Arrays.equals(term.bytes, term.offset, term.offset + prefix.length,
                prefix.bytes, prefix.offset, prefix.offset + prefix.length);
    }

    /** Articles the rules may change: those corrected before, and those holding a value or mention a rule names. */
    private static Query candidates(EntityRules rules) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        any.add(new TermQuery(new Term(Schema.CORRECTED, ExtractedValues.corrected())), Occur.SHOULD);
        var values = new TreeSet<BytesRef>();
        for (String v : rules.affectedValues()) values.add(new BytesRef(v));
        if (!values.isEmpty()) any.add(new TermInSetQuery(Schema.EXTRACTED_VALUE, values), Occur.SHOULD);
        var mentions = new TreeSet<BytesRef>();
        for (EntityRule r : rules.mentionRules()) mentions.add(new BytesRef(ExtractedValues.mentionTerm(r.kind(), r.value())));
        if (!mentions.isEmpty()) any.add(new TermInSetQuery(Schema.EXTRACTED_MENTION, mentions), Occur.SHOULD);
        return any.build();
    }

    private static Document rebuild(ArticleDocument documents, Document old) throws IOException {
        var date = old.getField(Schema.DATE);
        Article article = new Article(old.get(Schema.ID), old.get(Schema.TITLE), old.get(Schema.BODY),
                date == null ? null : Instant.ofEpochMilli(date.numericValue().longValue()), old.get(Schema.SOURCE),
                old.get(Schema.URL), old.get(Schema.LANGUAGE), Path.of(old.get(Schema.FILE)), 0, old.get(Schema.AUTHOR),
                ArticleDocument.carried(old));
        var stored = old.getField(Schema.EXTRACTED) != null ? old.getField(Schema.EXTRACTED) : old.getField(Schema.ENTITIES);
        StoredEntities extracted = StoredEntities.fromStored(stored, article.title(), article.body());
        // Warnings (an over-long name) were given when the article was first indexed.
        return documents.build(article, extracted, old.get(Schema.HASH), warning -> { });
    }

    /** Whether a stored field holds the same value in both, as text or as bytes (the stored entities). */
    private static boolean same(Document old, Document rebuilt, String field) {
        return java.util.Objects.equals(old.get(field), rebuilt.get(field))
                && java.util.Objects.equals(old.getBinaryValue(field), rebuilt.getBinaryValue(field));
    }
}
