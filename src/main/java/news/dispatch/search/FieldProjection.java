package news.dispatch.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * A query as the highlighter of one field needs it for documents the query matches: the parts that can mark that
 * field, as alternatives. The read query asks each word of title and body ({@code +((title:oil)^2 body:oil)
 * +((title:opec)^2 body:opec)}, alias phrases included); to mark the body of a hit, {@code body:oil body:opec}.
 *
 * <p>Why the marks do not change. With weight matches the unified highlighter marks in a field the matches of those
 * clauses naming it that take part in the document's match: a clause under a required or optional clause of the
 * query that matches, through optional alternatives, counts when it matches itself. The document matching the query
 * (it is a hit), the marks are those of every such clause that matches: the same as the alternatives of the clauses
 * naming the field. A clause naming only other fields marks nothing there; an exclusion marks nothing; anything below
 * a clause that is not a plain alternative (a conjunction of several words inside an OR) is kept whole, as its own
 * match depends on all of it.
 *
 * <p>What it saves: the highlighter builds and runs the whole query for every field of every hit, and half of it is
 * the other field's clauses (issue 29: about a fifth of a search's highlighting on Reuters).
 */
final class FieldProjection {
    private FieldProjection() {
    }

    /** {@code query}'s parts that can mark {@code field}, as alternatives; to highlight documents it matches only. */
    static Query of(Query query, String field) {
        Query root = unboosted(query);
        if (!(root instanceof BooleanQuery bool)) return query;
        List<Query> parts = new ArrayList<>();
        for (BooleanClause clause : bool.clauses()) {
            if (clause.occur() != Occur.MUST_NOT) alternatives(clause.query(), field, parts);
        }
        BooleanQuery.Builder projected = new BooleanQuery.Builder();
        for (Query part : parts) projected.add(part, Occur.SHOULD);
        return projected.build();
    }

    /** Adds the parts of {@code query} that name {@code field}, looking inside plain alternatives. */
    private static void alternatives(Query query, String field, List<Query> parts) {
        Query inner = unboosted(query);
        if (inner instanceof BooleanQuery bool && isAlternatives(bool)) {
            for (BooleanClause clause : bool.clauses()) alternatives(clause.query(), field, parts);
        } else if (fields(inner).contains(field)) {
            parts.add(query);
        }
    }

    /** Optional clauses only, one of which is enough. */
    private static boolean isAlternatives(BooleanQuery bool) {
        if (bool.getMinimumNumberShouldMatch() > 1) return false;
        for (BooleanClause clause : bool.clauses()) {
            if (clause.occur() != Occur.SHOULD) return false;
        }
        return true;
    }

    private static Query unboosted(Query query) {
        while (query instanceof BoostQuery b) query = b.getQuery();
        return query;
    }

    /** The fields a query reads terms of (exclusions included: a part is kept whole when any of it names the field). */
    private static Set<String> fields(Query query) {
        Set<String> fields = new HashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.add(field);
                return true;
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return this;
            }
        });
        return fields;
    }
}
