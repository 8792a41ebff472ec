package news.dispatch.entity.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import news.dispatch.entity.Entity;
import news.dispatch.entity.Mention;

/** Name parts the case endings must not be read off: Ukrainian -енко surnames and given names in -i. */
class SlavicUndeclinedNamesTest {
    private static Entity person(String text, String language, String mention) {
        return SlavicPersons.standard().find(text, language).stream()
                .filter(p -> p.mentions().stream().map(Mention::text).anyMatch(mention::equals))
                .findFirst().orElseThrow(() -> new AssertionError("no person mentioned as " + mention));
    }

    private static List<String> mentions(Entity person) {
        return person.mentions().stream().map(Mention::text).toList();
    }

    @Test
    void aUkrainianSurnameInEnkoIsNamedInEnkoFromItsCaseForms() {
        Entity person = person("Автор: Микола Капітоненко. Зустріч з Миколою Капітоненком відбулася вчора. "
                + "Капітоненко сказав, що угоди не буде.", "uk", "Миколою Капітоненком");
        assertEquals("Mikola Kapitonenko", person.name());
        assertEquals(List.of("Микола Капітоненко", "Миколою Капітоненком", "Капітоненко"), mentions(person));
    }

    @Test
    void aUkrainianSurnameInEnkoWrittenOnlyInTheInstrumentalKeepsItsO() {
        Entity person = person("Він зустрічався з послом у Лондоні Олександром Кравченком.", "uk", "Олександром Кравченком");
        assertEquals("Oleksandr Kravcenko", person.name());
    }

    @Test
    void aRussianSurnameInEnkoDeclinedAsUkrainianDeclinesItIsOneWithItsNominative() {
        Entity person = person("Посол России в Лондоне Александр Яковенко встретился с Бэнксом. Банкс встречался с Яковенком дважды.",
                "ru", "Яковенком");
        assertEquals(List.of("Александр Яковенко", "Яковенком"), mentions(person));
    }

    @Test
    void aCroatianGivenNameInIIsItsOwnNominative() {
        Entity person = person("Ministar zdravstva Vili Beroš najavio je nove mjere. S Berošem se sastao i Davor Božinović.",
                "hr", "Vili Beroš");
        assertEquals("Vili Beroš", person.name());
        assertEquals(List.of("Vili Beroš", "Berošem"), mentions(person));
    }

    @Test
    void aUkrainianGivenNameInIStaysAsWrittenAfterATitleInTheGenitive() {
        Entity person = person("За словами генерального директора Ryanair Кенні Джейкобса, компанія скоротить рейси.",
                "uk", "Кенні Джейкобса");
        assertEquals("Kenni", person.name().split(" ")[0]);
    }

    @Test
    void aSloveneGivenNameInIIsACaseOfTheNameInATheTablesKnow() {
        assertEquals("Kamala Harris", person("Predsednik je čestital Kamali Harris za zmago.", "sl", "Kamali Harris").name());
    }

    @Test
    void aSloveneGivenNameInJiIsACaseOfItsNameInJa() {
        assertEquals("Maja Gojković", person("Nagrado so podelili Maji Gojković iz Ljubljane.", "sl", "Maji Gojković").name());
    }
}
