package news.dispatch.entity.person;

import static news.dispatch.entity.person.SlavicPersonsFound.assertOnePerson;
import static news.dispatch.entity.person.SlavicPersonsFound.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import news.dispatch.entity.Entity;

/** Polish streets and bodies named after a person: the name in them names no person of the article. */
class NamedAfterPersonsTest {
    private static List<String> names(String text) {
        return persons(text, "pl").stream().map(Entity::name).toList();
    }

    @Test
    void aNameAfterTheAbbreviationOfStreetIsTheStreets() {
        assertTrue(names("Szczepienia prowadzi szpital przy ul. Piotra Skargi w Szczecinie.").isEmpty());
    }

    @Test
    void aNameAfterNamedAfterIsTheBodys() {
        assertTrue(names("Pacjent trafił do szpitala im. Jana Pawła II w Krakowie.").isEmpty());
    }

    @Test
    void aDeclinedNameAfterACapitalisedBodysNounIsTheBodys() {
        assertTrue(names("Instytut Roberta Kocha podał nowe dane.").isEmpty());
    }

    @Test
    void aNameInTheNominativeAfterABodysNounInLowerCaseIsAPerson() {
        assertOnePerson("Dyrektor szpitala Jan Kowalski zabrał głos.", "pl", "Jan Kowalski", "Jan Kowalski");
    }

    @Test
    void anAbbreviationWrittenWithACapitalIsAGivenName() {
        assertEquals(List.of("Al Gore"), names("Wczoraj Al Gore przegrał wybory."));
    }

    @Test
    void aQuotedEnglishNameWithAPossessiveInsideIsAPlacesNotAPersons() {
        assertTrue(names("Pierwsze głosy policzono w Hart's Location w stanie New Hampshire.").isEmpty());
    }
}
