package news.dispatch.entity;

import java.util.List;

/** The persons and countries of one text: one entry per real-world person or country. */
public record Entities(List<Entity> persons, List<Entity> countries) {

    public static final Entities NONE = new Entities(List.of(), List.of());

    public Entities {
        persons = List.copyOf(persons);
        countries = List.copyOf(countries);
    }
}
