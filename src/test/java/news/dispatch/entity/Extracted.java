package news.dispatch.entity;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import news.dispatch.TestIndexes;

/** Test helper: the one shared extractor of the test JVM (TestIndexes') and readable views of its results. */
public final class Extracted {
    static final EntityExtractor EXTRACTOR = TestIndexes.extractor();

    private Extracted() {
    }

    public static Entities of(String text) {
        return EXTRACTOR.extract(text);
    }

    /** The persons a reader can filter by (full names and the table's one-name persons), as the facet shows them. */
    public static Set<String> persons(String text) {
        return personNames(of(text));
    }

    public static Set<String> personNames(Entities entities) {
        return entities.persons().stream().map(Entity::name).filter(NewsEntityExtractor::identifies)
                .collect(Collectors.toSet());
    }

    public static Set<String> countries(String text) {
        return names(of(text).countries());
    }

    public static Set<String> names(List<Entity> entities) {
        return entities.stream().map(Entity::name).collect(Collectors.toSet());
    }

    public static Entity person(Entities entities, String name) {
        return entities.persons().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no person " + name + " in " + entities.persons()));
    }

    public static Entity country(Entities entities, String name) {
        return entities.countries().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no country " + name + " in " + entities.countries()));
    }
}
