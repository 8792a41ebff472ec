package news.dispatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import news.dispatch.entity.Entities;
import news.dispatch.entity.Entity;
import news.dispatch.entity.Mention;
import news.dispatch.entity.NewsEntityExtractor;
import news.dispatch.entity.about.About;
import news.dispatch.entity.organization.PublishingOutlet;

/**
 * The JSON shape of one extraction: {@code {"id", "persons": [{name, facet, about, mentions}], "countries": [{name,
 * code, about, mentions}], "organizations": [{name, about, mentions}]}}. A person with {@code "facet": false} is a mention the article
 * never completes ("Baker said…"): marked in the text, no facet value.
 */
public final class EntitiesJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EntitiesJson() {
    }

    /** The extraction of {@code text}; {@code "about"} says whether the text is about the entity ({@link About}). */
    public static ObjectNode of(String id, String text, Entities entities) {
        return of(id, text, entities, PublishingOutlet.NONE);
    }

    /** As {@link #of(String, String, Entities)}, the outlet that publishes the article not what it is about. */
    public static ObjectNode of(String id, String text, Entities entities, PublishingOutlet outlet) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", id);
        Set<String> about = About.names(text, entities, outlet);
        add(root.putArray("persons"), entities.persons(), Kind.PERSON, about);
        add(root.putArray("countries"), entities.countries(), Kind.COUNTRY, about);
        add(root.putArray("organizations"), entities.organizations(), Kind.ORGANIZATION, about);
        return root;
    }

    private enum Kind { PERSON, COUNTRY, ORGANIZATION }

    private static void add(ArrayNode array, List<Entity> entities, Kind kind, Set<String> about) {
        for (Entity e : entities) {
            ObjectNode node = array.addObject();
            node.put("name", e.name());
            if (kind == Kind.COUNTRY) node.put("code", e.code());
            if (kind == Kind.PERSON) node.put("facet", NewsEntityExtractor.identifies(e.name()));
            node.put("about", about.contains(e.name()));
            ArrayNode mentions = node.putArray("mentions");
            for (Mention m : e.mentions()) {
                mentions.addObject().put("start", m.start()).put("end", m.end()).put("text", m.text()).put("reason", m.reason());
            }
        }
    }
}
