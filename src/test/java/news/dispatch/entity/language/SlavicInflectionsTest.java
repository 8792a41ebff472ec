package news.dispatch.entity.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The nominatives a Slavic name part may stand for, and the endings no nominative has. */
class SlavicInflectionsTest {
    @Test
    void aSoftSignBeforeACaseEndingIsNoNominativesLastLetter() {
        assertEquals(List.of("Канье", "Канья"), SlavicInflections.nominatives("Канье", "ru"));
    }

    @Test
    void aSoftSignBeforeACaseEndingKeepsTheNominativeInYa() {
        assertTrue(SlavicInflections.nominatives("Илью", "ru").contains("Илья"));
    }

    @Test
    void aUkrainianSurnameInImIsTheInstrumentalOfOneInOv() {
        assertTrue(SlavicInflections.nominatives("Лавровим", "uk").contains("Лавров"));
    }

    @Test
    void aUkrainianAdjectivalSurnameInImIsTheInstrumentalOfOneInYj() {
        assertEquals(List.of("Бродським", "Бродський"), SlavicInflections.nominatives("Бродським", "uk"));
    }

    @Test
    void aUkrainianGivenNameInYemIsAnInstrumental() {
        assertTrue(SlavicInflections.oblique("Сергієм", "uk"));
    }

    @Test
    void aUkrainianGivenNameInImIsNoObliqueCase() {
        assertFalse(SlavicInflections.oblique("Максим", "uk"));
    }

    @Test
    void aUkrainianInstrumentalInOmMayBeOfAMansNameInO() {
        assertTrue(SlavicInflections.nominatives("Михайлом", "uk").contains("Михайло"));
    }
}
