package news.dispatch.index;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Names of persons, countries and sources: words, case and accents folded, no stemming and no stop words, so
 * {@code person:"Joe Biden"} is an exact phrase and {@code person:biden} finds him too. The position gap keeps a
 * phrase inside one name ("Joe Biden" never matches across "… Joe" and "Biden …" of two values).
 */
final class NameAnalyzer extends VisibleTextAnalyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return 100;
    }
}
