package news.dispatch.entity.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** A foreign name's final vowel, lost to a Slavic case ending, given back. */
class ForeignFinalVowelsTest {
    private final ForeignFinalVowels finals = new ForeignFinalVowels(CrossScriptNames.standard(), new SlavicNameParts());

    @Test
    void theStemTakesBackTheVowelTheArticleWritesUndeclined() {
        assertEquals("Gore", finals.restored("Gor", Set.of("Gore"), "pl"));
    }

    @Test
    void theStemTakesBackTheVowelOfANameTheEnglishTablesKnow() {
        assertEquals("George", finals.restored("Georg", Set.of(), "pl"));
    }

    @Test
    void aLongStemWithAConsonantBeforeRTakesO() {
        assertEquals("Alejandro", finals.restored("Alejandr", Set.of(), "pl"));
    }

    @Test
    void aStemEndingInAVowelIsANominativeOfItsOwn() {
        assertEquals("Antoni", finals.restored("Antoni", Set.of(), "pl"));
    }

    @Test
    void aWrittenFormWhoseVowelIsACaseEndingGivesNothingBack() {
        assertEquals("Davis", finals.restored("Davis", Set.of("Davise"), "cs"));
    }

    @Test
    void aCyrillicStemIsLeftToItsOwnTables() {
        assertEquals("Георг", finals.restored("Георг", Set.of(), "ru"));
    }
}
