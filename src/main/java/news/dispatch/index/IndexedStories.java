package news.dispatch.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.store.FSDirectory;

/** The stories an index holds, read back: what the story evaluation scores and the story tests check. */
public final class IndexedStories {
    private IndexedStories() {
    }

    /** Every article's story id in an index (an article without one is its own story). */
    public static Map<String, String> byId(Path indexDir) throws IOException {
        Map<String, String> stories = new HashMap<>();
        try (var dir = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
            for (LeafReaderContext ctx : reader.leaves()) {
                var live = ctx.reader().getLiveDocs();
                SortedSetDocValues ids = ctx.reader().getSortedSetDocValues(Schema.ID);
                BinaryDocValues story = ctx.reader().getBinaryDocValues(Schema.STORY);
                for (int doc = 0; doc < ctx.reader().maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) continue;
                    if (ids == null || !ids.advanceExact(doc)) continue;
                    String id = ids.lookupOrd(ids.nextOrd()).utf8ToString();
                    stories.put(id, story != null && story.advanceExact(doc) ? story.binaryValue().utf8ToString() : id);
                }
            }
        }
        return stories;
    }
}
