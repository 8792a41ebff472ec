package news.dispatch.entity.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import news.dispatch.entity.person.SlavicNameGrammar.Agreement;
import news.dispatch.entity.person.SlavicWords.Word;

/** The nominative of one name part, voted from its case forms in the article. */
class NamePartVoteTest {
    private final NamePartVote vote = new NamePartVote(CrossScriptNames.standard(),
            new ForeignFinalVowels(CrossScriptNames.standard(), new SlavicNameParts()));

    @Test
    void theNominativeMostCaseFormsStandForWins() {
        assertEquals("Zuckerberg", vote.nominative(SlavicWords.words("Zuckerberga Zuckerbergiem Zuckerbergowi"), "pl", Set.of(),
                Agreement.NONE, List.of()));
    }

    @Test
    void aPartWrittenOnlyAsAnInitialIsItsLetter() {
        assertEquals("J", vote.nominative(SlavicWords.words("J."), "pl", Set.of(), Agreement.NONE, List.of()));
    }

    @Test
    void theSurnameWrittenAloneGivesBackAForeignNamesFinalVowelItsCaseFormLost() {
        // "Ala Gora" after a preposition: Gora is read as an oblique case, the lone "Gore" later as written.
        List<Word> words = SlavicWords.words("Gora Gore");
        assertEquals("Gore", vote.nominative(List.of(words.get(0)), "pl", Set.of(0), Agreement.NONE, List.of(words.get(1))));
    }

    @Test
    void aFormTheArticleWritesOutsideAnObliqueCaseIsAVoteForItself() {
        assertEquals("Gora", vote.nominative(SlavicWords.words("Gora"), "pl", Set.of(), Agreement.NONE, List.of()));
    }

    @Test
    void aPolishWomansGivenNameWinsATieAsAKnownNamePart() {
        assertEquals("Elżbieta", vote.nominative(SlavicWords.words("Elżbiety"), "pl", Set.of(), Agreement.NONE, List.of()));
    }
}
