package news.dispatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import news.dispatch.entity.Entities;
import news.dispatch.entity.Entity;
import news.dispatch.entity.Mention;

/** The JSON shape of one extraction: {@code {"id", "persons": [{name, mentions}], "countries": [{name, code, mentions}]}}. */
public final class EntitiesJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EntitiesJson() {
    }

    public static ObjectNode of(String id, Entities entities) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", id);
        add(root.putArray("persons"), entities.persons(), false);
        add(root.putArray("countries"), entities.countries(), true);
        return root;
    }

    private static void add(ArrayNode array, List<Entity> entities, boolean withCode) {
        for (Entity e : entities) {
            ObjectNode node = array.addObject();
            node.put("name", e.name());
            if (withCode) node.put("code", e.code());
            ArrayNode mentions = node.putArray("mentions");
            for (Mention m : e.mentions()) {
                mentions.addObject().put("start", m.start()).put("end", m.end()).put("text", m.text()).put("reason", m.reason());
            }
        }
    }
}
