package news.dispatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import news.dispatch.TestIndexes;
import news.dispatch.corpus.Problem;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same corpus gives the same persons, countries and organizations whatever the file order, the thread count, an
 * incremental run or a rebuild: per-article resolution plus the order-free index-level step (one name per person).
 */
class DeterministicEntitiesTest {
    @TempDir
    Path dir;

    @Test
    void facetsAreTheSameForAnyOrderAndThreadCount() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        // Lone surnames whose full names appear only in other articles: a shared registry would resolve them
        // differently depending on which article was read first.
        corpus(a, b);
        Map<String, String> first = facets(dir.resolve("i1"), 1, a, b);
        Map<String, String> second = facets(dir.resolve("i2"), 2, b, a);
        Map<String, String> third = facets(dir.resolve("i3"), 2, a, b);
        assertFalse(first.isEmpty());
        assertEquals(first, second);
        assertEquals(first, third);
    }

    @Test
    void facetsAreTheSameForAnIncrementalRunAndARebuild() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        corpus(a, b);
        Map<String, String> full = facets(dir.resolve("i1"), 2, a, b);
        Path incremental = dir.resolve("i2");
        facets(incremental, 1, b);
        assertEquals(full, facets(incremental, 2, a, b));
        assertEquals(full, facets(incremental, 1, true, b, a));
    }

    @Test
    void formsOfOneNameInDifferentArticlesBecomeOneValue() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        corpus(a, b);
        Map<String, String> facets = facets(dir.resolve("i1"), 2, a, b);
        // "Chris Stevens" (one article) and "Christopher Stevens" (another), one article each: one name, the
        // alphabetically first on the tie. "John A. Boehner" and "John Boehner" likewise.
        assertTrue(facets.get("a2.txt").contains("person Chris Stevens"), facets.toString());
        assertTrue(facets.get("b1.txt").contains("person Chris Stevens"), facets.toString());
        assertTrue(facets.get("b2.txt").contains("person John Boehner"), facets.toString());
        assertFalse(facets.toString().contains("John A. Boehner"), facets.toString());
    }

    private static void corpus(Path a, Path b) {
        TestIndexes.write(a, "a1.txt", "Nakasone visits Paris\n\nNakasone told reporters in Paris the yen was too strong.");
        TestIndexes.write(a, "a2.txt", "Talks in Tokyo\n\nPrime Minister Yasuhiro Nakasone met Chris Stevens in Tokyo.");
        TestIndexes.write(b, "b1.txt", "Envoy speaks\n\nChristopher Stevens, the envoy, said Stevens would return to Libya.");
        TestIndexes.write(b, "b2.txt", "Storm\n\nSuperstorm Sandy hit New York as John A. Boehner spoke on Capitol Hill.");
        TestIndexes.write(b, "b3.txt", "Boehner speaks\n\nJohn Boehner said Boehner would stay in Washington.");
    }

    private static Map<String, String> facets(Path index, int threads, Path... roots) throws IOException {
        return facets(index, threads, false, roots);
    }

    private static Map<String, String> facets(Path index, int threads, boolean rebuild, Path... roots) throws IOException {
        List<Problem> problems = new ArrayList<>();
        new Indexer(index, TestIndexes.extractor(), problems::add, threads).run(List.of(roots), rebuild);
        Map<String, String> byId = new TreeMap<>();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            var live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
            for (int i = 0; i < reader.maxDoc(); i++) {
                if (live != null && !live.get(i)) continue;
                Document d = reader.storedFields().document(i);
                TreeSet<String> values = new TreeSet<>();
                for (IndexableField f : d.getFields(Schema.PERSON)) values.add("person " + f.stringValue());
                for (IndexableField f : d.getFields(Schema.COUNTRY)) values.add("country " + f.stringValue());
                for (IndexableField f : d.getFields(Schema.ORGANIZATION)) values.add("organization " + f.stringValue());
                byId.put(d.get(Schema.FILE).replaceAll(".*/", ""), values.toString());
            }
        }
        return byId;
    }
}
