package news.dispatch.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Honorifics of world news before a name are not part of it (the titles of name-openers.tsv). */
class HonorificsTest {

    @Test
    void madamIsNotPartOfTheName() {
        assertEquals(Set.of("Ursula Owusu-Ekuful"), Extracted.persons("Minister Madam Ursula Owusu-Ekuful said on Monday that the plan would go ahead."));
    }

    @Test
    void sheikhIsNotPartOfTheName() {
        assertEquals(Set.of("Mishal Al-Ahmad Al-Jaber Al-Sabah"),
                Extracted.persons("The ruling was welcomed by Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah in Kuwait City."));
    }

    @Test
    void hisHighnessIsNotPartOfTheName() {
        assertEquals(Set.of("Sabah Al-Khaled Al-Hamad Al-Sabah"),
                Extracted.persons("His Highness Sabah Al-Khaled Al-Hamad Al-Sabah received the envoy on Sunday."));
    }
}
