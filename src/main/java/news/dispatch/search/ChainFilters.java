package news.dispatch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

import news.dispatch.index.Schema;

/**
 * A query's language readings with their chain filters in the cheaper of two equal forms (issue 29). Each reading
 * searches its own chain's articles: {@code +reading #analysis:en} ({@link QueryReader#read}). When the largest
 * chain holds most articles (English on Reuters: 17,995 of 17,999), that filter is a dense postings list every
 * candidate of the reading is checked against; "none of the other chains" ({@code +reading -analysis:de
 * -analysis:fr …}) selects the same articles — every article has exactly one chain — and skips only the few others.
 * Filters score nothing, so the scores, the hits and their order are the same; the query a response echoes is the
 * one as read.
 *
 * <p>Computed once per reader generation; applies only when every document of it has one chain (the sum of the
 * chains' document counts is the number of documents), so an index with articles from before chains keeps the
 * filter as read.
 */
final class ChainFilters {
    /** Nothing to rewrite: one chain or none, or documents without a chain. */
    static final ChainFilters NONE = new ChainFilters(null, List.of());

    /** The chain most articles have, whose filter is replaced; null when none is. */
    private final String majority;
    /** The filters that stand for it: each other chain, excluded. */
    private final List<Term> others;

    private ChainFilters(String majority, List<Term> others) {
        this.majority = majority;
        this.others = others;
    }

    static ChainFilters of(IndexReader reader) throws IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(Schema.ANALYSIS);
            long inLeaf = 0;
            if (terms != null) {
                TermsEnum each = terms.iterator();
                for (BytesRef term = each.next(); term != null; term = each.next()) {
                    counts.merge(term.utf8ToString(), (long) each.docFreq(), Long::sum);
                    inLeaf += each.docFreq();
                }
            }
            // Deleted documents count on both sides; a document without a chain (or with two) makes them differ.
            if (inLeaf != leaf.reader().maxDoc()) return NONE;
        }
        if (counts.size() < 2) return NONE;
        String largest = null;
        long most = -1;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            if (e.getValue() > most) {
                largest = e.getKey();
                most = e.getValue();
            }
        }
        if (most * 2 <= reader.maxDoc()) return NONE;
        List<Term> others = new ArrayList<>();
        for (String chain : counts.keySet()) {
            if (!chain.equals(largest)) others.add(new Term(Schema.ANALYSIS, chain));
        }
        return new ChainFilters(largest, List.copyOf(others));
    }

    /**
     * The query to run for {@code read}: the same query with the largest chain's filter written as the others
     * excluded; any other query as it is.
     */
    Query executable(Query read) {
        if (majority == null || !(read instanceof BooleanQuery readings)) return read;
        BooleanQuery.Builder rebuilt = new BooleanQuery.Builder()
                .setMinimumNumberShouldMatch(readings.getMinimumNumberShouldMatch());
        boolean replaced = false;
        for (BooleanClause c : readings.clauses()) {
            Query reading = replaced || c.occur() != Occur.SHOULD ? null : readingOfMajority(c.query());
            if (reading == null) {
                rebuilt.add(c);
                continue;
            }
            BooleanQuery.Builder notOthers = new BooleanQuery.Builder().add(reading, Occur.MUST);
            for (Term other : others) notOthers.add(new TermQuery(other), Occur.MUST_NOT);
            rebuilt.add(notOthers.build(), Occur.SHOULD);
            replaced = true;
        }
        return replaced ? rebuilt.build() : read;
    }

    /** The reading of {@code +reading #analysis:MAJORITY}, else null. */
    private Query readingOfMajority(Query clause) {
        if (!(clause instanceof BooleanQuery b) || b.clauses().size() != 2 || b.getMinimumNumberShouldMatch() != 0) {
            return null;
        }
        BooleanClause first = b.clauses().get(0);
        BooleanClause second = b.clauses().get(1);
        boolean filtersMajority = second.occur() == Occur.FILTER && second.query() instanceof TermQuery t
                && t.getTerm().field().equals(Schema.ANALYSIS) && t.getTerm().text().equals(majority);
        return first.occur() == Occur.MUST && filtersMajority ? first.query() : null;
    }
}
