package news.dispatch.index;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;

/** An analyzer that reads text without the characters no reader sees ({@link InvisibleCharFilter}), for indexing and queries alike. */
abstract class VisibleTextAnalyzer extends Analyzer {
    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return InvisibleCharFilter.wrap(reader);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return InvisibleCharFilter.wrap(reader);
    }
}
