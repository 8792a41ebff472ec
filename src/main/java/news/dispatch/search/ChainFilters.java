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
 *
 * <p>A reading that needs a word no article of the generation has ({@link AbsentTerms}) matches nothing, and is not
 * run: on Reuters the German, French and Italian readings (four articles in all) made Lucene's rewrite of a search's
 * query about twenty times that of the English reading alone, and 144 of the benchmark's 162 such readings have none
 * of their words (issue 29). Such a reading gives no hit and no score, so hits, scores and counts are those of the
 * query as read.
 */
final class ChainFilters {
    /** The chain most articles have, whose filter is replaced; null when none is. */
    private final String majority;
    /** The filters that stand for it: each other chain, excluded. */
    private final List<Term> others;

    /** The generation's reader: the readings' words are looked up in it. */
    private final IndexReader reader;

    private ChainFilters(IndexReader reader, String majority, List<Term> others) {
        this.reader = reader;
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
            if (inLeaf != leaf.reader().maxDoc()) return none(reader);
        }
        if (counts.size() < 2) return none(reader);
        String largest = null;
        long most = -1;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            if (e.getValue() > most) {
                largest = e.getKey();
                most = e.getValue();
            }
        }
        if (most * 2 <= reader.maxDoc()) return none(reader);
        List<Term> others = new ArrayList<>();
        for (String chain : counts.keySet()) {
            if (!chain.equals(largest)) others.add(new Term(Schema.ANALYSIS, chain));
        }
        return new ChainFilters(reader, largest, List.copyOf(others));
    }

    /** No chain filter to replace: one chain or none, or documents without a chain. */
    private static ChainFilters none(IndexReader reader) {
        return new ChainFilters(reader, null, List.of());
    }

    /**
     * The query to run for {@code read}: the same query without the readings that match nothing here, and with the
     * largest chain's filter written as the others excluded; any other query as it is.
     */
    Query executable(Query read) throws IOException {
        if (!(read instanceof BooleanQuery readings)) return read;
        List<BooleanClause> clauses = live(readings);
        if (majority == null && clauses == readings.clauses()) return read;
        BooleanQuery.Builder rebuilt = new BooleanQuery.Builder()
                .setMinimumNumberShouldMatch(readings.getMinimumNumberShouldMatch());
        boolean replaced = false;
        for (BooleanClause c : clauses) {
            Query reading = majority == null || replaced || c.occur() != Occur.SHOULD ? null : readingOfMajority(c.query());
            if (reading == null) {
                rebuilt.add(c);
                continue;
            }
            BooleanQuery.Builder notOthers = new BooleanQuery.Builder().add(reading, Occur.MUST);
            for (Term other : others) notOthers.add(new TermQuery(other), Occur.MUST_NOT);
            rebuilt.add(notOthers.build(), Occur.SHOULD);
            replaced = true;
        }
        return replaced || clauses != readings.clauses() ? rebuilt.build() : read;
    }

    /**
     * The readings of {@code readings} that may match in this generation; its own clauses when each may, or when
     * it is not a query of chain readings (optional {@code +reading #analysis:CHAIN} clauses), or when none may (a
     * query of words no article has runs as read).
     */
    private List<BooleanClause> live(BooleanQuery readings) throws IOException {
        if (readings.getMinimumNumberShouldMatch() != 0) return readings.clauses();
        for (BooleanClause c : readings.clauses()) {
            if (c.occur() != Occur.SHOULD || readingOf(c.query(), null) == null) return readings.clauses();
        }
        AbsentTerms absent = AbsentTerms.in(reader);
        List<BooleanClause> live = new ArrayList<>();
        for (BooleanClause c : readings.clauses()) {
            // The largest chain's reading is kept unasked: it is the one that finds most articles.
            boolean largest = majority != null && readingOfMajority(c.query()) != null;
            if (largest || !absent.cannotMatch(readingOf(c.query(), null))) live.add(c);
        }
        return live.size() == readings.clauses().size() || live.isEmpty() ? readings.clauses() : live;
    }

    /** The reading of {@code +reading #analysis:MAJORITY}, else null. */
    private Query readingOfMajority(Query clause) {
        return readingOf(clause, majority);
    }

    /** The reading of {@code +reading #analysis:CHAIN} (of any chain when {@code chain} is null), else null. */
    private static Query readingOf(Query clause, String chain) {
        if (!(clause instanceof BooleanQuery b) || b.clauses().size() != 2 || b.getMinimumNumberShouldMatch() != 0) {
            return null;
        }
        BooleanClause first = b.clauses().get(0);
        BooleanClause second = b.clauses().get(1);
        boolean filtersChain = second.occur() == Occur.FILTER && second.query() instanceof TermQuery t
                && t.getTerm().field().equals(Schema.ANALYSIS) && (chain == null || t.getTerm().text().equals(chain));
        return first.occur() == Occur.MUST && filtersChain ? first.query() : null;
    }
}
