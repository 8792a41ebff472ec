package news.dispatch.entity.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

import news.dispatch.entity.text.Token;
import news.dispatch.entity.text.Tokenizer;

/** The words that open no name, one class of the table at a time (inline tables, no model). */
class NameOpenersTest {
    private static final NameOpeners OPENERS = new NameOpeners(List.of(
            Map.of("word", "President", "class", "title"), Map.of("word", "Rep.", "class", "title"),
            Map.of("word", "Pinterest", "class", "share-button"), Map.of("word", "Will", "class", "question-verb")));
    private static final Set<String> GIVEN = Set.of("Michael", "Will", "Donald");

    private static String stripped(String span) {
        List<Token> words = new ArrayList<>(Tokenizer.tokens(span));
        OPENERS.strip(words, Set.of("Ferguson", "Georgia")::contains, GIVEN);
        return String.join(" ", words.stream().map(Token::text).toList());
    }

    @Test
    void aTitleGoesInAnyCase() {
        assertEquals("Joe Biden", stripped("PRESIDENT Joe Biden"));
    }

    @Test
    void aShareButtonGoesOnlyBeforeAName() {
        assertEquals("Donald Trump", stripped("pinterest Donald Trump"));
        assertEquals("Pinterest", stripped("Pinterest"));
    }

    @Test
    void aQuestionVerbGoesBeforeAFullNameButNotBeforeALoneSurname() {
        assertEquals("Hillary Clinton", stripped("Will Hillary Clinton"));
        assertEquals("Will Hurd", stripped("Will Hurd"));
    }

    @Test
    void aPlaceGoesBeforeAFullNameOpeningWithAGivenName() {
        assertEquals("Michael Brown Sr", stripped("Ferguson Michael Brown Sr"));
        assertEquals("Ferguson Jenkins", stripped("Ferguson Jenkins"));
    }

    @Test
    void aQuestionOpensAfterAFullStopOfAWordThatIsNoTitle() {
        String text = "at the White House. Will Clinton get a pass?";
        int from = text.indexOf("Will");
        assertTrue(OPENERS.opensQuestion(text, "Will Clinton", from, from + "Will Clinton".length()));
    }

    @Test
    void aTitlesFullStopOpensNoQuestionInSingularOrPlural() {
        for (String text : List.of("said Rep. Will Hurd and others", "said Reps. Will Hurd and others")) {
            int from = text.indexOf("Will");
            assertFalse(OPENERS.opensQuestion(text, "Will Hurd", from, from + "Will Hurd".length()), text);
        }
    }

    @Test
    void aQuestionVerbInLowerCaseOpensNothing() {
        String text = "Why? will Clinton get a pass";
        int from = text.indexOf("will");
        assertFalse(OPENERS.opensQuestion(text, "will Clinton", from, from + "will Clinton".length()));
    }
}
