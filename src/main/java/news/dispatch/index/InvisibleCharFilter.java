package news.dispatch.index;

import java.io.Reader;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * Removes the characters no reader sees (soft hyphen, zero-width space and joiners, word joiner, BOM) before
 * tokenizing, so "Pu\u00adtin" is found by {@code putin}. A char filter corrects offsets, so highlights still land
 * on the original text.
 */
final class InvisibleCharFilter {
    private static final NormalizeCharMap MAP = build();

    private InvisibleCharFilter() {
    }

    static Reader wrap(Reader reader) {
        return new MappingCharFilter(MAP, reader);
    }

    private static NormalizeCharMap build() {
        NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
        for (char c : new char[] {'\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'}) b.add(String.valueOf(c), "");
        return b.build();
    }
}
