package news.dispatch.entity.person;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A woman's given name in -a or -я read as her nominative, not as a man's genitive. */
class WomansGivenNamesTest {
    private final WomansGivenNames womansGivenNames =
            new WomansGivenNames(new GivenNameCases(CrossScriptNames.standard(), new SlavicNameParts()));

    @Test
    void aKnownWomansGivenNameWrittenSoEverywhereIsHerNominative() {
        assertTrue(womansGivenNames.nominative("Анна", SlavicWords.words("Анна Анна"), "ru"));
    }

    @Test
    void aGivenNameThatIsAlsoAMansGenitiveIsNoWomansNominative() {
        assertFalse(womansGivenNames.nominative("Евгения", SlavicWords.words("Евгения"), "ru"));
    }

    @Test
    void aGivenNameAlsoWrittenInAnotherCaseIsNoNominative() {
        assertFalse(womansGivenNames.nominative("Анна", SlavicWords.words("Анна Анну"), "ru"));
    }

    @Test
    void aGivenNameBeforeAnAdjectivalWomansSurnameIsHers() {
        assertTrue(WomansGivenNames.beforeWomansSurname(List.of(SlavicWords.words("Валерия Новодворская"))));
    }

    @Test
    void aGivenNameBeforeASurnameInOvaIsNotJudgedHersByTheSurname() {
        assertFalse(WomansGivenNames.beforeWomansSurname(List.of(SlavicWords.words("Валерия Попова"))));
    }
}
