package news.dispatch.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The known ambiguities of country names, each decided on purpose, through the real extractor. */
class AmbiguityTest {

    @Test
    void georgiaBesideAtlantaIsTheUsState() {
        assertEquals(Set.of("United States"), Extracted.countries("Long lines formed at polling stations in Atlanta, Georgia on Tuesday."));
    }

    @Test
    void georgiaWithVotersAndARunoffIsTheUsState() {
        assertEquals(Set.of("United States"), Extracted.countries("Georgia voters return to the polls for the Senate runoff in December."));
    }

    @Test
    void georgiaWithTbilisiIsTheCountry() {
        Set<String> countries = Extracted.countries("Georgia's prime minister said in Tbilisi that Russian troops remain in South Ossetia.");
        assertTrue(countries.contains("Georgia"), countries.toString());
        assertFalse(countries.contains("United States"), countries.toString());
    }

    @Test
    void jordanAsAPersonsNameIsNoCountry() {
        Entities e = Extracted.of("Michael Jordan scored 38 points on Sunday. Jordan said the team played well.");
        assertEquals(Set.of(), Extracted.names(e.countries()));
        assertEquals(Set.of("Michael Jordan"), Extracted.personNames(e));
    }

    @Test
    void jordanTheKingdomIsACountry() {
        assertEquals(Set.of("Jordan"), Extracted.countries("Jordan closed its border crossing after clashes, officials in Amman said."));
    }

    @Test
    void chadAsAFirstNameIsNoCountry() {
        Entities e = Extracted.of("Chad Harris, a spokesman for the company, said profits would rise.");
        assertEquals(Set.of(), Extracted.names(e.countries()));
        assertEquals(Set.of("Chad Harris"), Extracted.personNames(e));
    }

    @Test
    void chadTheCountryIsACountry() {
        assertEquals(Set.of("Chad"), Extracted.countries("Rebels advanced on N'Djamena as Chad's army retreated, the government said."));
    }

    @Test
    void turkeyAndTurkiyeAreOneCountry() {
        Entities e = Extracted.of("Türkiye hosted the talks in Istanbul. Turkey has offered to mediate again.");
        assertEquals(Set.of("Turkey"), Extracted.names(e.countries()));
        assertEquals("TR", Extracted.country(e, "Turkey").code());
        assertEquals(3, Extracted.country(e, "Turkey").mentions().size());
    }

    @Test
    void nigerAndNigeriaStayTwoCountries() {
        Entities e = Extracted.of("Niger's junta closed the border with Nigeria, and Nigerian traders were stranded.");
        assertEquals(Set.of("Niger", "Nigeria"), Extracted.names(e.countries()));
        assertEquals("NE", Extracted.country(e, "Niger").code());
        assertEquals(1, Extracted.country(e, "Niger").mentions().size());
    }

    @Test
    void washingtonAsAnActorsNameIsNoCountry() {
        assertEquals(Set.of(), Extracted.countries("Denzel Washington won the award for best actor on Sunday night."));
    }

    @Test
    void washingtonAsAPresidentsNameIsNoCountry() {
        Entities e = Extracted.of("George Washington led the army for eight years before he retired to his farm.");
        assertEquals(Set.of(), Extracted.names(e.countries()));
        assertEquals(Set.of("George Washington"), Extracted.personNames(e));
    }

    @Test
    void washingtonAsTheGovernmentIsTheUnitedStates() {
        assertEquals(Set.of("United States"), Extracted.countries("Washington imposed new sanctions on Friday."));
    }

    @Test
    void theArchbishopOfCanterburyIsNoNewsAboutTheUnitedKingdom() {
        Entities e = Extracted.of("The Archbishop of Canterbury, Justin Welby, visited Bucha on Friday.");
        assertEquals(Set.of("Ukraine"), Extracted.names(e.countries()));
        assertEquals(Set.of("Justin Welby"), Extracted.personNames(e));
    }

    @Test
    void theSouthChinaSeaIsNoCountryByItself() {
        assertEquals(Set.of(), Extracted.countries("Warships sailed through the South China Sea on Monday."));
    }

    @Test
    void theTaiwanStraitIsNoNewsAboutTaiwanByItself() {
        assertEquals(Set.of(), Extracted.countries("A destroyer sailed through the Taiwan Strait on Monday."));
    }

    /**
     * Decision: a demonym inside an organization's name counts for the country ("Russian Orthodox Church" is a
     * Russian institution; a reader filtering on Russia expects it). See CountryResolver.
     */
    @Test
    void aDemonymInsideAnOrganizationsNameCountsForTheCountry() {
        assertEquals(Set.of("Russia"), Extracted.countries("The Russian Orthodox Church held a service on Sunday."));
    }

    @Test
    void moscowIdahoIsInTheUnitedStates() {
        assertEquals(Set.of("United States"), Extracted.countries("Police in Moscow, Idaho, said on Monday that the suspect was arrested."));
    }

    @Test
    void aPlaceOfTheGazetteerRollsUpToItsCountry() {
        Entities e = Extracted.of("Shelling hit Zaporizhzhia and Kherson overnight, officials said.");
        assertEquals(Set.of("Ukraine"), Extracted.names(e.countries()));
        assertEquals(List.of("Zaporizhzhia", "Kherson"),
                Extracted.country(e, "Ukraine").mentions().stream().map(Mention::text).toList());
    }
}
