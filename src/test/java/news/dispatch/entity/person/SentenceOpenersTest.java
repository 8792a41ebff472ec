package news.dispatch.entity.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import news.dispatch.entity.language.SlavicInflections;
import news.dispatch.entity.person.SlavicWords.Word;

/** A capitalised word opening a sentence opens a name only when the article supports it as one. */
class SentenceOpenersTest {
    private final SentenceOpeners openers = new SentenceOpeners(new SlavicCues(), new SlavicNameParts());

    private boolean opensTwoWordName(String text, String language, Set<String> lowerWords, Set<String> capitalStems) {
        List<Word> words = SlavicWords.words(text);
        return openers.opensName(words, 0, 2, language, lowerWords, capitalStems, SentenceOpeners.pairCounts(words));
    }

    @Test
    void anOpenerTheArticleAlsoCapitalisesInsideASentenceOpensAName() {
        assertTrue(opensTwoWordName("Drenko Vrbek je dejal.", "sl", Set.of(), Set.of(SlavicInflections.stem("Drenko", "sl"))));
    }

    @Test
    void anOpenerTheArticleAlsoWritesInLowerCaseOpensNoName() {
        assertFalse(opensTwoWordName("Wczoraj Olbrycht powiedział.", "pl", Set.of("wczoraj"),
                Set.of(SlavicInflections.stem("Olbrycht", "pl"))));
    }

    @Test
    void twoWordsBeforeAVerbOfSayingOpenAName() {
        assertTrue(opensTwoWordName("Бурко Дрънков заяви, че преговорите продължават.", "bg", Set.of(), Set.of()));
    }

    @Test
    void twoWordsBeforeACommaAndATitleOpenAName() {
        assertTrue(opensTwoWordName("Vrbek Dlouhán, předseda komise, výsledek odmítl.", "cs", Set.of(), Set.of()));
    }

    @Test
    void twoUnsupportedWordsBeforeAnotherWordOpenNoName() {
        assertFalse(opensTwoWordName("Vrbek Dlouhán odjel domů.", "cs", Set.of(), Set.of()));
    }

    @Test
    void theCapitalisedPairsAreCountedAsWritten() {
        List<Word> words = SlavicWords.words("Бурко Дрънков заяви. После Бурко Дрънков каза.");
        assertEquals(2, SentenceOpeners.pairCounts(words).get("Бурко Дрънков"));
    }

    @Test
    void aPairWrittenTwiceOpensANameWhereNoDictionaryTellsCommonWords() {
        List<Word> words = SlavicWords.words("Бурко Дрънков отиде. После Бурко Дрънков дойде.");
        assertTrue(openers.opensName(words, 0, 2, "bg", Set.of(), Set.of(), SentenceOpeners.pairCounts(words)));
        assertFalse(openers.opensName(words, 0, 2, "bg", Set.of(), Set.of(), Map.of()));
    }
}
