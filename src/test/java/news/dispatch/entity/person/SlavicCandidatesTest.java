package news.dispatch.entity.person;

import static news.dispatch.entity.person.SlavicPersonsFound.assertOnePerson;
import static news.dispatch.entity.person.SlavicPersonsFound.only;
import static news.dispatch.entity.person.SlavicPersonsFound.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import news.dispatch.entity.Entity;

/** The runs of capitals that name a body, a place or a work and no person, and the persons beside them. */
class SlavicCandidatesTest {

    @Test
    void aNameAfterAnInstitutesWordIsTheInstitutesNotAPerson() {
        assertEquals(List.of(), persons("Maske je preveril Institut Jožef Stefan, cepiva pa Inštitut Paula Ehrlicha.",
                "sl"));
    }

    @Test
    void aNameInOneCaseAfterAUniversitysWordIsTheUniversitys() {
        assertEquals(List.of(), persons("Po podatkih ameriške univerze Johnsa Hopkinsa je okuženih več kot milijon.",
                "sl"));
    }

    @Test
    void aPersonAfterAUniversityNamedByItsPlaceIsStillAPerson() {
        assertOnePerson("Politologové, včetně odborníka Univerzity Karlovy Michala Romancova, to vidí jinak.", "cs",
                "Michal Romancov", "Michala Romancova");
    }

    @Test
    void aNameInAProfessorsCaseAfterTheUniversitysWordIsTheProfessor() {
        List<Entity> found = persons("Podle profesora z tamější univerzity Yuena Kwok-yunga zabere testování rok.", "cs");
        assertEquals(1, found.size());
    }

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
