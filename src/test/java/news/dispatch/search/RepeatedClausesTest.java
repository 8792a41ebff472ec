package news.dispatch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

/** How a read query's repeats and bare exclusions are written, and that a query without them is left as read. */
class RepeatedClausesTest {
    private static Query term(String word) {
        return new TermQuery(new Term("body", word));
    }

    private static Query titleAndBody(String word) {
        return new BooleanQuery.Builder().add(new BoostQuery(new TermQuery(new Term("title", word)), 2f), Occur.SHOULD)
                .add(term(word), Occur.SHOULD).build();
    }

    @Test
    void aQueryWithoutRepeatsIsKeptAsReadNotCopied() {
        Query read = new BooleanQuery.Builder().add(titleAndBody("oil"), Occur.MUST)
                .add(new BoostQuery(titleAndBody("opec"), 3f), Occur.MUST).add(term("saudi"), Occur.MUST_NOT).build();
        assertSame(read, RepeatedClauses.fold(read));
        assertSame(read, QueryReader.allExcept(read));
    }

    @Test
    void repeatedWordsAreOneClauseWithTheirBoostsSummed() {
        Query read = new BooleanQuery.Builder().add(titleAndBody("oil"), Occur.MUST)
                .add(new BoostQuery(titleAndBody("oil"), 2f), Occur.MUST).add(term("opec"), Occur.MUST).build();
        Query folded = new BooleanQuery.Builder().add(new BoostQuery(titleAndBody("oil"), 3f), Occur.MUST)
                .add(term("opec"), Occur.MUST).build();
        assertEquals(folded, RepeatedClauses.fold(read));
    }

    @Test
    void aBoostOfABoostIsOneBoost() {
        Query read = new BooleanQuery.Builder().add(new BoostQuery(new BoostQuery(term("oil"), 2f), 3f), Occur.MUST)
                .build();
        assertEquals(new BooleanQuery.Builder().add(new BoostQuery(term("oil"), 6f), Occur.MUST).build(),
                RepeatedClauses.fold(read));
    }

    @Test
    void exclusionsAloneInANestedQueryStillMeanEveryArticleExceptThose() {
        Query read = new BooleanQuery.Builder().add(titleAndBody("kyiv"), Occur.SHOULD)
                .add(new BooleanQuery.Builder().add(term("putin"), Occur.MUST_NOT).build(), Occur.SHOULD).build();
        Query expected = new BooleanQuery.Builder().add(titleAndBody("kyiv"), Occur.SHOULD)
                .add(new BooleanQuery.Builder().add(term("putin"), Occur.MUST_NOT)
                        .add(new MatchAllDocsQuery(), Occur.MUST).build(), Occur.SHOULD).build();
        assertEquals(expected, QueryReader.allExcept(read));
    }
}
