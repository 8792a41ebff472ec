package news.dispatch.entity.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** What stays of a name however it is transliterated: its consonants, read one way for persons and one for bodies. */
class ConsonantSkeletonTest {
    @Test
    void aBulgarianAndAnEnglishSpellingOfOnePersonShareTheirSkeleton() {
        assertEquals("jrj", ConsonantSkeleton.PERSONS.of("Dzhordzh"));
        assertEquals("jrj", ConsonantSkeleton.PERSONS.of("George"));
    }

    @Test
    void aPersonsFirstYIsTheJOfTheOtherSpellings() {
        assertEquals(ConsonantSkeleton.PERSONS.of("Juncker"), ConsonantSkeleton.PERSONS.of("Yunker"));
    }

    @Test
    void aBodysTransliteratedJIsAVowelAsEnglishYIs() {
        assertEquals(ConsonantSkeleton.BODIES.of("new york"), ConsonantSkeleton.BODIES.of("nu jork"));
    }

    @Test
    void aPersonsJStaysAConsonant() {
        assertNotEquals(ConsonantSkeleton.PERSONS.of("new york"), ConsonantSkeleton.PERSONS.of("nu jork"));
    }

    @Test
    void theRewrittenSpellingKeepsItsVowels() {
        assertEquals("junker", ConsonantSkeleton.PERSONS.rewritten("Yunker"));
    }
}
