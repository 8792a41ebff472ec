package news.dispatch.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The query the analysis of one field gave, with its terms moved to another field that one analyzer reads alike
 * (a chain's title and body): equal to analysing the words again for that field, without the second analysis
 * (issue 29: every word of a query is read for title and body, in every language chain of the index).
 */
final class FieldCopy {
    private FieldCopy() {
    }

    /**
     * {@code query} (the analysis of words for field {@code from}) in field {@code to}; null when it holds a kind of
     * query this does not copy (a synonym set: its term weights are not readable), which is then analysed again.
     */
    static Query of(Query query, String from, String to) {
        if (query instanceof TermQuery t) {
            return t.getTerm().field().equals(from) ? new TermQuery(new Term(to, t.getTerm().bytes())) : null;
        }
        if (query instanceof PhraseQuery p) {
            if (!p.getField().equals(from)) return null;
            PhraseQuery.Builder copy = new PhraseQuery.Builder().setSlop(p.getSlop());
            Term[] terms = p.getTerms();
            int[] positions = p.getPositions();
            for (int i = 0; i < terms.length; i++) copy.add(new Term(to, terms[i].bytes()), positions[i]);
            return copy.build();
        }
        if (query instanceof MultiPhraseQuery p) {
            MultiPhraseQuery.Builder copy = new MultiPhraseQuery.Builder().setSlop(p.getSlop());
            Term[][] arrays = p.getTermArrays();
            int[] positions = p.getPositions();
            for (int i = 0; i < arrays.length; i++) {
                Term[] moved = new Term[arrays[i].length];
                for (int k = 0; k < moved.length; k++) {
                    if (!arrays[i][k].field().equals(from)) return null;
                    moved[k] = new Term(to, arrays[i][k].bytes());
                }
                copy.add(moved, positions[i]);
            }
            return copy.build();
        }
        if (query instanceof BoostQuery b) {
            Query inner = of(b.getQuery(), from, to);
            return inner == null ? null : new BoostQuery(inner, b.getBoost());
        }
        if (query instanceof BooleanQuery b) {
            BooleanQuery.Builder copy = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
            for (BooleanClause c : b.clauses()) {
                Query inner = of(c.query(), from, to);
                if (inner == null) return null;
                copy.add(inner, c.occur());
            }
            return copy.build();
        }
        return null;
    }
}
