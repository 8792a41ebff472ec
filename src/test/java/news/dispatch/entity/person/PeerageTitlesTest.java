package news.dispatch.entity.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The one peerage table serves both steps: its cues cue a person, its case forms name a peer. */
class PeerageTitlesTest {
    private static final PeerageTitles TITLES = PeerageTitles.standard();

    @Test
    void aCaseFormOfATitleNamesThePeerByTheEnglishTitle() {
        assertEquals("Lord", TITLES.titleByForm().get("lorda"));
        assertEquals("Lord", TITLES.titleByForm().get("лордом"));
    }

    @Test
    void aTitleWithoutFormsOnlyCuesAPerson() {
        assertTrue(TITLES.cues().contains("baron"));
        assertFalse(TITLES.titleByForm().containsKey("baron"));
    }

    @Test
    void theEnglishTitlesAreTheOnesWithForms() {
        assertEquals(List.of("Lord", "Lady"), TITLES.englishTitles());
    }
}
