package news.dispatch.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** One name per person from the article alone and read-only tables; non-persons of a person's shape stay out. */
class PersonFormsTest {

    @Test
    void aMiddleInitialIsNotPartOfTheName() {
        assertEquals(Set.of("John Boehner"), Extracted.persons("House Speaker John A. Boehner said the vote would wait."));
    }

    @Test
    void aLeadingInitialGoesWhenAGivenNameFollows() {
        assertEquals(Set.of("Christopher Stevens"), Extracted.persons("Ambassador J. Christopher Stevens arrived in Benghazi."));
    }

    @Test
    void aShortGivenNameIsTheSamePersonAsTheFormalOneInTheArticle() {
        Entities e = Extracted.of("Christopher Stevens was the ambassador. Friends called Chris Stevens a patient man.");
        assertEquals(Set.of("Christopher Stevens"), Extracted.personNames(e));
    }

    @Test
    void anEditorialBracketJoinsTheGivenName() {
        assertEquals(Set.of("Bashar al-Assad"), Extracted.persons("Rebels said [Bashar] Assad had lost the north."));
    }

    @Test
    void aLoneGivenNameTakesTheArticlesFullName() {
        Entities e = Extracted.of("Mahinda Rajapaksa resigned on Monday. Mahinda said he would stay in politics.");
        assertEquals(2, Extracted.person(e, "Mahinda Rajapaksa").mentions().size());
    }

    @Test
    void aStormNamedLikeAPersonIsNotAPerson() {
        assertEquals(Set.of(), Extracted.persons("Superstorm Sandy flooded the subway. Hurricane Katrina was worse."));
    }

    @Test
    void aPlaceNamedWithAPlaceWordIsNotAPerson() {
        assertEquals(Set.of(), Extracted.persons("Lawmakers on Capitol Hill met tourists from the Sistine Chapel and Al Ahmad Square."));
    }

    @Test
    void aPersonWithAPlaceWordSurnameStaysAPerson() {
        assertEquals(Set.of("Christopher Hill"), Extracted.persons("Envoy Christopher Hill met officials in Seoul."));
    }

    @Test
    void aTitleIsNotAName() {
        assertTrue(Extracted.persons("The Jesuit Pope spoke to pilgrims.").isEmpty());
    }

    @Test
    void aTitleRunningIntoTheBodyIsNotOneLongName() {
        Entities e = Extracted.of("Talks in London with Rishi Sunak\n\nRishi Sunak said the talks went well.");
        assertEquals(Set.of("Rishi Sunak"), Extracted.personNames(e));
    }

    @Test
    void theSameArticleGivesTheSamePersonsWhateverWasReadBefore() {
        String lone = "Nakasone told reporters the yen was too strong.";
        Set<String> before = Extracted.persons(lone);
        Extracted.of("Prime Minister Yasuhiro Nakasone met Ronald Reagan.");
        assertEquals(before, Extracted.persons(lone));
    }

    @Test
    void aSoftHyphenInsideANameIsIgnoredAndOffsetsStayOnTheOriginalText() {
        String text = "Vladimir Pu\u00adtin met Olaf Sch\u200bolz in Berlin.";
        Entities e = Extracted.of(text);
        assertEquals(Set.of("Vladimir Putin", "Olaf Scholz"), Extracted.personNames(e));
        Mention m = Extracted.person(e, "Vladimir Putin").mentions().getFirst();
        assertEquals("Vladimir Pu\u00adtin", m.text());
        assertEquals(text.substring(m.start(), m.end()), m.text());
    }

    @Test
    void wordsRunTogetherAreNoPerson() {
        assertTrue(Extracted.persons("House Democrats are ramping up pressure on President Trump Donald John TrumpGOP"
                + " senators balk at lengthy impeachment trial.").stream().noneMatch(p -> p.contains("TrumpGOP")));
    }

    @Test
    void theNextNameStartingWithTheSameGivenNameIsCutOff() {
        assertTrue(Extracted.persons("The deputy will stay until Robert Mueller Robert (Bob) Swan Mueller finishes.")
                .stream().noneMatch(p -> p.endsWith(" Robert")));
    }

    @Test
    void aNewsOutletWithAPersonsShapeIsNoPerson() {
        assertEquals(Set.of(), Extracted.persons("Mother Jones reported on Tuesday that the vote would wait."));
    }

    @Test
    void oneWordTwiceIsThatWordAlone() {
        assertEquals(Set.of("Donald Trump"), Extracted.persons("Democrats worry they can't beat Trump Trump threatening"
                + " to fire the chief of staff. Trump said nothing."));
    }
}
