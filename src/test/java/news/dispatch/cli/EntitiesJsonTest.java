package news.dispatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import news.dispatch.entity.Entities;
import news.dispatch.entity.Entity;
import news.dispatch.entity.Mention;
import org.junit.jupiter.api.Test;

/** What {@code extract} prints for each entity: organizations, whether a person is a facet value, "about". */
class EntitiesJsonTest {
    private static final String TEXT = "NATO meets\n\nNATO leaders met. Later, Baker said little.";

    private static JsonNode json() {
        Entity nato = new Entity("North Atlantic Treaty Organization", null, List.of(new Mention(0, 4, "NATO", "model ORG + gazetteer")));
        int baker = TEXT.indexOf("Baker");
        Entity lone = new Entity("Baker", null, List.of(new Mention(baker, baker + 5, "Baker", "model PER")));
        return EntitiesJson.of("a", TEXT, new Entities(List.of(lone), List.of(), List.of(nato)));
    }

    @Test
    void organizationsAreListedWithWhetherTheTextIsAboutThem() {
        JsonNode org = json().get("organizations").get(0);
        assertEquals("North Atlantic Treaty Organization", org.get("name").asText());
        assertTrue(org.get("about").asBoolean());
    }

    @Test
    void aLoneSurnameIsAPersonMentionButNoFacetValue() {
        JsonNode person = json().get("persons").get(0);
        assertFalse(person.get("facet").asBoolean());
        assertTrue(person.has("about"));
    }
}
