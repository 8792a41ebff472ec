package news.dispatch.solr;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import news.dispatch.index.CrossScriptAnalyzer;

/**
 * A text's cross-script keys as the embedded index has them ({@link CrossScriptAnalyzer}: Трамп as "tramp" and, at
 * the same position, "trump"; Merkelová as "merkel"), in the JSON of Solr's {@code PreAnalyzedField}: the configset
 * cannot know Wikidata's English spellings of Cyrillic names, so the cluster indexes the tokens Dispatch computed.
 */
final class CrossScriptTokens {
    /** Thread-safe: an analyzer keeps one reusable stream per thread. */
    private static final Analyzer ANALYZER = new CrossScriptAnalyzer();

    private CrossScriptTokens() {
    }

    /** The text's tokens, offsets and position increments, as {@code {"v":"1","tokens":[{"t","s","e","i"}…]}}. */
    static String json(String field, String text) {
        StringBuilder json = new StringBuilder(text.length() + 64).append("{\"v\":\"1\",\"tokens\":[");
        try (TokenStream tokens = ANALYZER.tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
            tokens.reset();
            boolean first = true;
            while (tokens.incrementToken()) {
                if (!first) json.append(',');
                first = false;
                // Keys are lower-case ASCII letters and digits only (CrossScriptAnalyzer.key): nothing to escape.
                json.append("{\"t\":\"").append(term).append("\",\"s\":").append(offset.startOffset())
                        .append(",\"e\":").append(offset.endOffset())
                        .append(",\"i\":").append(increment.getPositionIncrement()).append('}');
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return json.append("]}").toString();
    }
}
