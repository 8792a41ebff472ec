package news.dispatch.index;

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
        TokenStream stream = new EnglishPossessiveFilter(source);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        if (aliases != null && aliases.fst != null) stream = new SynonymGraphFilter(stream, aliases, true);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        // Prefix and fuzzy terms are normalized, not analyzed: case and accents only.
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
