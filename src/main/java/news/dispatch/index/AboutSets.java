package news.dispatch.index;

import java.util.List;
import java.util.Set;

import news.dispatch.entity.Entities;
import news.dispatch.entity.Entity;
import news.dispatch.entity.about.About;
import news.dispatch.entity.organization.PublishingOutlet;

/**
 * The names an article is about, per entity dimension ({@link About}'s rule). Kept per dimension so that a person
 * and a country of the same name ("Jordan") are judged each by its own mentions.
 */
public record AboutSets(Set<String> persons, Set<String> countries, Set<String> organizations) {
    public static final AboutSets NONE = new AboutSets(Set.of(), Set.of(), Set.of());

    public AboutSets {
        // Names as the facets hold them (stripped).
        persons = stripped(persons);
        countries = stripped(countries);
        organizations = stripped(organizations);
    }

    /** What {@code text} (the extractor's text: title, blank line, body) is about among {@code entities}. */
    public static AboutSets of(String text, Entities entities) {
        return of(text, entities, PublishingOutlet.NONE);
    }

    /** As {@link #of(String, Entities)}, the publishing outlet's own name left out of the organizations. */
    public static AboutSets of(String text, Entities entities, PublishingOutlet outlet) {
        // About judges each kind by its own members only, so asking it one kind at a time is exact.
        return new AboutSets(
                About.names(text, new Entities(entities.persons(), List.of(), List.of())),
                About.names(text, new Entities(List.of(), entities.countries(), List.of())),
                About.names(text, new Entities(List.of(), List.of(), entities.organizations()), outlet));
    }

    private static Set<String> stripped(Set<String> names) {
        return names.stream().map(String::strip).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The about names of an entity dimension ({@link Schema#ENTITY_DIMS}). */
    public Set<String> of(String dim) {
        return switch (dim) {
            case Schema.PERSONS_DIM -> persons;
            case Schema.COUNTRIES_DIM -> countries;
            case Schema.ORGANIZATIONS_DIM -> organizations;
            default -> throw new IllegalArgumentException("no entity dimension: " + dim);
        };
    }

    public boolean isAbout(String dim, Entity entity) {
        return of(dim).contains(entity.name());
    }
}
