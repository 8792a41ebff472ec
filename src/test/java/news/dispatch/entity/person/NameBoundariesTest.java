package news.dispatch.entity.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

import news.dispatch.entity.model.ModelSpan;

/** A person span widened to the whole name the model split at punctuation; hand-made spans, no model. */
class NameBoundariesTest {

    private static String widened(String text, String... taggedPersons) {
        List<ModelSpan> spans = new java.util.ArrayList<>();
        for (String p : taggedPersons) {
            int at = text.indexOf(p);
            spans.add(new ModelSpan("PERSON", at, at + p.length()));
        }
        return String.join("|", NameBoundaries.widen(text, spans, w -> w.equals("U.S.")).stream()
                .map(s -> text.substring(s.start(), s.end())).toList());
    }

    @Test
    void twoPersonSpansJoinedByAHyphenAreOneName() {
        assertEquals("Nana Akufo-Addo", widened("President Nana Akufo-Addo spoke.", "Nana Akufo", "Addo"));
    }

    @Test
    void twoPersonSpansJoinedByASpacedHyphenAreOneName() {
        assertEquals("Nana Akufo - Addo", widened("President Nana Akufo - Addo spoke.", "Nana Akufo", "Addo"));
    }

    @Test
    void anUntaggedWordHyphenedBeforeTheSpanIsPartOfTheName() {
        assertEquals("Mapisa-Nqakula", widened("Speaker Mapisa-Nqakula resigned.", "Nqakula"));
    }

    @Test
    void anUntaggedWordHyphenedAfterTheSpanIsPartOfTheName() {
        assertEquals("Ursula Owusu-Ekuful", widened("Minister Ursula Owusu-Ekuful said so.", "Ursula Owusu"));
    }

    @Test
    void aHeadlineTopicBeforeADashIsNotPartOfTheName() {
        assertEquals("Jeswin Chacko", widened("Top scores:\nEconomics - Jeswin Chacko", "Jeswin Chacko"));
    }

    @Test
    void aWordInCapitalsBeforeADashIsNotPartOfTheName() {
        assertEquals("HARRISON", widened("ATHLETICS - HARRISON WINS", "HARRISON"));
    }

    @Test
    void initialsBeforeTheSpanArePartOfTheName() {
        assertEquals("W. N. McMillan", widened("A letter from W. N. McMillan arrived.", "McMillan"));
    }

    @Test
    void anInitialEndingOneSpanJoinsTheSurnameAfterTheDot() {
        assertEquals("Sherry F. Carlin", widened("The speech by Sherry F. Carlin was brief.", "Sherry F", "Carlin"));
    }

    @Test
    void aCountryAbbreviationIsNoInitials() {
        assertEquals("Vicente Zambada", widened("The U.S. Vicente Zambada case.", "Vicente Zambada"));
    }

    @Test
    void anIrishPrefixIsPartOfTheName() {
        assertEquals("O’Higgins", widened("Statues of O’Higgins stand in Santiago.", "Higgins"));
    }

    @Test
    void aNeighbourTaggedAsSomethingElseStaysOut() {
        String text = "Talks in Lagos-Abuja went on.";
        List<ModelSpan> spans = List.of(new ModelSpan("LOCATION", 9, 14), new ModelSpan("PERSON", 15, 20));
        assertEquals(new ModelSpan("PERSON", 15, 20), NameBoundaries.widen(text, spans, w -> false).get(1));
    }

    @Test
    void aKoreanNameCutAfterItsFirstSyllableTakesTheHyphenedRest() {
        assertEquals("Moon Jae-in", widened("South Korean President Moon Jae-in spoke.", "Moon Jae"));
    }

    @Test
    void aKoreanNameCutBeforeASeparateLastSyllableTakesIt() {
        assertEquals("Kim Jong Un", widened("the North's leader Kim Jong Un said.", "Kim Jong"));
    }

    @Test
    void aWesternNameOnAKoreanSurnameTakesNothingAfterIt() {
        assertEquals("Kim Davis", widened("a Kim Davis-led protest", "Kim Davis"));
    }

    @Test
    void aNameOnAnotherSurnameTakesNoShortWordAfterIt() {
        assertEquals("Ted Cruz", widened("Will Ted Cruz Go on?", "Ted Cruz"));
    }
}
