package news.dispatch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Refuses prefix, wildcard and fuzzy terms that would expand to too many words: "a*" over a news archive is
 * almost every article, slow to score and useless to read. The user is told which term and what to do.
 */
final class ExpansionGuard {
    static final int MAX_EXPANSIONS = 5_000;

    private ExpansionGuard() {
    }

    static void check(Query query, IndexReader reader) {
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
                if (q instanceof MultiTermQuery mtq) count(mtq, field, reader);
            }
        });
    }

    private static void count(MultiTermQuery query, String field, IndexReader reader) {
        try {
            Terms terms = MultiTerms.getTerms(reader, field);
            if (terms == null) return;
            TermsEnum matching = query.getTermsEnum(terms);
            int n = 0;
            while (matching.next() != null) {
                if (++n > MAX_EXPANSIONS) {
                    throw new BadRequestException("'" + query.toString(field) + "' matches more than "
                            + MAX_EXPANSIONS + " different words; make it longer or more precise.");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
