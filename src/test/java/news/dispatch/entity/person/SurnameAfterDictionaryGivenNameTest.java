package news.dispatch.entity.person;

import static news.dispatch.entity.person.SlavicPersonsFound.mentions;
import static news.dispatch.entity.person.SlavicPersonsFound.only;
import static news.dispatch.entity.person.SlavicPersonsFound.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A surname that is also a Ukrainian common word stays a name after a given name the Ukrainian dictionary lists. */
class SurnameAfterDictionaryGivenNameTest {
    @Test
    void aSurnameThatIsACommonNounFollowsAGivenNameTheDictionaryLists() {
        assertEquals(List.of("Майк Пенс"), mentions(only(persons("Віцепрезидент США Майк Пенс 12 січня оголосив рішення.", "uk"))));
    }
}
