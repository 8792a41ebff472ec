package news.dispatch.entity.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Words typed with look-alike letters of two scripts, read in the script most of their letters are in. */
class LookalikeLettersTest {
    @Test
    void aCyrillicWordWithLatinLookalikesIsReadInCyrillic() {
        assertEquals("Каролина", LookalikeLetters.unmixed("Кaрoлинa"));
    }

    @Test
    void aLatinWordWithACyrillicLookalikeIsReadInLatin() {
        assertEquals("Verge", LookalikeLetters.unmixed("Vеrgе"));
    }

    @Test
    void aWordWithALetterThatHasNoLookalikeStaysAsWritten() {
        assertEquals("Gрант", LookalikeLetters.unmixed("Gрант"));
    }

    @Test
    void aWordInOneScriptStaysAsWritten() {
        assertEquals("Ософ", LookalikeLetters.unmixed("Ософ"));
    }
}
