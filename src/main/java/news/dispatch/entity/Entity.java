package news.dispatch.entity;

import java.util.List;

/**
 * A person or country found in one text, under its canonical name.
 *
 * @param name     canonical name ("Joe Biden", "Russia")
 * @param code     ISO 3166-1 alpha-2 code for countries ("RU"); null for persons
 * @param mentions every mention, in text order
 */
public record Entity(String name, String code, List<Mention> mentions) {
    public Entity {
        mentions = List.copyOf(mentions);
    }
}
