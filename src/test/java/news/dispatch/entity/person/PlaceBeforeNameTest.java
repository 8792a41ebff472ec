package news.dispatch.entity.person;

import static news.dispatch.entity.person.SlavicPersonsFound.persons;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import news.dispatch.entity.Entity;

/** A Ukrainian place or thing glued before a person's name is no given name of it. */
class PlaceBeforeNameTest {
    @Test
    void aStateInAnObliqueCaseBeforeASurnameInTheNominativeIsNoGivenName() {
        assertTrue(PlaceBeforeName.placeBefore("Пенсільванії", "Трамп", "uk"));
    }

    @Test
    void aNounBeforeItsPossessorInTheGenitiveIsNoGivenName() {
        assertTrue(PlaceBeforeName.placeBefore("Перемога", "Байдена", "uk"));
    }

    @Test
    void anAdjectiveBeforeAPlaceIsNoGivenName() {
        assertTrue(PlaceBeforeName.placeBefore("Нижній", "Рейн", "uk"));
    }

    @Test
    void aWomansGivenNameThatIsAlsoAPlaceStaysAGivenName() {
        assertFalse(PlaceBeforeName.placeBefore("Азія", "Бібі", "uk"));
        assertFalse(PlaceBeforeName.placeBefore("Азії", "Бібі", "uk"));
    }

    @Test
    void anIndeclinablePlaceMayAgreeWithTheNameAndStays() {
        assertFalse(PlaceBeforeName.placeBefore("Мілуокі", "Байден", "uk"));
    }

    @Test
    void aStateBeforeASurnameInAnArticleLeavesTheSurnameItsPerson() {
        for (Entity p : persons("Без Джорджії та Пенсільванії Трамп не зможе набрати 270 голосів. Дональд Трамп заперечує.", "uk")) {
            assertFalse(p.name().contains("Pensil"), p.name());
        }
    }
}
