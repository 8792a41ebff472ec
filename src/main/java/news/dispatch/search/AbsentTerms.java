package news.dispatch.search;

import java.io.IOException;
import java.util.HashMap;
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
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * Whether a query cannot match any document of a reader because terms it needs are in none: a term query whose term
 * no document has, a phrase missing a word, a boolean query missing a required clause or all of its optional ones.
 * Any other kind of query (prefix, fuzzy, ranges, match-all) is taken as able to match. A "no" is certain; a "maybe"
 * is only that.
 *
 * <p>Why (issue 29): a query is read once per language chain of the index, and on a mostly English index the other
 * chains' readings (a few articles each) are most of the query Lucene rewrites and weighs for every search, while
 * they rarely have a single one of their words in the index. One look-up per word answers that.
 */
final class AbsentTerms {
    private final IndexReader reader;
    /** Per field, its terms enumeration in each leaf (null where the leaf has no such field), made on first use. */
    private final Map<String, TermsEnum[]> enums = new HashMap<>();
    /** The answers so far: the readings of several chains share their cross-script words. */
    private final Map<Term, Boolean> known = new HashMap<>();

    private AbsentTerms(IndexReader reader) {
        this.reader = reader;
    }

    /** The checks of one request's queries on {@code reader}: a word they share is looked up once. */
    static AbsentTerms in(IndexReader reader) {
        return new AbsentTerms(reader);
    }

    /** True when {@code query} matches no document of the reader, as its terms show. */
    boolean cannotMatch(Query query) throws IOException {
        return !mayMatch(query);
    }

    private boolean mayMatch(Query query) throws IOException {
        if (query instanceof TermQuery t) return present(t.getTerm());
        if (query instanceof BoostQuery b) return mayMatch(b.getQuery());
        if (query instanceof ConstantScoreQuery c) return mayMatch(c.getQuery());
        if (query instanceof MatchNoDocsQuery) return false;
        if (query instanceof PhraseQuery p) {
            for (Term t : p.getTerms()) {
                if (!present(t)) return false;
            }
            return true;
        }
        if (query instanceof MultiPhraseQuery p) {
            for (Term[] position : p.getTermArrays()) {
                if (!anyPresent(position)) return false;
            }
            return true;
        }
        if (query instanceof SynonymQuery s) return anyPresent(s.getTerms().toArray(Term[]::new));
        if (query instanceof BooleanQuery b) return mayMatch(b);
        return true;
    }

    /**
     * A boolean query matches a document that matches all its required clauses and at least its minimum of optional
     * ones (one when nothing is required: Lucene matches nothing with exclusions alone).
     */
    private boolean mayMatch(BooleanQuery b) throws IOException {
        List<BooleanClause> clauses = b.clauses();
        boolean required = false;
        for (BooleanClause c : clauses) {
            if (c.occur() == Occur.MUST || c.occur() == Occur.FILTER) {
                required = true;
                if (!mayMatch(c.query())) return false;
            }
        }
        int needed = Math.max(b.getMinimumNumberShouldMatch(), required ? 0 : 1);
        if (needed == 0) return true;
        int possible = 0;
        for (BooleanClause c : clauses) {
            if (c.occur() == Occur.SHOULD && mayMatch(c.query()) && ++possible >= needed) return true;
        }
        return false;
    }

    private boolean anyPresent(Term[] terms) throws IOException {
        for (Term t : terms) {
            if (present(t)) return true;
        }
        return false;
    }

    /** Whether some document of some leaf has the term (deleted ones too: a "maybe" then, never a wrong "no"). */
    private boolean present(Term term) throws IOException {
        Boolean answer = known.get(term);
        if (answer == null) known.put(term, answer = lookUp(term));
        return answer;
    }

    private boolean lookUp(Term term) throws IOException {
        TermsEnum[] perLeaf = enums.get(term.field());
        if (perLeaf == null) {
            List<LeafReaderContext> leaves = reader.leaves();
            perLeaf = new TermsEnum[leaves.size()];
            for (int i = 0; i < perLeaf.length; i++) {
                Terms terms = leaves.get(i).reader().terms(term.field());
                perLeaf[i] = terms == null ? null : terms.iterator();
            }
            enums.put(term.field(), perLeaf);
        }
        for (TermsEnum e : perLeaf) {
            if (e != null && e.seekExact(term.bytes())) return true;
        }
        return false;
    }
}
