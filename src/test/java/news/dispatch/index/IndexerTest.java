package news.dispatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.dispatch.TestIndexes;
import news.dispatch.corpus.Problem;
import news.dispatch.entity.Entities;

/** The indexer on tiny real corpora: facets, incremental updates, removals, rebuilds and bad input. */
class IndexerTest {
    @TempDir Path dir;

    private Path corpus() throws IOException {
        return Files.createDirectories(dir.resolve("corpus"));
    }

    private IndexSummary index(Path corpus, boolean rebuild, List<Problem> problems) throws IOException {
        return new Indexer(dir.resolve("index"), text -> Entities.NONE, problems::add, 2).run(List.of(corpus), rebuild);
    }

    private IndexSummary index(Path corpus) throws IOException {
        return index(corpus, false, new ArrayList<>());
    }

    private String facet(String dim) throws IOException {
        try (var reader = DirectoryReader.open(FSDirectory.open(dir.resolve("index")))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            var state = new DefaultSortedSetDocValuesReaderState(reader, Schema.facetsConfig());
            FacetsCollector fc = searcher.search(new MatchAllDocsQuery(), new FacetsCollectorManager());
            return new SortedSetDocValuesFacetCounts(state, fc).getTopChildren(10, dim).toString();
        }
    }

    private int count(String id) throws IOException {
        try (var reader = DirectoryReader.open(FSDirectory.open(dir.resolve("index")))) {
            return new IndexSearcher(reader).count(new TermQuery(new Term(Schema.ID, id)));
        }
    }

    @Test
    void theSeedArticlesGetTheirPersonCountryAndDayFacets() throws IOException {
        Path index = dir.resolve("index");
        TestIndexes.build(index, TestIndexes.seedCorpus());
        String countries = facet(Schema.COUNTRIES_DIM);
        assertTrue(countries.contains("Russia (2)"), countries);
        assertTrue(countries.contains("Ukraine (2)"), countries);
        assertTrue(countries.contains("Germany (1)"), countries);
        assertTrue(facet(Schema.PERSONS_DIM).contains("Vladimir Putin (2)"));
        assertEquals("""
                dim=day path=[] value=2 childCount=2
                  2022-12-02 (1)
                  2022-12-03 (1)
                """, facet(Schema.DAY_DIM));
    }

    @Test
    void indexingAgainLeavesUnchangedArticlesAlone() throws IOException {
        Path corpus = corpus();
        Files.writeString(corpus.resolve("a.txt"), "---\ntitle: A\n---\nFirst text.");
        Files.writeString(corpus.resolve("b.txt"), "---\ntitle: B\n---\nSecond text.");
        assertEquals(2, index(corpus).added());
        IndexSummary again = index(corpus);
        assertEquals(List.of(0, 0, 2, 0), List.of(again.added(), again.updated(), again.unchanged(), again.removed()));
    }

    @Test
    void aChangedArticleIsUpdatedInPlace() throws IOException {
        Path corpus = corpus();
        Files.writeString(corpus.resolve("a.txt"), "---\ntitle: A\n---\nFirst text.");
        index(corpus);
        Files.writeString(corpus.resolve("a.txt"), "---\ntitle: A\n---\nFirst text, corrected.");
        IndexSummary again = index(corpus);
        assertEquals(1, again.updated());
        assertEquals(1, count("corpus/a.txt"));
    }

    @Test
    void articlesOfARemovedFileAreRemoved() throws IOException {
        Path corpus = corpus();
        Files.writeString(corpus.resolve("a.txt"), "Alpha text.");
        Files.writeString(corpus.resolve("b.txt"), "Beta text.");
        index(corpus);
        Files.delete(corpus.resolve("b.txt"));
        assertEquals(1, index(corpus).removed());
        assertEquals(0, count("corpus/b.txt"));
        assertEquals(1, count("corpus/a.txt"));
    }

