package news.dispatch.measure.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import news.dispatch.measure.MeasureCommand;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The index-size command says which file types and which fields hold an index's bytes. */
class IndexSizeCommandTest {

    @Test
    void theBreakdownNamesTheFileTypesAndEachFieldWithItsStoredBytes(@TempDir Path dir) throws Exception {
        try (FSDirectory index = FSDirectory.open(dir); IndexWriter writer = new IndexWriter(index, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (int i = 0; i < 3; i++) {
                Document doc = new Document();
                doc.add(new TextField("body", "oil prices rose in the United States " + i, Field.Store.YES));
                doc.add(new StoredField("entities", "0123456789"));
                doc.add(new SortedDocValuesField("day", new BytesRef("1987-03-0" + i)));
                writer.addDocument(doc);
            }
        }
        StringWriter printed = new StringWriter();
        int code = new CommandLine(new MeasureCommand()).setOut(new PrintWriter(printed, true))
                .execute("bench", "index-size", dir.toString());
        String out = printed.toString();
        assertEquals(0, code, out);
        assertTrue(out.contains("3 documents"), out);
        assertTrue(out.contains("stored fields (compressed)"), out);
        assertTrue(out.matches("(?s).*\\n  entities +30 .*"), out);
        assertTrue(out.matches("(?s).*\\n  day +0 .*SORTED.*"), out);
        assertTrue(out.matches("(?s).*\\n  body .*pos .*"), out);
    }
}
