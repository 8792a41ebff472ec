package news.dispatch.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;

/** What the last commit of an index holds: each article's content hash, file and story, by id. */
final class IndexedArticles {
    /** {@code story} is null in an index written before stories. */
    record Entry(String hash, Path file, String story) {
    }

    private IndexedArticles() {
    }

    static Map<String, Entry> read(Directory dir) throws IOException {
        Map<String, Entry> entries = new HashMap<>();
        if (!DirectoryReader.indexExists(dir)) return entries;
        Set<String> fields = Set.of(Schema.ID, Schema.HASH, Schema.FILE);
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                BinaryDocValues stories = leaf.reader().getBinaryDocValues(Schema.STORY);
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) continue;
                    Document d = stored.document(doc, fields);
                    String story = stories != null && stories.advanceExact(doc) ? stories.binaryValue().utf8ToString() : null;
                    entries.put(d.get(Schema.ID), new Entry(d.get(Schema.HASH), Path.of(d.get(Schema.FILE)), story));
                }
            }
        }
        return entries;
    }
}
