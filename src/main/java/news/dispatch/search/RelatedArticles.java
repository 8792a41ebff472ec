package news.dispatch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

/**
 * Related coverage: MoreLikeThis over title and body, with near-duplicates (wire copies) flagged. The work per article
 * is bounded whatever its size: MoreLikeThis reads at most {@link #MAX_TOKENS_READ} words of each field, and the
 * near-duplicate test compares the word 4-grams of the first {@link #MAX_SHINGLE_WORDS} words, built in one pass.
 */
public final class RelatedArticles {
    public static final int MAX_RELATED = 5;
    /** Share of word 4-grams two texts must have in common to count as the same text. */
    public static final double NEAR_DUPLICATE = 0.6;
    /** Words of a field MoreLikeThis analyses to pick its terms (a 2 MB article has 300,000). */
    static final int MAX_TOKENS_READ = 5_000;
    /** Words of a body the near-duplicate test reads: a wire copy is recognized by its opening thousands of words. */
    static final int MAX_SHINGLE_WORDS = 5_000;
    /** Characters read to find those words (generous: words average under ten characters). */
    static final int MAX_SHINGLE_CHARS = MAX_SHINGLE_WORDS * 20;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

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
        mlt.setMaxNumTokensParsed(MAX_TOKENS_READ);
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

    /**
     * The distinct word 4-grams of the start of {@code text}: at most {@link #MAX_SHINGLE_WORDS} words of at most
     * {@link #MAX_SHINGLE_CHARS} characters are read, in one pass, so the cost does not grow with the article.
     */
    public static Set<String> shingles(String text) {
        String head = text.length() > MAX_SHINGLE_CHARS ? text.substring(0, MAX_SHINGLE_CHARS) : text;
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(head.toLowerCase(Locale.ROOT));
        while (words.size() < MAX_SHINGLE_WORDS && word.find()) words.add(word.group());
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 4 <= words.size(); i++) {
            out.add(words.get(i) + ' ' + words.get(i + 1) + ' ' + words.get(i + 2) + ' ' + words.get(i + 3));
        }
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
