package news.dispatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.dispatch.TestIndexes;

/**
 * An index written before entities carried their about set is stale, and the next run rewrites every article,
 * unchanged ones too (as the id-scheme change renamed every article); after it, unchanged articles stay as they are.
 */
class AboutMigrationTest {
    @Test
    void anIndexWithoutTheAboutSetIsStaleAndTheNextRunRewritesEveryArticle(@TempDir Path dir) throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Path file = TestIndexes.write(corpus, "two.jsonl", """
                {"id": "m1", "title": "Biden in Paris", "body": "President Joe Biden arrived in Paris, France, on Monday."}
                {"id": "m2", "title": "Scholz in Berlin", "body": "Chancellor Olaf Scholz spoke in Berlin, Germany."}
                """);
        Path index = Files.createDirectories(dir.resolve("index"));
        // As the older versions wrote it: the corpus's fingerprint and id scheme, no document scheme, older hashes.
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(index), new IndexWriterConfig())) {
            for (String id : List.of("m1", "m2")) {
                Document doc = new Document();
                doc.add(new KeywordField(Schema.ID, id, Store.YES));
                doc.add(new StringField(Schema.HASH, "hash-of-the-older-scheme", Store.YES));
                doc.add(new StringField(Schema.FILE, file.toString(), Store.YES));
                writer.addDocument(doc);
            }
            writer.setLiveCommitData(Map.of(IndexFreshness.FINGERPRINT, CorpusFingerprint.of(List.of(corpus)),
                    IndexFreshness.ID_SCHEME, IndexFreshness.CURRENT_ID_SCHEME).entrySet());
            writer.commit();
        }
        assertTrue(IndexFreshness.isStale(index, List.of(corpus)), "documents of the older scheme must be rewritten");

        IndexSummary summary = TestIndexes.build(index, corpus);
        assertEquals(2, summary.updated(), summary::toString);
        assertFalse(IndexFreshness.isStale(index, List.of(corpus)));
        try (var reader = DirectoryReader.open(FSDirectory.open(index))) {
            assertTrue(IndexFreshness.hasCurrentDocuments(reader.getIndexCommit().getUserData()));
            assertEquals(2, reader.numDocs());
        }
        assertEquals(2, TestIndexes.build(index, corpus).unchanged(), "once rewritten, unchanged articles stay as they are");
    }
}
