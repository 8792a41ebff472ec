package news.dispatch.entity.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

import news.dispatch.entity.Entity;
import news.dispatch.entity.Mention;

/** A language's own word for a generic body name names the body of the article's country, as the English name does. */
class BodyWordsTest {
    private static List<String> names(List<Entity> found) {
        return found.stream().map(Entity::name).toList();
    }

    @Test
    void anInflectedRussianSupremeCourtIsTheSupremeCourtOfTheCountryTheArticleNames() {
        List<Entity> found = OrganizationNames.standard().find(
                "Верховный суд Пакистана оправдал христианку. Решение Верховного суда вызвало протесты.", "ru", List.of("PK"));
        assertEquals(List.of("Supreme Court of Pakistan"), names(found));
        assertEquals(List.of("Верховный суд", "Верховного суда"),
                found.getFirst().mentions().stream().map(Mention::text).toList());
        assertEquals("PK", found.getFirst().code());
    }

    @Test
    void aPolishSupremeCourtIsThatOfTheArticlesMostNamedCountry() {
        List<Entity> found = OrganizationNames.standard().find(
                "Sąd Najwyższy uchylił wyrok, a orzeczenie Sądu Najwyższego jest ostateczne.", "pl", List.of("PK", "GB"));
        assertEquals(List.of("Supreme Court of Pakistan"), names(found));
    }

    @Test
    void aSupremeCourtInAnArticleThatNamesNoCountryIsNoBody() {
        assertTrue(OrganizationNames.standard().find("Nejvyšší soud rozhodl ve prospěch žalobce.", "cs", List.of()).isEmpty());
    }

    @Test
    void aBulgarianDefiniteFormIsTheSameCourt() {
        List<Entity> found = OrganizationNames.standard().find("Върховният съд отмени присъдата.", "bg", List.of("PK"));
        assertEquals(List.of("Supreme Court of Pakistan"), names(found));
    }

    @Test
    void aCzechCongressIsTheCongressOfTheCountryTheArticleNames() {
        List<Entity> found = OrganizationNames.standard().find("Návrh nyní projedná americký kongres.", "cs", List.of("US"));
        assertEquals(List.of("United States Congress"), names(found));
    }

    @Test
    void aCourtNamedWithItsCountryAnswersToItsGenericNameWhereThatCountryIsNamed() {
        assertEquals(java.util.Optional.of("Supreme Court of Pakistan"),
                OrganizationGazetteer.standard().canonicalOf("Supreme Court", List.of("PK")));
    }
}
