package news.dispatch.measure.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

import news.dispatch.index.Schema;
import news.dispatch.index.StoredEntities;

/** Every live article of an index as stored: its text, outlet, URL and entities with their mentions and about flags. */
public final class StoredArticles {
    /** One stored article; {@code source} and {@code url} may be null. */
    public record StoredArticle(String title, String body, String source, String url, StoredEntities entities) {
        /** The text of a stored mention's field. */
        public String field(String name) {
            return name.equals(Schema.TITLE) ? title : body;
        }
    }

    private static final Set<String> FIELDS = Set.of(Schema.TITLE, Schema.BODY, Schema.SOURCE, Schema.URL, Schema.ENTITIES);

    private StoredArticles() {
    }

    public static void read(Path index, Consumer<StoredArticle> sink) throws IOException {
        try (FSDirectory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) continue;
                    Document d = stored.document(doc, FIELDS);
                    String title = d.get(Schema.TITLE) == null ? "" : d.get(Schema.TITLE);
                    String body = d.get(Schema.BODY) == null ? "" : d.get(Schema.BODY);
                    sink.accept(new StoredArticle(title, body, d.get(Schema.SOURCE), d.get(Schema.URL),
                            StoredEntities.fromStored(d.getField(Schema.ENTITIES), title, body)));
                }
            }
        }
    }
}
