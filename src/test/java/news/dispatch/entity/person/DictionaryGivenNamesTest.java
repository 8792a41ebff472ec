package news.dispatch.entity.person;

import static news.dispatch.entity.person.SlavicPersonsFound.only;
import static news.dispatch.entity.person.SlavicPersonsFound.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A Ukrainian given name written in another case is named by its nominative in dict_uk. */
class DictionaryGivenNamesTest {
    @Test
    void aWomansGenitiveBeforeAnUndeclinedSurnameIsNamedByHerNominative() {
        String name = only(persons("За словами директорки управління Камілли Столтенберг, усі проходять огляд.", "uk")).name();
        assertEquals("Kamilla", name.split(" ")[0]);
    }

    @Test
    void aMansGenitiveIsNamedByHisNominativeNotByTheCutStem() {
        String name = only(persons("Слова міністра охорони здоров'я Дмитра Піневича цитує агенція.", "uk")).name();
        // Dmitro or Dmytro: the Latin spelling is not this rule's; the cut Dmitr is what it mends.
        assertTrue(name.split(" ")[0].matches("Dm[iy]tro"), name);
    }

    @Test
    void aGivenNameThatMayAlsoBeANominativeKeepsTheVoteOfItsSurnamesCase() {
        String name = only(persons("Як зауважив педіатр Пола Оффіта, вакцина безпечна.", "uk")).name();
        assertNotEquals("Pola", name.split(" ")[0]);
    }
}
