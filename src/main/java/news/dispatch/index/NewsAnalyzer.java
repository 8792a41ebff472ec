package news.dispatch.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * English news text: Lucene's EnglishAnalyzer chain (possessives, stop words, Porter stems) plus accent folding,
 * so "Zelenskyy's" and "Zelenskyy", "Bucha" and "Buča" meet. EnglishAnalyzer itself is final and does not fold.
 *
 * <p>With aliases (query side only) the gazetteer's spelling variants are expanded before stemming, so "Kiev" also
 * searches "kyiv". The index holds no synonyms: a new alias works without re-indexing.
 */
final class NewsAnalyzer extends VisibleTextAnalyzer {
    private final SynonymMap aliases;

    NewsAnalyzer(SynonymMap aliases) {
        this.aliases = aliases;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = words(source);
        // Aliases before stop words: "Republic of Korea" must reach the synonym rules with its "of", which the
        // stop filter then drops from every path of the graph, leaving the same gap the index has.
        if (aliases != null && aliases.fst != null) stream = new SynonymGraphFilter(stream, aliases, true);
        stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    /** The chain up to the alias rules: possessives dropped, lower-cased, accents folded. */
    private static TokenStream words(StandardTokenizer source) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source)));
    }

    /**
     * How the words of an alias rule are read: exactly as the query's words look where the synonym filter sits,
     * so a rule never silently fails to match its own spelling ("People's", "Côte", "of the").
     */
    static Analyzer aliasWords() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, words(source));
            }
        };
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        // Prefix and fuzzy terms are normalized, not analyzed: case and accents only.
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
