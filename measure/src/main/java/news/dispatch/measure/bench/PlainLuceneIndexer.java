package news.dispatch.measure.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import news.dispatch.corpus.Article;
import news.dispatch.corpus.Corpus;
import news.dispatch.corpus.CorpusVisitor;
import news.dispatch.corpus.Problem;
import news.dispatch.index.Schema;

/**
 * The indexing baseline: the same articles, read from the same file by the same corpus reader, analyzed by the
 * same analyzer into the same title/body fields (stored, with offsets) plus id and date, by the same number of
 * writer threads and with the same RAM buffer as Dispatch's indexer, but with no entities, facets or hashes.
 */
final class PlainLuceneIndexer {
    private static final FieldType TEXT = textType();

    private PlainLuceneIndexer() {
    }

    /** Indexes {@code corpusFile} into a new index in {@code indexDir}; returns the wall time in seconds. */
    static double index(Path corpusFile, Path indexDir, int threads) throws IOException {
        long started = System.nanoTime();
        IndexWriterConfig config = new IndexWriterConfig(Schema.indexAnalyzer()).setOpenMode(OpenMode.CREATE)
                .setRAMBufferSizeMB(128).setCommitOnClose(false);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Semaphore queued = new Semaphore(threads * 16);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        try (Directory dir = FSDirectory.open(indexDir); IndexWriter writer = new IndexWriter(dir, config)) {
            Corpus.walk(corpusFile, new CorpusVisitor() {
                @Override
                public void article(Article article) {
                    queued.acquireUninterruptibly();
                    pool.execute(() -> {
                        try {
                            writer.addDocument(document(article));
                        } catch (Throwable t) {
                            failure.compareAndSet(null, t);
                        } finally {
                            queued.release();
                        }
                    });
                }

                @Override
                public void problem(Problem problem) {
                }
            });
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.DAYS);
            if (failure.get() != null) throw new IOException("plain indexing failed", failure.get());
            writer.commit();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private static Document document(Article a) {
        Document doc = new Document();
        doc.add(new KeywordField(Schema.ID, a.id(), Store.YES));
        doc.add(new Field(Schema.TITLE, a.title(), TEXT));
        doc.add(new Field(Schema.BODY, a.body(), TEXT));
        if (a.date() != null) doc.add(new LongField(Schema.DATE, a.date().toEpochMilli(), Store.YES));
        return doc;
    }

    private static FieldType textType() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
