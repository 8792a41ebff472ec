package news.dispatch.search;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;

/**
 * The unified highlighter's postings offsets with weight matches, the query's weight built once per index segment
 * instead of once per highlighted document. Lucene's {@code FieldOffsetStrategy} wraps the segment, opens a searcher
 * on it, rewrites the query and creates its weight (looking every term up in the terms dictionary) for each document
 * of each field; only the last step, {@code matches(segment, doc)}, depends on the document. Those per-document
 * lookups were about a fifth of a default search's allocation after {@link PassageScores} (issue 29).
 *
 * <p>The same marks: the wrapper, searcher, rewrite and weight are Lucene's steps, made with the same arguments for
 * the same segment, and a weight answers {@code matches} for any document of the segment it was made for. One
 * instance highlights one field of one request (the highlighter makes a strategy per field per call), on one thread.
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
            fieldView = new FieldView(leafReader, components);
            IndexSearcher searcher = new IndexSearcher(fieldView);
            searcher.setQueryCache(null);
            weight = searcher.rewrite(components.query()).createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, 1f);
            segment = leafReader;
        }
        Matches matches = weight.matches(fieldView.getContext(), docId);
        if (matches == null) return;
        for (String field : matches) {
            if (!components.fieldMatcher().test(field)) continue;
            MatchesIterator iterator = matches.getMatches(field);
            if (iterator != null) results.add(new OffsetsEnum.OfMatchesIteratorWithSubs(iterator));
        }
    }

    /** As Lucene's: the fields the highlighted field stands for read as that field, and no caching by the reader. */
    private static final class FieldView extends FilterLeafReader {
        private final UHComponents components;

        FieldView(LeafReader in, UHComponents components) {
            super(in);
            this.components = components;
        }

        @Override
        public Terms terms(String field) throws IOException {
            return super.terms(components.fieldMatcher().test(field) ? components.field() : field);
        }

        @Override
        public CacheHelper getCoreCacheHelper() {
            return null;
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return null;
        }
    }
}