    @Test
    void anotherFolderIndexedIntoTheSameIndexKeepsTheFirstFoldersArticles() throws IOException {
        Path one = Files.createDirectories(dir.resolve("one"));
        Path two = Files.createDirectories(dir.resolve("two"));
        Files.writeString(one.resolve("a.txt"), "Alpha text.");
        Files.writeString(two.resolve("b.txt"), "Beta text.");
        index(one);
        assertEquals(0, index(two).removed());
        assertEquals(1, count("one/a.txt"));
    }

    @Test
    void aRebuildStartsFromNothing() throws IOException {
        Path corpus = corpus();
        Files.writeString(corpus.resolve("a.txt"), "Alpha text.");
        index(corpus);
        IndexSummary rebuilt = index(corpus, true, new ArrayList<>());
        assertEquals(1, rebuilt.added());
        assertEquals(1, count("corpus/a.txt"));
    }

    @Test
    void badInputIsReportedWithItsPlaceAndEverythingElseIsIndexed() throws IOException {
        Path corpus = corpus();
        Files.writeString(corpus.resolve("feed.jsonl"), """
                {"id": "one", "title": "One", "body": "First."}
                {"id": "two", "title": broken
                {"id": "three", "title": "Three", "body": "Third.", "date": "not a date"}
                """);
        Files.write(corpus.resolve("binary.txt"), new byte[] {0, 1, 2, (byte) 0xff, 0});
        Files.writeString(corpus.resolve("empty.md"), "");
        List<Problem> problems = new ArrayList<>();
        IndexSummary summary = index(corpus, false, problems);
        assertEquals(2, summary.added());
        assertEquals(3, summary.skipped(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.file().endsWith("feed.jsonl") && p.line() == 2 && p.skipped()));
        assertTrue(problems.stream().anyMatch(p -> p.line() == 3 && !p.skipped()), problems.toString());
        assertEquals(1, count("three"));
    }

    @Test
    void aDuplicateIdIsReportedAndTheFirstArticleKept() throws IOException {
        Path corpus = corpus();
        Files.writeString(corpus.resolve("feed.jsonl"), """
                {"id": "same", "title": "First", "body": "One."}
                {"id": "same", "title": "Second", "body": "Two."}
                """);
        List<Problem> problems = new ArrayList<>();
        IndexSummary summary = index(corpus, false, problems);
        assertEquals(1, summary.added());
        assertTrue(problems.getFirst().reason().contains("duplicate id 'same'"), problems.toString());
    }

    @Test
    void theIndexIsStaleUntilIndexedAndAgainAfterTheCorpusChanges() throws IOException {
        Path corpus = corpus();
        Path index = dir.resolve("index");
        Files.writeString(corpus.resolve("a.txt"), "Alpha text.");
        assertTrue(IndexFreshness.isStale(index, List.of(corpus)));
        index(corpus);
        assertFalse(IndexFreshness.isStale(index, List.of(corpus)));
        Files.writeString(corpus.resolve("b.txt"), "Beta text.");
        assertTrue(IndexFreshness.isStale(index, List.of(corpus)));
    }

    @Test
    void anArticleWhoseExtractionFailsIsIndexedByItsWordsAndReported() throws IOException {
        Path corpus = corpus();
        TestIndexes.write(corpus, "news.jsonl", "{\"id\": \"a\", \"title\": \"Floods\", \"body\": \"Rain fell.\"}\n");
        List<Problem> problems = new ArrayList<>();
        new Indexer(dir.resolve("index"), text -> {
            throw new IllegalStateException("model broken");
        }, problems::add, 1).run(List.of(corpus), false);
        assertEquals(1, count("a"));
        assertEquals(1, problems.size(), problems.toString());
        assertFalse(problems.getFirst().skipped());
        assertTrue(problems.getFirst().reason().contains("entity extraction failed"), problems.toString());
    }

    @Test
    void aSlowRunOfAFewArticlesReportsItsRateWithADecimalNotZero() {
        assertEquals("0.2", IndexSummary.rate(12 / 61.8));
        assertEquals("118", IndexSummary.rate(118.3));
        assertEquals("0", IndexSummary.rate(0));
    }
}
