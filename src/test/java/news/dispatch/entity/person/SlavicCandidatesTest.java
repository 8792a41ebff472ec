package news.dispatch.entity.person;

import static news.dispatch.entity.person.SlavicPersonsFound.only;
import static news.dispatch.entity.person.SlavicPersonsFound.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import news.dispatch.entity.Entity;

/** The runs of capitals that name a body, a place or a work and no person, and the persons beside them. */
class SlavicCandidatesTest {

    @Test
    void aMagazinesNameAfterTheWordForMagazineIsNoPerson() {
        assertEquals(List.of(), persons("Veliko packo je na njeno podobo vrgel esej v reviji Vanity Fair.", "sl"));
    }

    @Test
    void aTownOpenedByItsAdjectiveIsNoPerson() {
        assertEquals(List.of(), persons("Največ okužb so potrdili v občinah Murska Sobota in Ilirska Bistrica.", "sl"));
    }

    @Test
    void aGivenNameEndingInSkoIsStillAGivenName() {
        Entity simoniti = only(persons("Minister za kulturo Vasko Simoniti je predlog podprl.", "sl"));
        assertEquals("Vasko Simoniti", simoniti.name());
    }
}
