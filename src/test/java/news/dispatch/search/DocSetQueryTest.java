package news.dispatch.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.util.Arrays;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The second pass of a story page reads only the matches the first pass found: its filter must match exactly those
 * documents, whichever segment each is in, and narrow a query without changing what else it matches.
 */
class DocSetQueryTest {

    @Test
    void aDocumentSetMatchesExactlyItsDocumentsAcrossSegmentsAndNarrowsAQuery() throws IOException {
        try (var dir = new ByteBuffersDirectory()) {
            try (var writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer())
                    .setMergePolicy(NoMergePolicy.INSTANCE))) {
                for (int segment = 0; segment < 3; segment++) {
                    for (int i = 0; i < 4; i++) {
                        Document d = new Document();
                        d.add(new StringField("parity", (segment * 4 + i) % 2 == 0 ? "even" : "odd", Field.Store.NO));
                        writer.addDocument(d);
                    }
                    writer.commit();
                }
            }
            try (var reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                assertArrayEquals(new int[] {0, 3, 4, 5, 11}, docs(searcher, new DocSetQuery(new int[] {11, 4, 0, 5, 3})));
                Query evenAmongThem = new BooleanQuery.Builder()
                        .add(new TermQuery(new Term("parity", "even")), BooleanClause.Occur.MUST)
                        .add(new DocSetQuery(new int[] {11, 4, 0, 5, 3}), BooleanClause.Occur.FILTER).build();
                assertArrayEquals(new int[] {0, 4}, docs(searcher, evenAmongThem));
            }
        }
    }

    private static int[] docs(IndexSearcher searcher, Query query) throws IOException {
        return Arrays.stream(searcher.search(query, 100).scoreDocs).mapToInt((ScoreDoc s) -> s.doc).sorted().toArray();
    }
}
