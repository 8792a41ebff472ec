package news.dispatch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Refuses queries whose prefix, wildcard, fuzzy and regex terms cost too much before any article is scored: more
 * such terms than {@link QueryLimits#MAX_MULTI_TERMS} (each is an automaton, built again by the highlighter), or
 * more index words than {@link QueryLimits#MAX_TOTAL_EXPANSIONS} for all of them together ("a*" over a news archive
 * is almost every article, slow to score and useless to read). The user is told which term and what to do.
 */
public final class ExpansionGuard {
    private ExpansionGuard() {
    }

    /** True when the query has a prefix, wildcard, fuzzy or regex term anywhere. */
    static boolean hasMultiTerms(Query query) {
        return !multiTerms(query).isEmpty();
    }

    static void check(Query query, IndexReader reader) {
        List<Located> found = multiTerms(query);
        checkWritten(found);
        int total = 0;
        for (Located l : found) {
            total = count(l, reader, total);
        }
    }

    /**
     * The limits a query is held to before it meets any index, for a backend that expands its terms itself (the
     * cluster): at most {@link QueryLimits#MAX_MULTI_TERMS} wildcard, fuzzy and pattern terms, and no more clauses
     * (words and alias alternatives together) than Lucene's clause limit, each refused with the embedded message.
     */
    public static void checkWithoutIndex(Query query) {
        checkWritten(multiTerms(query));
        try {
            new IndexSearcher(new MultiReader()).rewrite(query);
        } catch (IndexSearcher.TooManyClauses e) {
            throw LuceneSearcher.tooManyClauses();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkWritten(List<Located> found) {
        Set<String> written = new LinkedHashSet<>();
        found.forEach(l -> written.add(l.query().toString(l.field())));
        if (written.size() > QueryLimits.MAX_MULTI_TERMS) {
            throw new BadRequestException("The query has " + written.size() + " wildcard, fuzzy or pattern terms; "
                    + "at most " + QueryLimits.MAX_MULTI_TERMS + " are allowed.");
        }
    }

    private record Located(MultiTermQuery query, String field) {
    }

    private static List<Located> multiTerms(Query query) {
        List<Located> found = new ArrayList<>();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
                if (q instanceof MultiTermQuery mtq) found.add(new Located(mtq, field));
            }
        });
        return found;
    }

    /** Adds the words {@code l} expands to onto {@code total}, refusing the query past the limit. */
    private static int count(Located l, IndexReader reader, int total) {
        try {
            Terms terms = MultiTerms.getTerms(reader, l.field());
            if (terms == null) return total;
            TermsEnum matching = l.query().getTermsEnum(terms);
            while (matching.next() != null) {
                if (++total > QueryLimits.MAX_TOTAL_EXPANSIONS) {
                    throw new BadRequestException("'" + l.query().toString(l.field()) + "' takes the query's "
                            + "wildcard, fuzzy and pattern terms past " + QueryLimits.MAX_TOTAL_EXPANSIONS
                            + " different words together; make them longer or more precise.");
                }
            }
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
