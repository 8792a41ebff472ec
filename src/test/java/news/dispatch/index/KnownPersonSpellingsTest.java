package news.dispatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A query's Cyrillic or inflected names reach English articles in the spelling of the person table. */
class KnownPersonSpellingsTest {
    @Test
    void aCyrillicFullNameReadLetterByLetterTakesTheKnownPersonsSpelling() {
        assertEquals("\"Theresa May\"", CrossScriptAnalyzer.latinSpelling("\"Тереза Мэй\""));
    }

    @Test
    void aCyrillicSurnameWithAHardCTakesTheKnownSpelling() {
        assertEquals("Macron", CrossScriptAnalyzer.latinSpelling("Макрон"));
    }

    @Test
    void aSurnameSharedWithTheFamilysFeminineFormIsToldApartByItsEnding() {
        assertEquals("Zelensky", CrossScriptAnalyzer.latinSpelling("Зеленский"));
        assertEquals("Zelenska", CrossScriptAnalyzer.latinSpelling("Зеленская"));
    }

    @Test
    void aWordNoKnownPersonIsNamedByStaysAsTransliterated() {
        assertEquals("Moskva", CrossScriptAnalyzer.latinSpelling("Москва"));
    }

    @Test
    void theAdjectivalSurnameEndingsOfEveryScriptShareOneKey() {
        for (String form : new String[] {"Зеленский", "Зеленський", "Zełenski", "Zełenskiego", "Zelenského", "Zelenskyy"}) {
            assertEquals(CrossScriptAnalyzer.keysOf("Zelensky").getFirst(), CrossScriptAnalyzer.keysOf(form).getFirst(), form);
        }
    }
}
