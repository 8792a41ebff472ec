package news.dispatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A query's person names spelled across the Arabic script through the entity table, never guessed. */
class ArabicSpellingsTest {
    private final ArabicSpellings spellings = ArabicSpellings.standard();

    @Test
    void anArabicSurnameTheTableKnowsIsSpelledAsEnglishCoverageSpellsIt() {
        assertEquals("Putin", ArabicSpellings.latin("بوتين"));
    }

    @Test
    void anArabicFullNameIsSpelledInFullAndItsParticlesAreNoObstacle() {
        assertEquals("\"Vladimir Putin\" sanctions", ArabicSpellings.latin("\"فلاديمير بوتين\" sanctions"));
        assertEquals("Putin", ArabicSpellings.latin("وبوتين"));
    }

    @Test
    void aLatinOrCyrillicNameInflectedOrNotIsSpelledInArabicLetters() {
        assertEquals("بوتين", spellings.arabic("Putin"));
        assertEquals("بوتين", spellings.arabic("Putina"));
        assertEquals("بوتين", spellings.arabic("Путину"));
        assertEquals("\"تيريزا ماي\" -Brexit", spellings.arabic("\"Theresa May\" -Brexit"));
    }

    @Test
    void aSurnameTheTableGivesNoArabicSpellingOfStaysAsWritten() {
        // May is also the month: the table spells Theresa May in full only.
        assertEquals("May elections", spellings.arabic("May elections"));
        assertEquals("غزة", ArabicSpellings.latin("غزة"));
    }
}
