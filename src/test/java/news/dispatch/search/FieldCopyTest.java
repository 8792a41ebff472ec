package news.dispatch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;

import news.dispatch.index.Schema;

/** A chain's title reading moved to its body field is the body's own reading of the same words. */
class FieldCopyTest {
    private static final Analyzer ANALYZER = Schema.queryAnalyzer(new QueryAliasMap(List.of(
            List.of("South Korea", "Republic of Korea", "ROK"), List.of("Kyiv", "Kiev"))).synonyms());

    private static Query assertCopyIsTheBodyReading(String title, String body, String words, boolean phrase, int slop) {
        QueryBuilder builder = new QueryBuilder(ANALYZER);
        builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        Query titleReading = builder.createPhraseQuery(title, words, slop);
        Query bodyReading = builder.createPhraseQuery(body, words, slop);
        if (!phrase) {
            titleReading = builder.createBooleanQuery(title, words, BooleanClause.Occur.MUST);
            bodyReading = builder.createBooleanQuery(body, words, BooleanClause.Occur.MUST);
        }
        assertNotNull(titleReading, words);
        Query copy = FieldCopy.of(titleReading, title, body);
        // A kind of query the copy does not know is read again: never a different query.
        if (copy != null) assertEquals(bodyReading, copy, words);
        return copy;
    }

    @Test
    void wordsStemsAndAliasesReadForTheTitleAreTheBodysReadingInTheBodyField() {
        for (String words : List.of("oil", "oil prices rose", "Kyiv grain", "South Korea trade", "the Bank of England")) {
            assertCopyIsTheBodyReading(Schema.TITLE, Schema.BODY, words, false, 0);
            assertCopyIsTheBodyReading(Schema.titleField("de"), Schema.bodyField("de"), words, false, 0);
            assertCopyIsTheBodyReading(Schema.TITLE_LATIN, Schema.BODY_LATIN, words, false, 0);
        }
        assertNotNull(assertCopyIsTheBodyReading(Schema.TITLE, Schema.BODY, "oil prices rose", false, 0));
    }

    @Test
    void phrasesKeepTheirGapsAndSlopInTheBodyField() {
        for (String words : List.of("bank of england", "Republic of Korea", "kingdom of the netherlands")) {
            assertCopyIsTheBodyReading(Schema.TITLE, Schema.BODY, words, true, 0);
            assertCopyIsTheBodyReading(Schema.TITLE, Schema.BODY, words, true, 3);
            assertCopyIsTheBodyReading(Schema.titleField("fr"), Schema.bodyField("fr"), words, true, 2);
        }
        assertNotNull(assertCopyIsTheBodyReading(Schema.TITLE, Schema.BODY, "bank of england", true, 3));
    }
}
