package news.dispatch.entity.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** A foreign woman's Czech or Slovak -ová surname named as other languages name her. */
class CzechWomensSurnamesTest {
    private final CzechWomensSurnames surnames = new CzechWomensSurnames(CrossScriptNames.standard(), new SlavicNameParts());

    @Test
    void aForeignWomansSurnameInOvaAfterAnEnglishGivenNameLosesIt() {
        assertEquals("Mordaunt", surnames.afterForeignGivenName("Penny", "Mordauntová", "cs"));
    }

    @Test
    void aSurnameWithACzechLetterKeepsItsOva() {
        assertEquals("Urbišová", surnames.afterForeignGivenName("Penny", "Urbišová", "cs"));
    }

    @Test
    void onlyCzechAndSlovakSurnamesLoseOva() {
        assertEquals("Mordauntová", surnames.afterForeignGivenName("Penny", "Mordauntová", "pl"));
    }

    @Test
    void aLoneOvaFormInAnyCaseNamesTheListedPersonOfThatSurname() {
        assertEquals(Optional.of("Angela Merkel"), surnames.knownAlone(SlavicWords.words("Merkelovou").getFirst(), "cs"));
    }

    @Test
    void aLoneOvaFormNamesNoOneOutsideCzechAndSlovak() {
        assertEquals(Optional.empty(), surnames.knownAlone(SlavicWords.words("Merkelová").getFirst(), "pl"));
    }
}
