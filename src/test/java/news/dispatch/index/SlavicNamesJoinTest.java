package news.dispatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.dispatch.TestIndexes;
import news.dispatch.corpus.Problem;

/**
 * One person in every script across an index: a name spelt from Cyrillic in a Bulgarian article takes the name the
 * English articles give the same person, and names of English articles are never joined by sound.
 */
class SlavicNamesJoinTest {
    @TempDir
    Path dir;

    private Map<String, String> personsByFile(Path corpus) throws IOException {
        Path index = dir.resolve("index");
        List<Problem> problems = new ArrayList<>();
        new Indexer(index, TestIndexes.extractor(), problems::add, 2).run(List.of(corpus), false);
        assertTrue(problems.stream().noneMatch(Problem::skipped), problems.toString());
        Map<String, String> byFile = new TreeMap<>();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            for (LeafReaderContext leaf : reader.leaves()) {
                for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                    Document d = leaf.reader().storedFields().document(i);
                    TreeSet<String> persons = new TreeSet<>();
                    for (IndexableField f : d.getFields(Schema.PERSON)) persons.add(f.stringValue());
                    byFile.merge(d.get(Schema.FILE).replaceAll(".*/", ""), persons.toString(), (a, b) -> a + b);
                }
            }
        }
        return byFile;
    }

    @Test
    void aBulgarianSpellingOfAPersonTakesTheNameOfTheEnglishArticles() throws IOException {
        Path corpus = dir.resolve("feed");
        TestIndexes.write(corpus, "en.json", "{\"title\": \"Brexit talks\", \"lang\": \"en\", \"text\": \"Cabinet Office minister"
                + " David Lidington said on Monday that the talks would go on. Lidington spoke in London.\"}");
        TestIndexes.write(corpus, "bg.json", "{\"title\": \"Преговорите\", \"lang\": \"bg\", \"text\": \"Министърът Дейвид"
                + " Лидингтън заяви в понеделник, че преговорите ще продължат. Лидингтън говори в Лондон.\"}");
        assertEquals(Map.of("en.json", "[David Lidington]", "bg.json", "[David Lidington]"), personsByFile(corpus));
    }

    @Test
    void aLoneGivenNameBesideHerFatherTakesTheFullNameAnotherArticleGivesHer() throws IOException {
        Path corpus = dir.resolve("feed");
        TestIndexes.write(corpus, "father.json", "{\"title\": \"Отравление\", \"lang\": \"ru\", \"text\": \"Британские"
                + " правоохранители заявили, что Россия стоит за покушением на бывшего сотрудника ГРУ Сергея Скрипаля и его"
                + " дочь Юлию с использованием нервно-паралитического вещества.\"}");
        TestIndexes.write(corpus, "daughter.json", "{\"title\": \"Интервью\", \"lang\": \"ru\", \"text\": \"Юлия Скрипаль"
                + " дала интервью агентству в Лондоне. Она поблагодарила врачей.\"}");
        Map<String, String> persons = personsByFile(corpus);
        // One value for her in both articles, whatever spelling the daughter's article gives it (Ulia, Yulia).
        String daughter = persons.get("daughter.json").replaceAll("[\\[\\]]", "");
        assertTrue(daughter.endsWith(" Skripal"), persons.toString());
        assertEquals("[Sergei Skripal, " + daughter + "]", persons.get("father.json"));
    }
}
