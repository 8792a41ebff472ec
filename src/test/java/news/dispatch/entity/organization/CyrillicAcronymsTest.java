package news.dispatch.entity.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

import news.dispatch.entity.Entity;

/** A Latin acronym of the tables written letter for letter in Cyrillic. */
class CyrillicAcronymsTest {
    @Test
    void anAcronymTakesEachLettersCyrillicReadings() {
        assertEquals(List.of("ДУП", "ДЮП"), CyrillicAcronyms.of("DUP"));
        assertEquals(List.of("БРИКС", "БРІКС"), CyrillicAcronyms.of("BRICS"));
    }

    @Test
    void twoLettersDigitsAndDotsGiveNoCyrillicForm() {
        assertTrue(CyrillicAcronyms.of("AP").isEmpty());
        assertTrue(CyrillicAcronyms.of("G20").isEmpty());
        assertTrue(CyrillicAcronyms.of("U.N.").isEmpty());
    }

    @Test
    void aCyrillicAcronymOfAPartyNamesItWhereItsCountryIsNamed() {
        List<Entity> found = OrganizationNames.standard().find("Лидерът на ДЮП Арлийн Фостър заяви, че…", "bg", List.of("GB"));
        assertEquals(List.of("Democratic Unionist Party"), found.stream().map(Entity::name).toList());
        assertTrue(OrganizationNames.standard().find("Лидерът на ДЮП заяви, че…", "bg", List.of()).isEmpty());
    }
}
