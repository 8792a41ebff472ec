package news.dispatch.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * One name per person across scripts: the index-wide groups join a person's spellings from Cyrillic and from other
 * languages' Latin letters (as the extractor writes them: Ася Биби → "Asa Bibi", Джейкъб Рийс-Мог → "Dzejkb Ris Mog"),
 * and keep apart persons whose names only sound alike.
 */
class CrossScriptNameGroupsTest {
    @Test
    void asiaBibiInEveryLanguagesSpellingGetsOneName() {
        var merged = PersonNameGroups.canonicalNames(Map.of("Asia Bibi", 9, "Asa Bibi", 6, "Azia Bibi", 3, "Aasia Bibi", 2,
                "Asiu Bibi", 1));
        assertEquals(Map.of("Asa Bibi", "Asia Bibi", "Azia Bibi", "Asia Bibi", "Aasia Bibi", "Asia Bibi", "Asiu Bibi", "Asia Bibi"),
                merged);
    }

    @Test
    void aLetterByLetterTransliterationJoinsTheWiresSpelling() {
        var merged = PersonNameGroups.canonicalNames(Map.of("Jacob Rees Mogg", 4, "Dzejkb Ris Mog", 2, "Dzejkob Ris Mogg", 1,
                "Dejvid Dejvis", 2, "David Davis", 3, "Margaritis Shinas", 1, "Margaritis Schinas", 2));
        assertEquals(Map.of("Dzejkb Ris Mog", "Jacob Rees Mogg", "Dzejkob Ris Mogg", "Jacob Rees Mogg",
                "Dejvid Dejvis", "David Davis", "Margaritis Shinas", "Margaritis Schinas"), merged);
    }

    @Test
    void aCaseFormNeverNamesTheGroupEvenInMoreArticles() {
        var merged = PersonNameGroups.canonicalNames(Map.of("Jeremy Corbyna", 7, "Jeremy Corbyn", 3, "Dzeremi Korbin", 2));
        assertEquals(Map.of("Jeremy Corbyna", "Jeremy Corbyn", "Dzeremi Korbin", "Jeremy Corbyn"), merged);
    }

    @Test
    void aCzechFeminineSurnameOfAForeignWomanIsHerName() {
        assertEquals(Map.of("Amber Ruddova", "Amber Rudd"),
                PersonNameGroups.canonicalNames(Map.of("Amber Rudd", 5, "Amber Ruddova", 2)));
    }

    @Test
    void twoPersonsWhoseNamesOnlySoundAlikeStayApart() {
        // Alan and Allen, Jane and Jon are names of their own; Cohen and Cohan two families; Jana is not Jan; a
        // surname of few consonants one letter off is another person.
        assertTrue(PersonNameGroups.canonicalNames(Map.of("Alan Smith", 4, "Allen Smith", 2, "Jane Gaddafi", 3,
                "Jon Kadhafi", 2, "Kate Cohen", 3, "Kate Cohan", 1, "Jan Novak", 5, "Jana Novak", 2, "Ali Zardari", 5,
                "Ali Zerdin", 2)).isEmpty());
    }

    @Test
    void givenNamesTheTablesListApartStayApartWhateverTheirSound() {
        assertTrue(PersonNameGroups.canonicalNames(Map.of("Joseph Hussain", 3, "Yusuf Hussein", 2)).isEmpty());
    }
}
