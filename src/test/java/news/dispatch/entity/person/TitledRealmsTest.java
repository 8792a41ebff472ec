package news.dispatch.entity.person;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import news.dispatch.entity.person.SlavicWords.Word;

/** A title's realm between the title and the given name it governs is no surname. */
class TitledRealmsTest {
    private final TitledRealms realms = new TitledRealms(new SlavicCues(), new SlavicNameParts());

    @Test
    void aSeesAdjectiveAfterATitleAndBeforeAKnownGivenNameIsTheRealm() {
        List<Word> words = SlavicWords.words("Вчера патриарх Московский Кирилл обратился к властям.");
        assertTrue(realms.realmBeforeTitledGivenName(words, 2, 2, 4, "ru"));
    }

    @Test
    void theSameWordsWithNoTitleBeforeThemAreNoRealm() {
        List<Word> words = SlavicWords.words("Вчера сказал Московский Кирилл, что всё хорошо.");
        assertFalse(realms.realmBeforeTitledGivenName(words, 2, 2, 4, "ru"));
    }

    @Test
    void onlyTheFirstWordOfARunOfTwoMayBeARealm() {
        List<Word> words = SlavicWords.words("Вчера патриарх Московский Кирилл обратился к властям.");
        assertFalse(realms.realmBeforeTitledGivenName(words, 3, 2, 4, "ru"));
    }
}
