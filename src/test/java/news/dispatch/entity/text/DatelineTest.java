package news.dispatch.entity.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

import news.dispatch.entity.Entities;
import news.dispatch.entity.Extracted;

/** The place of a dateline gives its country, the region after it first. */
class DatelineTest {

    @Test
    void aUsCityDatelineGivesTheUnitedStates() {
        Entities e = Extracted.of("DEAN FOODS SEES STRONG EARNINGS\n\nCHICAGO, Feb 26 - Dean Foods Co expects earnings to rise.");
        assertEquals(Set.of("United States"), Extracted.names(e.countries()));
        assertEquals("CHICAGO", Extracted.country(e, "United States").mentions().getFirst().text());
    }

    @Test
    void aSmallTownIsPlacedByItsStateAbbreviation() {
        Entities e = Extracted.of("PENOBSCOT SHOE CO 1ST QTR NET\n\nOLD TOWN, Me., March 25 - Shr 69 cts vs six cts");
        assertEquals(Set.of("United States"), Extracted.names(e.countries()));
        assertEquals("dateline OLD TOWN, Me.", Extracted.country(e, "United States").mentions().getFirst().reason());
    }

    @Test
    void aStateAbbreviationAfterTheCityDecides() {
        assertEquals(Set.of("United States"),
                Extracted.countries("STEEL MAKER CUTS JOBS\n\nBIRMINGHAM, Ala., March 3 - The company said it would cut jobs."));
    }

    @Test
    void aCountryAfterTheCityAgreesWithIt() {
        assertEquals(Set.of("Georgia"),
                Extracted.countries("TBILISI, Georgia, Dec 3 (Reuters) - The government said talks would continue."));
    }

    @Test
    void aLineWithoutDateOrAgencyIsNoDateline() {
        assertEquals(List.of(), Dateline.find("London, he said - and then he left."));
    }

    @Test
    void capitalizedDatelinesAreReadInTitleCase() {
        assertEquals("St. Louis", TitleCase.of("ST. LOUIS"));
        assertEquals("Winston-Salem", TitleCase.of("WINSTON-SALEM"));
        assertEquals("Scarborough", TitleCase.of("Scarborough"));
        assertEquals("Howard Baker", TitleCase.of("HOWARD BAKER"));
    }
}
