package news.dispatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;

import news.dispatch.TestIndexes;

/**
 * An index whose commit does not say its documents carry the about set is stale, and the next run re-extracts every
 * article, unchanged ones too (as the id-scheme migration renamed every article).
 */
class AboutMigrationTest {
    @Test
    void anIndexWithoutTheAboutSetIsStaleAndTheNextRunRewritesEveryArticle() throws IOException {
        Path corpus = Files.createTempDirectory("dispatch-about-migration");
        TestIndexes.write(corpus, "two.jsonl", """
                {"id": "m1", "title": "Biden in Paris", "body": "President Joe Biden arrived in Paris, France, on Monday."}
                {"id": "m2", "title": "Scholz in Berlin", "body": "Chancellor Olaf Scholz spoke in Berlin, Germany."}
                """);
        Path index = Files.createTempDirectory("dispatch-about-migration-index");
        TestIndexes.build(index, corpus);
        assertFalse(IndexFreshness.isStale(index, List.of(corpus)));
        forgetDocumentScheme(index);
        assertTrue(IndexFreshness.isStale(index, List.of(corpus)), "documents of the older scheme must be rewritten");

        IndexSummary summary = TestIndexes.build(index, corpus);
        assertEquals(2, summary.updated(), summary::toString);
        assertEquals(0, summary.unchanged(), summary::toString);
        assertFalse(IndexFreshness.isStale(index, List.of(corpus)));
        assertEquals(0, TestIndexes.build(index, corpus).updated(), "once rewritten, unchanged articles stay as they are");
    }

    /** The commit data an index had before documents carried the about set. */
    private static void forgetDocumentScheme(Path index) throws IOException {
        try (var dir = FSDirectory.open(index)) {
            Map<String, String> data;
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                data = new HashMap<>(reader.getIndexCommit().getUserData());
            }
            data.remove(Schema.DOCUMENT_SCHEME);
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
                writer.setLiveCommitData(data.entrySet());
                writer.commit();
            }
        }
    }
}
