package news.dispatch.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

import news.dispatch.corpus.Article;
import news.dispatch.corpus.Corpus;
import news.dispatch.corpus.CorpusVisitor;
import news.dispatch.corpus.Problem;
import news.dispatch.index.Schema;

/** The ids an index's last commit holds (one entry per live document, so duplicates show), and a corpus's ids. */
final class IndexedIds {
    private IndexedIds() {
    }

    static List<String> inIndex(Path indexDir) {
        try (Directory dir = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
            List<String> ids = new ArrayList<>();
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields fields = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) ids.add(fields.document(doc, Set.of(Schema.ID)).get(Schema.ID));
                }
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> inCorpus(Path root) {
        List<String> ids = new ArrayList<>();
        try {
            Corpus.walk(root, new CorpusVisitor() {
                @Override
                public void article(Article article) {
                    ids.add(article.id());
                }

                @Override
                public void problem(Problem problem) {
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }

    /** Articles in the last commit, 0 when there is none yet. */
    static int committed(Path indexDir) {
        try (Directory dir = FSDirectory.open(indexDir)) {
            if (!DirectoryReader.indexExists(dir)) return 0;
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                return reader.numDocs();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
