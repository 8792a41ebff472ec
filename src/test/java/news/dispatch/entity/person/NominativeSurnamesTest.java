package news.dispatch.entity.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * A surname declined after a given name that does not decline (Гарри Трумена, "Garri Trumena") takes the nominative
 * that the rest of the index writes, and a name the index gives no nominative for stays as written.
 */
class NominativeSurnamesTest {
    /** The groups of these names as if only Russian articles held them, every one read off Cyrillic. */
    private static Map<String, String> fromCyrillic(Map<String, Integer> articles) {
        return PersonNameGroups.canonicalNames(articles, Set.of(), new SlavicOnlyNames(articles.keySet(), articles.keySet()));
    }

    @Test
    void aGenitiveAfterAnUndeclinedGivenNameHasTheStemOfItsSurname() {
        assertEquals("trumen", NominativeSurnames.declinedStem("Garri Trumena"));
        assertEquals("dzejkobs", NominativeSurnames.declinedStem("Kenni Dzejkobsa"));
    }

    @Test
    void aGivenNameThatDeclinesOrIsTooShortGivesNoStem() {
        assertNull(NominativeSurnames.declinedStem("Anna Popova"));
        assertNull(NominativeSurnames.declinedStem("Do Londyna"));
    }

    @Test
    void aNominativeMayWriteTheStemsVowelsOtherwise() {
        assertTrue(NominativeSurnames.nominativeOf("trumen", "truman"));
        assertFalse(NominativeSurnames.nominativeOf("trumen", "trumer"));
    }

    @Test
    void theCaseFormJoinedToTheNominativeSpellingIsNamedByIt() {
        assertEquals(Map.of("Garri Trumena", "Harry Truman"), fromCyrillic(Map.of("Garri Trumena", 1, "Harry Truman", 1)));
    }

    @Test
    void theSurnameNamedAloneInTheNominativeRenamesTheCaseForm() {
        assertEquals(Map.of("Garri Trumena", "Garri Trumen", "Trumen", "Garri Trumen"),
                fromCyrillic(Map.of("Garri Trumena", 1, "Trumen", 1)));
    }

    @Test
    void aWomansSurnameInAStaysAsWrittenWithoutAMansFormInTheIndex() {
        assertEquals(Map.of(), fromCyrillic(Map.of("Meri Barra", 2, "Meri Dzons", 1)));
    }

    @Test
    void aSurnameEndingInAThatTheIndexNamesAloneSoStaysAsWritten() {
        assertEquals(Map.of("Lauda", "Niki Lauda"), fromCyrillic(Map.of("Niki Lauda", 1, "Lauda", 2)));
    }

    @Test
    void aNameSeenInALanguageWithoutCasesStaysAsWrittenBesideALoneMansSurname() {
        var articles = Map.of("Dani Kanazireva", 1, "Kanazirev", 1);
        var slavic = new SlavicOnlyNames(articles.keySet(), articles.keySet(), articles.keySet(), Map.of(), Set.of("Dani Kanazireva"));
        assertEquals(Map.of(), PersonNameGroups.canonicalNames(articles, Set.of(), slavic));
    }
}
