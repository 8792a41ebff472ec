package news.dispatch.entity.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

import news.dispatch.entity.Extracted;
import news.dispatch.entity.Mention;

/** A scraped page's hover card (legal name + other stories' headlines + MORE) is no part of the article's prose. */
class HoverCardsTest {
    private static final String HILL_PARAGRAPH = "NBC News reported that Rosenstein won't leave until Robert Mueller Robert (Bob) Swan "
            + "MuellerSpeier says impeachment inquiry shows 'very strong case of bribery' by Trump Gowdy: I '100 percent' "
            + "still believe public congressional hearings are 'a circus' Comey: Mueller 'didn't succeed' MORE submits his final report.";

    @Test
    void theCardsHeadlinesNameNoPersonOfTheArticle() {
        // Rosenstein is the prose's own (a lone surname the names table knows); Speier, Gowdy and Comey are the card's.
        assertEquals(Set.of("Rod Rosenstein", "Robert Mueller"), Extracted.persons(HILL_PARAGRAPH));
    }

    @Test
    void theVisibleNameKeepsItsPlaceInTheText() {
        Mention mueller = Extracted.person(Extracted.of(HILL_PARAGRAPH), "Robert Mueller").mentions().getFirst();
        assertEquals("Robert Mueller", HILL_PARAGRAPH.substring(mueller.start(), mueller.end()));
    }

    @Test
    void aCardIsBlankedWithTheSameLength() {
        String text = "Senate Majority Leader Mitch McConnell Addison (Mitch) Mitchell McConnellSchumer: remarks 'most disturbing' MORE said.";
        String blanked = HoverCards.blank(text);
        assertEquals(text.length(), blanked.length());
        assertEquals("Senate Majority Leader Mitch McConnell", blanked.substring(0, blanked.indexOf("  ")));
        assertEquals(" said.", blanked.substring(blanked.lastIndexOf("  ") + 1));
    }

    @Test
    void proseWithMoreAndAGluedNameIsLeftAlone() {
        String text = "Mitch McConnell McConnellville's mayor, Ann Lee, spoke. MORE than 40 people attended.";
        assertEquals(text, HoverCards.blank(text));
    }
}
