package news.dispatch.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A place word inside a newspaper's, school's or hospital's name names no country; ambiguous places read the article. */
class PlacesInNamesTest {

    @Test
    void theWashingtonPostNamesNoCountry() {
        Set<String> countries = Extracted.countries("The senator told The Washington Post on Monday that she would vote no.");
        assertFalse(countries.contains("United States"), countries.toString());
    }

    @Test
    void aUniversityNamedForWashingtonNamesNoCountry() {
        Set<String> countries = Extracted.countries("Students at George Washington University protested the tuition increase.");
        assertFalse(countries.contains("United States"), countries.toString());
    }

    @Test
    void aHospitalNamedBethIsraelNamesNoCountry() {
        Set<String> countries = Extracted.countries("The patient was taken to Beth Israel Deaconess Medical Center in Boston.");
        assertFalse(countries.contains("Israel"), countries.toString());
    }

    @Test
    void anAmericanIndianTribeIsNoneOfIndia() {
        Set<String> countries = Extracted.countries("The American Indian leaders said the Indian tribe would sue the federal government.");
        assertFalse(countries.contains("India"), countries.toString());
    }

    @Test
    void theBankOfJapanStaysJapans() {
        assertTrue(Extracted.countries("The Bank of Japan left its key rate unchanged on Tuesday.").contains("Japan"));
    }

    @Test
    void washingtonAloneIsStillTheUnitedStates() {
        assertTrue(Extracted.countries("Officials in Washington said the talks would resume.").contains("United States"));
    }

    @Test
    void cambridgeInANewsStoryAboutTheUnitedStatesIsInTheUnitedStates() {
        Set<String> countries = Extracted.countries(
                "Harvard researchers in Cambridge said the U.S. government had cut their grants.");
        assertEquals(Set.of("United States"), countries);
    }

    @Test
    void cambridgeWithItsStateOnceIsTheUsCambridgeThroughoutTheArticle() {
        Entities e = Extracted.of("The suspects lived in Cambridge, Mass., and studied there. A British newspaper "
                + "interviewed their neighbours in Cambridge on Friday.");
        assertTrue(e.countries().stream().filter(c -> !c.name().equals("United States"))
                .flatMap(c -> c.mentions().stream()).noneMatch(m -> m.text().equals("Cambridge")), e.countries().toString());
    }

    @Test
    void cambridgeBesideLondonStaysInBritain() {
        Set<String> countries = Extracted.countries(
                "Researchers in Cambridge and London said the British government had cut their grants.");
        assertTrue(countries.contains("United Kingdom"), countries.toString());
    }

    @Test
    void georgiaBesideAnotherUsStateIsTheUsState() {
        Set<String> countries = Extracted.countries("Romney won Georgia and lost Ohio, where the campaign spent most.");
        assertEquals(Set.of("United States"), countries);
    }

    @Test
    void georgiaBesideRussiaAndTheUnitedStatesStaysTheCountry() {
        Set<String> countries = Extracted.countries(
                "Russia sent troops into Georgia, and the United States condemned the invasion.");
        assertTrue(countries.contains("Georgia"), countries.toString());
    }

    @Test
    void georgiaInAStoryNamingOnlyTheUnitedStatesIsTheUsState() {
        Set<String> countries = Extracted.countries(
                "The U.S. Senate race in Georgia drew record spending. Voters in Georgia go to the polls on Tuesday.");
        assertEquals(Set.of("United States"), countries);
    }

    @Test
    void manchesterBesideAUsStateIsTheUsCity() {
        Set<String> countries = Extracted.countries(
                "Trump held a rally in Manchester on Monday, then flew to Iowa for two more stops.");
        assertEquals(Set.of("United States"), countries);
    }

    @Test
    void manchesterBesideLondonStaysInBritain() {
        Set<String> countries = Extracted.countries(
                "Fans in Manchester and London celebrated the win late into the night.");
        assertEquals(Set.of("United Kingdom"), countries);
    }

    @Test
    void aPlaceSpelledAsTheSurnameOfAPersonOfTheStoryIsThatPerson() {
        Set<String> countries = Extracted.countries("Laura Mendoza lost her son in 2015. \"Who gives these people the "
                + "right to defy American voters?\" Mendoza asked.");
        assertFalse(countries.contains("Argentina"), countries.toString());
    }

    @Test
    void aUsCountyNamedForAForeignPlaceNamesNoCountry() {
        Set<String> countries = Extracted.countries("Bergen County prosecutors said the suspect was arrested in Hackensack.");
        assertFalse(countries.contains("Norway"), countries.toString());
    }

    @Test
    void usaTodayNamesNoCountry() {
        Set<String> countries = Extracted.countries("The senator told USA TODAY on Monday that she would vote no.");
        assertFalse(countries.contains("United States"), countries.toString());
    }

    @Test
    void georgiaAfterAPartyTagIsTheUsState() {
        Set<String> countries = Extracted.countries("Rep. John Lewis, D-Georgia, said the march would go on.");
        assertFalse(countries.contains("Georgia"), countries.toString());
    }

    @Test
    void georgiaAfterATownAndACommaIsTheUsState() {
        Set<String> countries = Extracted.countries("Troops trained at Fort Benning, Georgia, before they deployed.");
        assertFalse(countries.contains("Georgia"), countries.toString());
    }

    @Test
    void georgiaAfterItsCapitalAndACommaStaysTheCountry() {
        Set<String> countries = Extracted.countries("Protesters gathered in Tbilisi, Georgia, against the new law.");
        assertTrue(countries.contains("Georgia"), countries.toString());
    }
}
