package news.dispatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.dispatch.TestIndexes;
import news.dispatch.corpus.Problem;

/** "Robert Tanner Jr." is Robert Tanner, unless one article names both: then they are father and son. */
class GenerationalSuffixTest {
    @TempDir
    Path dir;

    private Map<String, String> automaticMerges(String... articles) throws IOException {
        Path corpus = dir.resolve("feed");
        Path index = dir.resolve("index");
        for (int i = 0; i < articles.length; i++) TestIndexes.write(corpus, "a" + i + ".txt", articles[i]);
        List<Problem> problems = new ArrayList<>();
        new Indexer(index, TestIndexes.extractor(), problems::add, 1).run(List.of(corpus), true);
        assertTrue(problems.stream().noneMatch(Problem::skipped), problems.toString());
        return EntityResolution.read(index).automaticPersons();
    }

    @Test
    void aSuffixedNameJoinsTheSameNameWithoutItElsewhereInTheIndex() throws IOException {
        Map<String, String> merges = automaticMerges(
                "Tanner testifies\n\nMayor Robert Tanner Jr. testified before the committee on Monday.",
                "Tanner resigns\n\nMayor Robert Tanner resigned on Friday, his office said.");
        // The extractor keeps the name without the suffix's full stop.
        assertEquals("Robert Tanner", merges.get("Robert Tanner Jr"), merges.toString());
    }

    @Test
    void aSuffixedNameBesideTheSameNameInOneArticleIsAnotherPerson() throws IOException {
        Map<String, String> merges = automaticMerges(
                "Father and son\n\nRobert Tanner Jr. joined his father, Robert Tanner, at the rally on Monday.",
                "Tanner resigns\n\nMayor Robert Tanner resigned on Friday, his office said.");
        assertFalse(merges.containsKey("Robert Tanner Jr"), merges.toString());
    }
}
