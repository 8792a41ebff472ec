package news.dispatch.entity.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import news.dispatch.entity.Extracted;

/** One name per person: suffixes, known misspellings, editorial brackets and glued sentences; groups are no persons. */
class PersonSpellingsTest {

    @ParameterizedTest
    @CsvSource({
            "Attorney General Eric Holder Jr. testified on Tuesday., Eric Holder",
            "Vice President Joseph Biden Jr. spoke in Ohio on Tuesday., Joe Biden",
            "Sen. Lindsay Graham said on Tuesday that he would object., Lindsey Graham",
            "Sen. Diane Feinstein said on Tuesday that she would object., Dianne Feinstein",
            "Russian President Vladamir Putin said on Tuesday that he would object., Vladimir Putin",
            "Syrian President Bashir Assad said on Tuesday that he would not resign., Bashar al-Assad"})
    void aSpellingSlipJoinsTheKnownPerson(String text, String person) {
        assertEquals(Set.of(person), Extracted.persons(text));
    }

    @Test
    void twoNamesOneShortPartApartInOneArticleAreTwoPersons() {
        assertEquals(Set.of("Kim Jong-un", "Kim Jong-il"), Extracted.persons(
                "North Korean leader Kim Jong Un met envoys on Friday. His father Kim Jong Il ruled until 2011."));
    }

    @Test
    void namesThatDifferInVowelsOrCaseOnlyStayOneSpellingApart() {
        assertTrue(FullNames.noPartRewritten("Chung Mong-Joon", "Chung Mong-Jun"));
        assertTrue(FullNames.noPartRewritten("Edwin Meese Iii", "Edwin Meese III"));
        assertFalse(FullNames.noPartRewritten("Rand Paul", "Ron Paul"));
    }

    @Test
    void aRoundEditorialBracketIsCleaned() {
        assertEquals("Barack Obama", PersonResolver.unbalancedParentheses("Barack) Obama").strip().replaceAll("\\s+", " "));
        assertEquals("Robert (Bob) Mueller", PersonResolver.unbalancedParentheses("Robert (Bob) Mueller"));
    }

    @Test
    void aSentenceGluedToTheNameIsCut() {
        assertEquals("Eric Holder", PersonResolver.withoutGluedSentence("Eric Holder says.The"));
        assertEquals("J.R. Smith", PersonResolver.withoutGluedSentence("J.R. Smith"));
    }

    @Test
    void aCampaignTeamIsNoPerson() {
        Set<String> persons = Extracted.persons("Team Obama hit back on Tuesday, and Barack Obama spoke in Ohio.");
        assertFalse(persons.contains("Team Obama"), persons.toString());
        assertTrue(persons.contains("Barack Obama"), persons.toString());
    }

    @Test
    void aHeadlinesQuestionWordIsNoGivenName() {
        Set<String> persons = Extracted.persons("Will Hillary Clinton testify?\n\nHillary Clinton said on Tuesday she would.");
        assertEquals(Set.of("Hillary Clinton"), persons);
    }

    @Test
    void aListedGivenNameTheModelMissesIsTakenIntoTheName() {
        assertEquals(Set.of("Marine Le Pen"),
                Extracted.persons("French far-right leader Marine Le Pen spoke on Sunday. Le Pen said the vote was stolen."));
    }

    @Test
    void aCompoundSurnameWrittenAloneIsThePersonTheArticleNamesInFull() {
        assertEquals(Set.of("Debbie Wasserman Schultz"),
                Extracted.persons("Rep. Debbie Wasserman Schultz spoke on Tuesday. Wasserman Schultz said she would stay."));
    }

    @Test
    void aSatiricalWeeklyNamedLikeAPersonIsNoPerson() {
        assertEquals(Set.of(), Extracted.persons("Gunmen attacked the Paris offices of Charlie Hebdo on Wednesday."));
    }
}
