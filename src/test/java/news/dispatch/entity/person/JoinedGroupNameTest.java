package news.dispatch.entity.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The name a group joined across scripts takes. */
class JoinedGroupNameTest {
    @Test
    void aLatinSpellingWithTheSilentFinalEThatCyrillicLeavesOutNamesTheGroup() {
        SlavicOnlyNames slavic = new SlavicOnlyNames(Set.of("Theodor Roosevelt", "Theodore Roosevelt"), Set.of("Theodor Roosevelt"));
        assertEquals("Theodore Roosevelt", JoinedGroupName.of(List.of("Theodor Roosevelt", "Theodore Roosevelt"),
                Map.of("Theodor Roosevelt", 4, "Theodore Roosevelt", 1), slavic));
    }

    @Test
    void aLatinCaseFormInEStillNeverNamesTheGroup() {
        SlavicOnlyNames slavic = new SlavicOnlyNames(Set.of("Jeremy Corbyn", "Jeremy Corbyne"), Set.of());
        assertEquals("Jeremy Corbyn", JoinedGroupName.of(List.of("Jeremy Corbyn", "Jeremy Corbyne"),
                Map.of("Jeremy Corbyn", 1, "Jeremy Corbyne", 4), slavic));
    }
}
