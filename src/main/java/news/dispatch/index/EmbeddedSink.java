package news.dispatch.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;

import news.dispatch.corpus.Article;

/**
 * The embedded index as an {@link IndexSink}: documents by {@link ArticleDocument}, written by id. What it holds is
 * the index's last commit as the run began ({@code existing}): a run never reads its own writes back.
 */
final class EmbeddedSink implements IndexSink {
    private final IndexWriter writer;
    private final Map<String, IndexedArticles.Entry> existing;
    private final ArticleDocument documents;

    EmbeddedSink(IndexWriter writer, Map<String, IndexedArticles.Entry> existing, ArticleDocument documents) {
        this.writer = writer;
        this.existing = existing;
        this.documents = documents;
    }

    @Override
    public Map<String, Held> held(List<Article> articles) {
        Map<String, Held> held = new HashMap<>();
        for (Article a : articles) {
            IndexedArticles.Entry e = existing.get(a.id());
            if (e != null) held.put(a.id(), new Held(e.hash(), e.file()));
        }
        return held;
    }

    @Override
    public void store(List<Ready> ready, Outcome outcome) throws IOException {
        for (Ready r : ready) {
            Article a = r.article();
            try {
                writer.updateDocument(new Term(Schema.ID, a.id()),
                        documents.build(a, r.entities(), r.hash(), reason -> outcome.warning(a, reason)));
            } catch (IllegalArgumentException e) {
                // Lucene refuses a document with a term or doc value over its limits ("immense term").
                outcome.refused(a, ArticleDocument.refusal(e));
            }
        }
    }

    @Override
    public Map<String, Path> heldUnder(List<Path> roots) {
        Map<String, Path> files = new HashMap<>();
        existing.forEach((id, entry) -> {
            if (roots.stream().anyMatch(entry.file()::startsWith)) files.put(id, entry.file());
        });
        return files;
    }

    @Override
    public void delete(Collection<String> ids) throws IOException {
        for (String id : ids) writer.deleteDocuments(new Term(Schema.ID, id));
    }

    @Override
    public void commit() throws IOException {
        writer.commit();
    }
}
