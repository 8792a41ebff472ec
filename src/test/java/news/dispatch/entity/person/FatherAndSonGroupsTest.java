package news.dispatch.entity.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Father and son of one name, whom the index-wide joins had put in one group, are two persons again. */
class FatherAndSonGroupsTest {
    @Test
    void theYoungerAndTheElderBushSplitFromThePlainName() {
        var groups = CrossScriptNameGroupsTest.slavic(Map.of("George W Bush", 9, "George Bush", 9, "Dzordz Bus", 15, "Dzordz Bus Mladsij", 3,
                "Dzordz Bus Starsij", 1, "H W Bush", 1, "W Bush", 1));
        assertEquals(null, groups.get("Dzordz Bus Mladsij"));
        assertEquals(null, groups.get("Dzordz Bus Starsij"));
        // The plain name may mean either: it keeps a group of its own.
        String plain = groups.getOrDefault("George Bush", "George Bush");
        assertEquals(plain, groups.getOrDefault("Dzordz Bus", "Dzordz Bus"));
        assertEquals(plain, groups.getOrDefault("W Bush", "W Bush"));
        assertEquals(false, Set.of("George W Bush", "H W Bush").contains(plain));
        assertEquals(null, groups.get("George W Bush"));
        assertEquals(null, groups.get("H W Bush"));
    }

    @Test
    void juniorAndSeniorOfOneNameAreTwoPersons() {
        var groups = CrossScriptNameGroupsTest.slavic(Map.of("Dzordz Bus", 15, "Dzordz Bus Jr.", 13, "Dzordz Bus Sr.", 2));
        assertEquals(null, groups.get("Dzordz Bus Jr."));
        assertEquals(null, groups.get("Dzordz Bus Sr."));
    }

    @Test
    void aMiddleInitialWithoutASecondGenerationJoinsThePlainName() {
        assertEquals(Map.of("George W Bush", "George Bush"), PersonNameGroups.canonicalNames(Map.of("George W Bush", 3, "George Bush", 9)));
    }
}
