package news.dispatch.entity;

import java.util.List;

/**
 * A person, country or organization found in one text, under its canonical name.
 *
 * @param name     canonical name ("Joe Biden", "Russia")
 * @param code     ISO 3166-1 alpha-2 code for countries ("RU") and national bodies (the State Duma's "RU"); null for
 *                 persons and international organizations
 * @param mentions every mention, in text order
 */
public record Entity(String name, String code, List<Mention> mentions) {
    public Entity {
        mentions = List.copyOf(mentions);
    }
}
