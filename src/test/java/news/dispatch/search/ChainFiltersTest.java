package news.dispatch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chain filters run in their cheaper form find the same articles, in the same order, with the same scores. */
class ChainFiltersTest {
    @TempDir Path dir;

    private static List<String> hits(IndexSearcher searcher, Query query) throws IOException {
        List<String> hits = new ArrayList<>();
        for (ScoreDoc d : searcher.search(query, 10).scoreDocs) hits.add(d.doc + ":" + d.score);
        return hits;
    }

    @Test
    void anIndexMostlyInEnglishFindsTheSameArticlesWithTheSameScoresAsTheQueryAsRead() throws IOException {
        Path index = TinyIndex.build(dir, """
                {"id": "a", "lang": "en", "title": "Gas talks in Berlin", "body": "Ministers met in Berlin on Tuesday to talk about gas supplies for the winter."}
                {"id": "b", "lang": "en", "title": "Gas prices rise", "body": "Gas prices rose again as traders feared a cold winter and low supplies of gas."}
                {"id": "c", "lang": "en", "title": "Grain exports", "body": "Grain exports through the Black Sea resumed after the talks in Istanbul."}
                {"id": "d", "lang": "de", "title": "Gasgespräche in Berlin", "body": "Die Minister sprachen am Dienstag in Berlin über die Gas-Versorgung im Winter."}
                """);
        try (var dirs = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dirs)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            QueryReader queries = QueryLanguage.of(new QueryAliasMap(List.of())).reader();
            ChainFilters filters = ChainFilters.of(reader);
            for (String q : List.of("gas", "berlin winter", "\"gas supplies\"", "talks -grain", "gas OR grain")) {
                Query read = queries.read(q, Set.of("de", "en")).query();
                Query run = filters.executable(read);
                assertNotEquals(read, run, q);
                assertEquals(hits(searcher, read), hits(searcher, run), q);
            }
        }
    }

    @Test
    void anIndexWithoutAMajorityChainRunsTheQueryAsRead() throws IOException {
        Path index = TinyIndex.build(dir, """
                {"id": "a", "lang": "en", "title": "Gas talks in Berlin", "body": "Ministers met in Berlin on Tuesday to talk about gas supplies for the winter."}
                {"id": "d", "lang": "de", "title": "Gasgespräche in Berlin", "body": "Die Minister sprachen am Dienstag in Berlin über die Gas-Versorgung im Winter."}
                """);
        try (var dirs = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dirs)) {
            Query read = QueryLanguage.of(new QueryAliasMap(List.of())).reader().read("gas", Set.of("de", "en")).query();
            assertSame(read, ChainFilters.of(reader).executable(read));
        }
    }

    @Test
    void aReadingWithAWordNoArticleOfItsChainHasIsNotRunAndTheHitsAndScoresStayTheSame() throws IOException {
        Path index = TinyIndex.build(dir, """
                {"id": "a", "lang": "en", "title": "Grain exports", "body": "Grain exports through the Black Sea resumed after the talks."}
                {"id": "b", "lang": "en", "title": "Grain prices", "body": "Grain prices fell as exports resumed."}
                {"id": "c", "lang": "en", "title": "Gas prices rise", "body": "Gas prices rose again as traders feared a cold winter."}
                {"id": "d", "lang": "de", "title": "Gasgespräche in Berlin", "body": "Die Minister sprachen am Dienstag in Berlin über die Gas-Versorgung im Winter."}
                """);
        try (var dirs = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dirs)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Query read = QueryLanguage.of(new QueryAliasMap(List.of())).reader().read("grain exports", Set.of("de", "en"))
                    .query();
            Query run = ChainFilters.of(reader).executable(read);
            assertEquals(2, ((BooleanQuery) read).clauses().size());
            assertTrue(!(run instanceof BooleanQuery b) || b.clauses().size() == 1, run.toString());
            assertTrue(!run.toString().contains("_de:"), run.toString());
            assertEquals(hits(searcher, read), hits(searcher, run));
        }
    }

    @Test
    void aQueryOfWordsNoArticleHasRunsAsRead() throws IOException {
        Path index = TinyIndex.build(dir, """
                {"id": "a", "lang": "en", "title": "Gas talks in Berlin", "body": "Ministers met in Berlin on Tuesday to talk about gas supplies for the winter."}
                {"id": "d", "lang": "de", "title": "Gasgespräche in Berlin", "body": "Die Minister sprachen am Dienstag in Berlin über die Gas-Versorgung im Winter."}
                """);
        try (var dirs = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dirs)) {
            Query read = QueryLanguage.of(new QueryAliasMap(List.of())).reader().read("zyxwv", Set.of("de", "en")).query();
            assertSame(read, ChainFilters.of(reader).executable(read));
        }
    }
}
