package news.dispatch.entity.person;

import static news.dispatch.entity.person.SlavicPersonsFound.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import news.dispatch.entity.Entity;

/** Arabic honorifics that a Slavic dictionary lists as common nouns still open a person's name. */
class ArabicHonorificNamesTest {
    @Test
    void aPolishArticleKeepsHafizOpeningASentenceAsPartOfTheName() {
        List<Entity> found = persons("Hafiz Saeed, wpływowy islamista, wezwał do protestów.", "pl");
        assertEquals(List.of("Hafiz Saeed"), found.stream().map(Entity::name).toList());
    }

    @Test
    void anHonorificIsReadInAnyCase() {
        assertTrue(ArabicHonorificNames.honorific("Хафізом", "uk"));
        assertTrue(ArabicHonorificNames.honorific("Hafiza", "pl"));
    }

    @Test
    void aCommonWordThatIsNoHonorificStillEndsTheName() {
        assertFalse(ArabicHonorificNames.honorific("Wczoraj", "pl"));
    }
}
