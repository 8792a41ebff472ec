package news.dispatch.measure.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** Articles as sets of the persons they name: the counts a reader would take from an index. */
    private static SharedArticles articles(List<Set<String>> articles) {
        return new SharedArticles() {
            @Override
            public int articles(String name) {
                return (int) articles.stream().filter(a -> a.contains(name)).count();
            }

            @Override
            public int shared(String a, String b) {
                return (int) articles.stream().filter(x -> x.contains(a) && x.contains(b)).count();
            }
        };
    }

    private static List<String> flagsOf(String name, Map<String, Integer> counts, SharedArticles shared) {
        return TopPersons.check(counts, 100, LOOKUP, shared).stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow().flags();
    }

    @Test
    void twoValuesNamedSideBySideAreShownTogether() {
        var shared = articles(List.of(Set.of("Kim Jong-un", "Kim Jong-il"), Set.of("Kim Jong-il"), Set.of("Kim Jong-un")));
        assertEquals(List.of("close surname to Kim Jong-il (2; together in 1, 1 of its own)"),
                flagsOf("Kim Jong-un", Map.of("Kim Jong-un", 2, "Kim Jong-il", 2), shared));
    }

    @Test
    void twoValuesNeverInOneArticleAreShownNeverTogether() {
        var shared = articles(List.of(Set.of("Cory Booker"), Set.of("Cory Booker"), Set.of("Corey Booker")));
        assertEquals(List.of("close given name to Corey Booker (1; never together, 1 of its own)"),
                flagsOf("Cory Booker", Map.of("Cory Booker", 2, "Corey Booker", 1), shared));
    }

    @Test
    void aValueOnlyEverBesideTheOtherHasNoArticleOfItsOwn() {
        var shared = articles(List.of(Set.of("Paul Ryan", "Paul Ryan Running"), Set.of("Paul Ryan")));
        assertEquals(List.of("words within Paul Ryan Running (1; no article of its own)"),
                flagsOf("Paul Ryan", Map.of("Paul Ryan", 2, "Paul Ryan Running", 1), shared));
    }
}
