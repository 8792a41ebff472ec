package news.dispatch.entity.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import news.dispatch.entity.GazetteerFile;
import news.dispatch.entity.text.NameFold;

/**
 * A Ukrainian given name the Russian Wikidata table lacks (Володимир, Олексій) reads as Ukrainians are written in
 * Latin letters, and so joins the Russian spelling of the same person across the index.
 */
class UkrainianGivenNamesTest {
    @Test
    void aUkrainianGivenNameTheRussianTableLacksReadsInItsNationalLatinSpelling() {
        assertEquals("volodymyr", CyrillicNameParts.standard().latinOfWord("Володимир"));
        assertEquals("oleksii", CyrillicNameParts.standard().latinOfWord("Олексій"));
    }

    @Test
    void aUkrainianGivenNameInACaseReadsAsItsNominative() {
        assertEquals("volodymyr", CyrillicNameParts.standard().latinOfWord("Володимира"));
    }

    @Test
    void aUkrainianGivenNameFoldedLetterByLetterReadsInItsNationalLatinSpelling() {
        assertEquals("dmytro", CyrillicNameParts.standard().latin(NameFold.fold("Дмитро")).orElseThrow());
    }

    @Test
    void aSpellingTheRussianTableHasKeepsTheRussianTablesLatin() {
        assertEquals("vladimir", CyrillicNameParts.standard().latinOfWord("Владимир"));
    }

    @Test
    void everyRowIsAUkrainianSpellingUnlikeTheRussianOneWithAPlainLatinSpelling() {
        for (Map<String, String> row : GazetteerFile.tsv("ukrainian-given-names.tsv")) {
            assertNotEquals(row.get("russian"), row.get("ukrainian"));
            assertTrue(row.get("latin").matches("[a-z]+"), row.get("latin"));
        }
    }

    @Test
    void aUkrainianArticlesPersonJoinsTheRussianArticlesSpellingOfHim() {
        Map<String, Integer> counts = new TreeMap<>(Map.of("Vladimir Elcenko", 1, "Volodimir Elcenko", 1));
        SlavicOnlyNames.Builder slavic = new SlavicOnlyNames.Builder();
        slavic.article(List.of("Vladimir Elcenko"), "ru");
        slavic.article(List.of("Volodimir Elcenko"), "uk");
        Map<String, String> groups = PersonNameGroups.canonicalNames(counts, Set.of(), slavic.build());
        assertEquals(groups.getOrDefault("Vladimir Elcenko", "Vladimir Elcenko"),
                groups.getOrDefault("Volodimir Elcenko", "Volodimir Elcenko"));
    }
}
