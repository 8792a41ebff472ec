package news.dispatch.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A query is known to match nothing only when a word it needs is in no document; anything else may match. */
class AbsentTermsTest {
    private Directory dir;
    private DirectoryReader reader;

    @BeforeEach
    void index() throws IOException {
        dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
            for (String body : new String[] {"grain exports resumed", "gas prices rose"}) {
                Document d = new Document();
                d.add(new TextField("body", body, Field.Store.NO));
                w.addDocument(d);
            }
        }
        reader = DirectoryReader.open(dir);
    }

    @AfterEach
    void close() throws IOException {
        reader.close();
        dir.close();
    }

    private boolean cannotMatch(Query q) throws IOException {
        return AbsentTerms.in(reader).cannotMatch(q);
    }

    private static Query term(String word) {
        return new TermQuery(new Term("body", word));
    }

    @Test
    void aWordNoDocumentHasCannotMatch() throws IOException {
        assertTrue(cannotMatch(new BoostQuery(term("wheat"), 2f)));
        assertFalse(cannotMatch(term("grain")));
    }

    @Test
    void aPhraseWithAWordNoDocumentHasCannotMatch() throws IOException {
        assertTrue(cannotMatch(new PhraseQuery("body", "grain", "wheat")));
        assertFalse(cannotMatch(new PhraseQuery("body", "grain", "gas")));
    }

    @Test
    void allWordsRequiredCannotMatchWhenOneIsMissing() throws IOException {
        assertTrue(cannotMatch(new BooleanQuery.Builder().add(term("grain"), Occur.MUST).add(term("wheat"), Occur.MUST).build()));
    }

    @Test
    void alternativesCannotMatchOnlyWhenEveryOneIsMissing() throws IOException {
        assertFalse(cannotMatch(new BooleanQuery.Builder().add(term("wheat"), Occur.SHOULD).add(term("gas"), Occur.SHOULD).build()));
        assertTrue(cannotMatch(new BooleanQuery.Builder().add(term("wheat"), Occur.SHOULD).add(term("corn"), Occur.SHOULD).build()));
    }

    @Test
    void anExcludedWordThatIsMissingDoesNotStopAMatch() throws IOException {
        assertFalse(cannotMatch(new BooleanQuery.Builder().add(term("grain"), Occur.MUST).add(term("wheat"), Occur.MUST_NOT).build()));
    }

    @Test
    void aPrefixMayMatchWhateverItsLetters() throws IOException {
        assertFalse(cannotMatch(new PrefixQuery(new Term("body", "zzz"))));
    }
}
