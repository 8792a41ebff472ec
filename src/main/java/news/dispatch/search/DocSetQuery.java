package news.dispatch.search;

import java.io.IOException;
import java.util.Arrays;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * Matches the documents given by number, of one reader generation: a filter that leads a conjunction to a few known
 * documents (the matches of a page's stories, found by the first pass) instead of running the whole query again.
 * Never cached: its documents are one request's.
 */
final class DocSetQuery extends Query {
    /** Global document numbers, ascending, distinct. */
    private final int[] docs;

    DocSetQuery(int[] docs) {
        this.docs = docs.clone();
        Arrays.sort(this.docs);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) {
                int from = lowerBound(context.docBase);
                int to = lowerBound(context.docBase + context.reader().maxDoc());
                if (from == to) return null;
                var scorer = new ConstantScoreScorer(score(), scoreMode, new Iterator(docs, from, to, context.docBase));
                return new DefaultScorerSupplier(scorer);
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false;
            }
        };
    }

    /** The first position holding {@code doc} or more. */
    private int lowerBound(int doc) {
        int at = Arrays.binarySearch(docs, doc);
        return at >= 0 ? at : -at - 1;
    }

    /** The documents of one leaf, {@code docs[from..to)} less the leaf's base. */
    private static final class Iterator extends DocIdSetIterator {
        private final int[] docs;
        private final int to;
        private final int base;
        private int at;
        private int doc = -1;

        Iterator(int[] docs, int from, int to, int base) {
            this.docs = docs;
            this.to = to;
            this.base = base;
            this.at = from - 1;
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() {
            at++;
            return doc = at < to ? docs[at] - base : NO_MORE_DOCS;
        }

        @Override
        public int advance(int target) {
            int next;
            do {
                next = nextDoc();
            } while (next < target);
            return next;
        }

        @Override
        public long cost() {
            return to - at;
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "docs(" + docs.length + ")";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DocSetQuery o && Arrays.equals(docs, o.docs);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(docs);
    }
}
