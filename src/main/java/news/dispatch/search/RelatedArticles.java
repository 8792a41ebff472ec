package news.dispatch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

import news.dispatch.index.Schema;

/** Related coverage: MoreLikeThis over title and body, with near-duplicates (wire copies) flagged. */
public final class RelatedArticles {
    public static final int MAX_RELATED = 5;
    /** Share of word 4-grams two texts must have in common to count as the same text. */
    public static final double NEAR_DUPLICATE = 0.6;

    private RelatedArticles() {
    }

    static List<ArticleView.Related> of(IndexSearcher searcher, Analyzer analyzer, int doc, String id, String body)
            throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(new String[] {Schema.TITLE, Schema.BODY});
        mlt.setMinTermFreq(1);
        // A word only this article has relates it to nothing.
        mlt.setMinDocFreq(2);
        mlt.setMaxQueryTerms(30);
        mlt.setBoost(true);
        if (searcher.getIndexReader().numDocs() > 100) mlt.setMaxDocFreqPct(20);
        Query like = mlt.like(doc);
        Query query = new BooleanQuery.Builder().add(like, Occur.SHOULD)
                .add(new TermQuery(new Term(Schema.ID, id)), Occur.MUST_NOT).build();
        Set<String> shingles = shingles(body);
        List<ArticleView.Related> related = new ArrayList<>();
        var stored = searcher.storedFields();
        for (ScoreDoc hit : searcher.search(query, MAX_RELATED).scoreDocs) {
            Document d = stored.document(hit.doc, Set.of(Schema.ID, Schema.TITLE, Schema.BODY, Schema.DATE, Schema.SOURCE));
            boolean duplicate = overlap(shingles, shingles(d.get(Schema.BODY))) >= NEAR_DUPLICATE;
            related.add(new ArticleView.Related(d.get(Schema.ID), d.get(Schema.TITLE), StoredArticle.day(d),
                    d.get(Schema.SOURCE), hit.score, duplicate));
        }
        return related;
    }

    /** Word 4-grams of a text: two texts sharing most of them are the same story copied. */
    public static Set<String> shingles(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 4 <= words.length; i++) out.add(String.join(" ", List.of(words).subList(i, i + 4)));
        return out;
    }

    /** Share of the smaller set's shingles the other has too. */
    public static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return (double) common.size() / Math.min(a.size(), b.size());
    }
}
