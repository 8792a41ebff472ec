package news.dispatch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.util.BytesRef;

/**
 * The unified highlighter's postings offsets with weight matches, the query's weight built once per index segment
 * instead of once per highlighted document. Lucene's {@code FieldOffsetStrategy} wraps the segment, opens a searcher
 * on it, rewrites the query and creates its weight (looking every term up in the terms dictionary) for each document
 * of each field; only the last step, {@code matches(segment, doc)}, depends on the document. Those per-document
 * lookups were about a fifth of a default search's allocation after {@link PassageScores} (issue 29).
 *
 * <p>The next largest part was the postings each {@code matches} opens, one per term (and per phrase word) per
 * document, each with its block buffers: the segment view hands the codec a postings enum of the same term from an
 * earlier document to reuse (Lucene's {@code postings(reuse, flags)} contract). The highlighter is done with a
 * document's offsets before it asks for the next document's, so those enums are free; within one document a term
 * asked twice (by two clauses) gets two enums.
 *
 * <p>The same marks: the wrapper, searcher, rewrite and weight are Lucene's steps, made with the same arguments for
 * the same segment, and a weight answers {@code matches} for any document of the segment it was made for; a reused
 * postings enum is reset to its term by the codec. One instance highlights one field of one request (the highlighter
 * makes a strategy per field per call), on one thread.
 */
final class OneWeightPerLeaf extends PostingsOffsetStrategy {
    private LeafReader segment;
    private LeafReader fieldView;
    private Weight weight;

    OneWeightPerLeaf(UHComponents components) {
        super(components);
    }

    @Override
    protected void createOffsetsEnumsWeightMatcher(LeafReader leafReader, int docId, List<OffsetsEnum> results)
            throws IOException {
        if (leafReader != segment) {
            if (fieldView != null) ((FieldView) fieldView).pool.clear();
            fieldView = new FieldView(leafReader, components);
            IndexSearcher searcher = new IndexSearcher(fieldView);
            searcher.setQueryCache(null);
            weight = searcher.rewrite(components.query()).createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, 1f);
            segment = leafReader;
        }
        ((FieldView) fieldView).document++;
        Matches matches = weight.matches(fieldView.getContext(), docId);
        if (matches == null) return;
        for (String field : matches) {
            if (!components.fieldMatcher().test(field)) continue;
            MatchesIterator iterator = matches.getMatches(field);
            if (iterator != null) results.add(new OffsetsEnum.OfMatchesIteratorWithSubs(iterator));
        }
    }

    /**
     * As Lucene's: the fields the highlighted field stands for read as that field, and no caching by the reader; and
     * postings enums reused across the documents highlighted.
     */
    private static final class FieldView extends FilterLeafReader {
        private final UHComponents components;
        /** The postings enums opened so far, by field and term. */
        final Map<String, Map<BytesRef, List<Pooled>>> pool = new HashMap<>();
        /** Counts the documents highlighted: an enum handed out for this document is not handed out again. */
        int document;

        FieldView(LeafReader in, UHComponents components) {
            super(in);
            this.components = components;
        }

        @Override
        public Terms terms(String field) throws IOException {
            String read = components.fieldMatcher().test(field) ? components.field() : field;
            Terms terms = super.terms(read);
            return terms == null ? null : new PooledTerms(terms, pool.computeIfAbsent(read, f -> new HashMap<>()));
        }

        @Override
        public CacheHelper getCoreCacheHelper() {
            return null;
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return null;
        }

        /** A postings enum and the document it was last handed out for. */
        private static final class Pooled {
            PostingsEnum postings;
            int document;
        }

        private final class PooledTerms extends FilterTerms {
            private final Map<BytesRef, List<Pooled>> byTerm;

            PooledTerms(Terms in, Map<BytesRef, List<Pooled>> byTerm) {
                super(in);
                this.byTerm = byTerm;
            }

            @Override
            public TermsEnum iterator() throws IOException {
                return new FilterTermsEnum(in.iterator()) {
                    @Override
                    public PostingsEnum postings(PostingsEnum reuse, int flags) throws IOException {
                        if (reuse != null) return in.postings(reuse, flags);
                        BytesRef term = in.term();
                        List<Pooled> enums = byTerm.get(term);
                        if (enums == null) byTerm.put(BytesRef.deepCopyOf(term), enums = new ArrayList<>(1));
                        Pooled free = null;
                        for (Pooled p : enums) {
                            if (p.document != document) {
                                free = p;
                                break;
                            }
                        }
                        if (free == null) enums.add(free = new Pooled());
                        free.postings = in.postings(free.postings, flags);
                        free.document = document;
                        return free.postings;
                    }
                };
            }
        }
    }
}
