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
 * <p>The next largest part was the terms and postings enums each {@code matches} opens, per term (and per phrase
 * word) per document, each with its buffers: the segment view hands out a terms enum from an earlier document (every
 * caller seeks it first), and hands the codec a postings enum of the same term from an earlier document to reuse
 * (Lucene's {@code postings(reuse, flags)} contract). The highlighter is done with a document's offsets before it
 * asks for the next document's, so those enums are free; within one document each request gets an enum of its own.
 *
 * <p>The same marks: the wrapper, searcher, rewrite and weight are Lucene's steps, made with the same arguments for
 * the same segment, and a weight answers {@code matches} for any document of the segment it was made for; a reused
 * postings enum is reset to its term by the codec. One instance highlights one field of one request (the highlighter
 * makes a strategy per field per call), on one thread.
 */
final class OneWeightPerLeaf extends PostingsOffsetStrategy {
    private LeafReader segment;
    private FieldView fieldView;
    private Weight weight;

    OneWeightPerLeaf(UHComponents components) {
        super(components);
    }

    @Override
    protected void createOffsetsEnumsWeightMatcher(LeafReader leafReader, int docId, List<OffsetsEnum> results)
            throws IOException {
        if (leafReader != segment) {
            fieldView = new FieldView(leafReader, components);
            IndexSearcher searcher = new IndexSearcher(fieldView);
            searcher.setQueryCache(null);
            weight = searcher.rewrite(components.query()).createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, 1f);
            segment = leafReader;
        }
        fieldView.document++;
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
     * terms and postings enums reused across the documents highlighted.
     */
    private static final class FieldView extends FilterLeafReader {
        private final UHComponents components;
        /** The terms of each field read so far, with the enums they opened. */
        private final Map<String, PooledTerms> pool = new HashMap<>();
        /** Counts the documents highlighted: an enum handed out for this document is not handed out again. */
        int document;

        FieldView(LeafReader in, UHComponents components) {
            super(in);
            this.components = components;
        }

        @Override
        public Terms terms(String field) throws IOException {
            String read = components.fieldMatcher().test(field) ? components.field() : field;
            PooledTerms pooled = pool.get(read);
            if (pooled == null) {
                Terms terms = super.terms(read);
                if (terms == null) return null;
                pool.put(read, pooled = new PooledTerms(terms));
            }
            return pooled;
        }

        @Override
        public CacheHelper getCoreCacheHelper() {
            return null;
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return null;
        }

        /** An enum and the document it was last handed out for. */
        private static final class Pooled<T> {
            T value;
            int document;
        }

        /** The first of {@code pooled} not handed out for this document, or a new one; marked as handed out. */
        private <T> Pooled<T> free(List<Pooled<T>> pooled) {
            Pooled<T> free = null;
            for (Pooled<T> p : pooled) {
                if (p.document != document) {
                    free = p;
                    break;
                }
            }
            if (free == null) pooled.add(free = new Pooled<>());
            free.document = document;
            return free;
        }

        private final class PooledTerms extends FilterTerms {
            private final List<Pooled<TermsEnum>> termsEnums = new ArrayList<>(4);
            private final Map<BytesRef, List<Pooled<PostingsEnum>>> postings = new HashMap<>();

            PooledTerms(Terms in) {
                super(in);
            }

            /** Every caller seeks the enum it gets: one from an earlier document serves as a new one. */
            @Override
            public TermsEnum iterator() throws IOException {
                Pooled<TermsEnum> free = free(termsEnums);
                if (free.value == null) free.value = new PooledTermsEnum(in.iterator());
                return free.value;
            }

            private final class PooledTermsEnum extends FilterTermsEnum {
                PooledTermsEnum(TermsEnum in) {
                    super(in);
                }

                @Override
                public PostingsEnum postings(PostingsEnum reuse, int flags) throws IOException {
                    if (reuse != null) return in.postings(reuse, flags);
                    BytesRef term = in.term();
                    List<Pooled<PostingsEnum>> enums = postings.get(term);
                    if (enums == null) postings.put(BytesRef.deepCopyOf(term), enums = new ArrayList<>(1));
                    Pooled<PostingsEnum> free = free(enums);
                    free.value = in.postings(free.value, flags);
                    return free.value;
                }
            }
        }
    }
}
