package news.dispatch.entity.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** What the Ukrainian dictionary says of a capitalised word: animate or not, its cases, a name's nominative. */
class CommonWordsTest {
    @Test
    void aStateTheDictionaryReadsAsAnInanimateNameIsInanimate() {
        assertTrue(CommonWords.inanimate("Пенсільванії", "uk"));
    }

    @Test
    void anAdverbOpeningASentenceIsInanimate() {
        assertTrue(CommonWords.inanimate("Тоді", "uk"));
    }

    @Test
    void aSurnameTheDictionaryListsIsNotInanimate() {
        assertFalse(CommonWords.inanimate("Байдена", "uk"));
    }

    @Test
    void aWordReadOnlyAsACommonNounIsNotCountedInanimateAsForeignSurnamesSpellSuchWords() {
        assertFalse(CommonWords.inanimate("Марлі", "uk"));
    }

    @Test
    void anUnknownWordIsNotInanimate() {
        assertFalse(CommonWords.inanimate("Стейнар", "uk"));
    }

    @Test
    void theCasesOfALocativeAreItsObliqueCases() {
        assertFalse(CommonWords.cases("Вісконсину", "uk").contains("v_naz"));
        assertTrue(CommonWords.cases("Вісконсину", "uk").contains("v_mis"));
    }

    @Test
    void aMansGivenNameInTheGenitiveHasTheDictionarysNominative() {
        assertEquals(Optional.of("Дмитро"), CommonWords.animateNominative("Дмитра", "uk"));
    }

    @Test
    void aGivenNameThatMayBeANominativeHasNoOtherNominative() {
        assertEquals(Optional.empty(), CommonWords.animateNominative("Урсула", "uk"));
    }

    @Test
    void anotherLanguageHasNoDictionaryNominative() {
        assertEquals(Optional.empty(), CommonWords.animateNominative("Дмитра", "ru"));
    }

    @Test
    void aGivenNameTheDictionaryListsIsAPersonsName() {
        assertTrue(CommonWords.animateName("Майк", "uk"));
    }

    @Test
    void aCommonNounIsNoPersonsName() {
        assertFalse(CommonWords.animateName("Пенс", "uk"));
    }
}
