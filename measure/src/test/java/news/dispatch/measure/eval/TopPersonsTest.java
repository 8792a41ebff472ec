package news.dispatch.measure.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import news.dispatch.entity.person.NameLookup;
import org.junit.jupiter.api.Test;

/** The top-persons check flags values that look like no person or like another value; inline counts, no corpus. */
class TopPersonsTest {
    private static final NameLookup LOOKUP = new NameLookup();

    private static List<String> flagsOf(String name, Map<String, Integer> counts) {
        return TopPersons.check(counts, 100, LOOKUP).stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow().flags();
    }

    @Test
    void valuesComeMostFrequentFirst() {
        List<TopPersons.Row> rows = TopPersons.check(Map.of("Joe Biden", 3, "Olaf Scholz", 7), 1, LOOKUP);
        assertEquals("Olaf Scholz", rows.getFirst().name());
        assertEquals(1, rows.size());
    }

    @Test
    void aKnownOrganizationIsFlagged() {
        assertTrue(flagsOf("Boko Haram", Map.of("Boko Haram", 5)).stream().anyMatch(f -> f.startsWith("known as organization")));
    }

    @Test
    void aPlaceWordNameIsFlagged() {
        assertTrue(flagsOf("Capitol Hill", Map.of("Capitol Hill", 5)).stream().anyMatch(f -> f.startsWith("known as")));
    }

    @Test
    void aValueOfOneWordIsFlagged() {
        assertTrue(flagsOf("Suharto", Map.of("Suharto", 5)).contains("one word"));
    }

    @Test
    void aMiddleInitialMakesTwoValuesOnePerson() {
        assertTrue(flagsOf("John Boehner", Map.of("John Boehner", 9, "John A. Boehner", 2))
                .contains("same name as John A. Boehner (2)"));
    }

    @Test
    void aNicknameMakesTwoValuesOnePerson() {
        assertTrue(flagsOf("Christopher Stevens", Map.of("Christopher Stevens", 9, "Chris Stevens", 4))
                .contains("same name as Chris Stevens (4)"));
    }

    @Test
    void aCloseSpellingOfTheSurnameIsFlagged() {
        assertTrue(flagsOf("Volodymyr Zelensky", Map.of("Volodymyr Zelensky", 9, "Volodymyr Zelenskyy", 4))
                .contains("close surname to Volodymyr Zelenskyy (4)"));
    }

    @Test
    void aNameWithinAnotherIsFlagged() {
        assertTrue(flagsOf("Saddam Hussein", Map.of("Saddam Hussein", 9, "Saddam Hussein Tikriti", 4))
                .contains("words within Saddam Hussein Tikriti (4)"));
    }

    @Test
    void twoPersonsSharingOnlyASurnameAreNotFlagged() {
        assertEquals(List.of(), flagsOf("Hillary Clinton", Map.of("Hillary Clinton", 9, "Bill Clinton", 8)));
    }
}
