package news.dispatch.entity.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import news.dispatch.entity.Entity;
import news.dispatch.entity.Mention;

/** The persons {@link SlavicPersons} finds in a text, read the way the Slavic person tests check them. */
final class SlavicPersonsFound {
    private SlavicPersonsFound() {
    }

    static List<Entity> persons(String text, String language) {
        return SlavicPersons.standard().find(text, language);
    }

    static Entity only(List<Entity> persons) {
        assertEquals(1, persons.size(), persons.toString());
        return persons.getFirst();
    }

    static List<String> mentions(Entity person) {
        return person.mentions().stream().map(Mention::text).toList();
    }

    /** The text names one person, under this name, by these mentions in text order. */
    static void assertOnePerson(String text, String language, String name, String... mentions) {
        Entity person = only(persons(text, language));
        assertEquals(name, person.name());
        assertEquals(List.of(mentions), mentions(person));
    }
}
