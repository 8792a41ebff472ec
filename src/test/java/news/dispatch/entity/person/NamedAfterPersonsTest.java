package news.dispatch.entity.person;

import static news.dispatch.entity.person.SlavicPersonsFound.assertOnePerson;
import static news.dispatch.entity.person.SlavicPersonsFound.mentions;
import static news.dispatch.entity.person.SlavicPersonsFound.only;
import static news.dispatch.entity.person.SlavicPersonsFound.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import news.dispatch.entity.Entity;

/** Airports, institutes, squares and streets named after a person: the name in them names no person of the article. */
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

    @Test
    void aCroatianAirportAndCityNamedAfterAPersonAreNoPersons() {
        assertEquals(List.of(), persons("Let je kasnio u Zračnoj luci Franje Tuđmana, a putnici su iz Zračne luke "
                + "Franjo Tuđman krenuli autobusom prema Slavonskom Brodu.", "hr"));
    }

    @Test
    void aSlovakAirportNamedAfterAPersonIsNoPersonButItsSpokesmanIs() {
        List<Entity> found = persons("Lietadlo pristálo na Letisku M. R. Štefánika v Bratislave. Hovorca letiska "
                + "Ivan Kováč povedal, že na letisku Milana Rastislava Štefánika čakali cestujúci hodinu.", "sk");
        assertEquals(List.of("Ivan Kováč"), found.stream().map(Entity::name).toList());
    }

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
    void aRussianNameAfterImeniNamesTheInstituteNotThePerson() {
        assertEquals(List.of(), persons("Вакцину разработал НИЦЭМ им. Н. Ф. Гамалеи, а данные собрал Институт имени "
                + "Роберта Коха.", "ru"));
    }

    @Test
    void aRussianNameAfterImeniAndATitleNamesTheInstitute() {
        assertEquals(List.of(), persons("Вакцина разработана центром имени академика Н.Ф.Гамалеи в Москве.", "ru"));
    }

    @Test
    void aRussianNameAfterOtImeniOnBehalfOfStaysAPerson() {
        assertEquals(List.of("Joe Biden"), persons("Письмо направили от имени Джо Байдена.", "ru").stream()
                .map(Entity::name).toList());
    }

    @Test
    void aPersonNamedBesideAnInstituteNamedAfterHimKeepsHisOtherMentions() {
        List<Entity> found = persons("Директор Фонда имени Франклина Рузвельта напомнил, что Франклин Рузвельт "
                + "избирался четыре раза.", "ru");
        assertEquals(List.of("Франклин Рузвельт"), mentions(only(found)));
    }
}
