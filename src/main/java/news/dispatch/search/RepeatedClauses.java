package news.dispatch.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * Folds the identical clauses of every boolean query of a read query into one, as Lucene's own rewrite does: a
 * required or optional clause repeated becomes one clause whose boost is the sum of theirs (the same score), a
 * repeated filter or exclusion becomes one. Done once when the query is read, because the highlighter rewrites the
 * query again for every field of every hit: {@code USA} written 100 times (1,000 alias alternatives) took 140 ms
 * a search on Reuters, nearly all of it in those rewrites.
 */
final class RepeatedClauses {
    private RepeatedClauses() {
    }

    /** {@code query} with its repeats folded; {@code query} itself when it has none (most queries: nothing rebuilt). */
    static Query fold(Query query) {
        if (query instanceof BoostQuery boost) {
            Query inner = fold(boost.getQuery());
            return inner == boost.getQuery() ? query : new BoostQuery(inner, boost.getBoost());
        }
        if (!(query instanceof BooleanQuery bool)) return query;
        BooleanQuery.Builder folded = new BooleanQuery.Builder()
                .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
        boolean changed = false;
        if (bool.getMinimumNumberShouldMatch() > 0) {
            // Two equal optional clauses are then two chances to reach the minimum: only their insides are folded.
            for (BooleanClause clause : bool.clauses()) {
                Query inner = fold(clause.query());
                changed |= inner != clause.query();
                folded.add(inner, clause.occur());
            }
            return changed ? folded.build() : query;
        }
        // Each clause's query without boosts, folded, and its boost.
        List<BooleanClause> clauses = bool.clauses();
        BooleanClause[] unboosted = new BooleanClause[clauses.size()];
        float[] boosts = new float[clauses.size()];
        for (int i = 0; i < unboosted.length; i++) {
            BooleanClause clause = clauses.get(i);
            float boost = 1;
            int layers = 0;
            Query inner = clause.query();
            while (inner instanceof BoostQuery b) {
                boost *= b.getBoost();
                inner = b.getQuery();
                layers++;
            }
            Query foldedInner = fold(inner);
            // The clause is written again unless it is already in its folded form: one boost (not 1), or none.
            changed |= foldedInner != inner || layers > 1 || layers == 1 && boost == 1f;
            unboosted[i] = new BooleanClause(foldedInner, clause.occur());
            boosts[i] = boost;
        }
        if (!changed && !repeats(unboosted)) return query;
        // Each distinct clause (its query without boosts, and how it occurs) with its summed boost, in first order.
        Map<BooleanClause, Float> summed = new LinkedHashMap<>();
        for (int i = 0; i < unboosted.length; i++) {
            Occur occur = unboosted[i].occur();
            boolean scored = occur == Occur.MUST || occur == Occur.SHOULD;
            summed.merge(unboosted[i], boosts[i], scored ? Float::sum : (first, again) -> first);
        }
        summed.forEach((clause, boost) -> folded.add(boosted(clause.query(), boost), clause.occur()));
        return folded.build();
    }

    /**
     * Whether two clauses are equal. A few clauses (a word's title and body, most of a query) are compared pairwise:
     * hashing every clause into a map was about a twelfth of reading a query (issue 29).
     */
    private static boolean repeats(BooleanClause[] clauses) {
        if (clauses.length > 4) return new java.util.HashSet<>(List.of(clauses)).size() < clauses.length;
        for (int i = 0; i < clauses.length; i++) {
            for (int j = i + 1; j < clauses.length; j++) {
                if (clauses[i].equals(clauses[j])) return true;
            }
        }
        return false;
    }

    private static Query boosted(Query query, float boost) {
        return boost == 1f ? query : new BoostQuery(query, boost);
    }
}
