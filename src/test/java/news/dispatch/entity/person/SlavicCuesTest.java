package news.dispatch.entity.person;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import news.dispatch.entity.person.SlavicWords.Word;

/** The title words that cue a Slavic person's name, and the case they put it in. */
class SlavicCuesTest {
    private final SlavicCues cues = new SlavicCues();

    private static Word word(String text) {
        return SlavicWords.words(text).getFirst();
    }

    @Test
    void anAcademicTitleCuesAName() {
        assertTrue(cues.isCue(word("академика")));
    }

    @Test
    void anAcademicTitleInTheGenitivePutsTheNameInAnObliqueCase() {
        assertTrue(cues.obliqueCue("академика", "ru"));
    }

    @Test
    void anEnglishHeadNounOfAnAgencysNameIsNoNamePart() {
        assertTrue(cues.institutional(word("Agency"), "pl"));
    }

    @Test
    void aGermanPapersNounIsNoNamePart() {
        assertTrue(cues.institutional(word("Zeitung"), "pl"));
    }

    @Test
    void theBulgarianWordForNewOpensAPlacesName() {
        assertTrue(cues.opensPlace(word("Ню")));
    }

    @Test
    void theBulgarianWordForCountyClosesAPlacesName() {
        assertTrue(cues.closesName(word("Каунти")));
    }

    @Test
    void aSurnameThatStartsLikeAPlaceWordOpensNoPlace() {
        assertFalse(cues.opensPlace(word("Нюман")) || cues.opensPlace(word("Градев")));
    }

    @Test
    void aBulgarianComparativeOpeningASentenceIsAFunctionWord() {
        assertTrue(cues.functionWord(word("По-рано")));
    }
}
