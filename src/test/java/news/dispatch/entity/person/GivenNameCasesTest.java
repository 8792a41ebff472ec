package news.dispatch.entity.person;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import news.dispatch.entity.person.SlavicWords.Word;

/** What case a full name's given name is in: its nominative as written, a man's oblique case, or undeclined in -i. */
class GivenNameCasesTest {
    private final GivenNameCases givenNames = new GivenNameCases(CrossScriptNames.standard(), new SlavicNameParts());

    private static Word word(String text) {
        return SlavicWords.words(text).getFirst();
    }

    @Test
    void aKnownGivenNameInAThatIsNoCaseOfAnotherIsWrittenInItsNominative() {
        assertTrue(givenNames.asWritten(word("Anna"), "pl"));
    }

    @Test
    void aGivenNameThatIsAlsoAKnownMansGenitiveIsNotTakenAsWritten() {
        assertFalse(givenNames.asWritten(word("Roberta"), "pl"));
    }

    @Test
    void aPolishWomansGivenNameTheTablesDoNotListIsWrittenInItsNominative() {
        assertTrue(givenNames.asWritten(word("Krystyna"), "pl"));
    }

    @Test
    void anInitialIsNoGivenNameAsWritten() {
        assertFalse(givenNames.asWritten(word("A."), "pl"));
    }

    @Test
    void aMansGivenNameInTheGenitiveSaysTheSurnameBesideIsInTheGenitiveToo() {
        assertTrue(givenNames.mansInCase(word("Егора"), word("Крючкова"), "ru"));
    }

    @Test
    void aSurnameInYaAfterAVowelIsTheGenitiveOfASurnameInJ() {
        assertTrue(givenNames.mansInCase(word("Кристофера"), word("Рея"), "ru"));
    }

    @Test
    void aWomansGivenNameInItsNominativeIsNoMansCase() {
        assertFalse(givenNames.mansInCase(word("Анна"), word("Попова"), "ru"));
    }

    @Test
    void aMansCaseIsNotReadFromBulgarianWhichDoesNotDeclineNames() {
        assertFalse(givenNames.mansInCase(word("Егора"), word("Крючкова"), "bg"));
    }

    @Test
    void aForeignGivenNameInIAfterAConsonantTakesNoCaseEnding() {
        assertTrue(givenNames.undeclinedInI(List.of(word("Кенні"), word("Кенні")), "uk"));
    }

    @Test
    void aGivenNameInIAfterAVowelIsTheCaseOfANameInIa() {
        assertFalse(givenNames.undeclinedInI(List.of(word("Марії")), "uk"));
    }

    @Test
    void aGivenNameInIIsNoUndeclinedNameInPolishWhereItIsAWomansCase() {
        assertFalse(givenNames.undeclinedInI(List.of(word("Henryki")), "pl"));
    }

    @Test
    void aGivenNameInIWrittenInTwoFormsIsNotUndeclined() {
        assertFalse(givenNames.undeclinedInI(List.of(word("Кенні"), word("Кенна")), "uk"));
    }

    private static List<List<Word>> full(String name) {
        return List.of(SlavicWords.words(name));
    }

    @Test
    void aGivenNameInOmBesideASurnameInNoInstrumentalIsItsOwnNominative() {
        assertTrue(givenNames.ownInstrumentalEnding(full("Джером Пауэлл"), "ru"));
    }

    @Test
    void aGivenNameInOmBesideASurnameInTheInstrumentalIsAnInstrumental() {
        assertFalse(givenNames.ownInstrumentalEnding(full("Джеромом Пауэллом"), "ru"));
    }

    @Test
    void aGivenNameInOmWhoseStemIsAKnownGivenNameIsAnInstrumental() {
        assertFalse(givenNames.ownInstrumentalEnding(full("Джоном Кеннеди"), "ru"));
    }

    @Test
    void aGivenNameInEmWhoseStemEndsInAnObstruentBeforeLIsItsOwnNominative() {
        assertTrue(givenNames.ownInstrumentalEnding(full("Özlem Türeci"), "pl"));
    }

    @Test
    void aGivenNameInEmBesideAWomansInstrumentalEndingIsAnInstrumental() {
        assertFalse(givenNames.ownInstrumentalEnding(full("Waldemarem Kraską"), "pl"));
    }
}
