package news.dispatch.entity;

import java.util.List;

/** The persons, countries and organizations of one text: one entry per real-world person, country or body. */
public record Entities(List<Entity> persons, List<Entity> countries, List<Entity> organizations) {

    public static final Entities NONE = new Entities(List.of(), List.of(), List.of());

    public Entities {
        persons = List.copyOf(persons);
        countries = List.copyOf(countries);
        organizations = List.copyOf(organizations);
    }

    /** Persons and countries only (extractors that know no organizations). */
    public Entities(List<Entity> persons, List<Entity> countries) {
        this(persons, countries, List.of());
    }
}
