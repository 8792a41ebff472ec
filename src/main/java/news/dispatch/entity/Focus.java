package news.dispatch.entity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What an article is about, among the entities it names: the countries of {@link CountryFocus}, and the persons
 * and organizations named in the lead (headline, dateline and first sentence), named at least
 * {@value CountryFocus#REPEATED} times, or the only one of their kind. The rest are mentioned in passing.
 */
public final class Focus {
    private Focus() {
    }

    /** The names of the entities {@code text} is about. */
    public static Set<String> about(String text, Entities entities) {
        Set<String> about = new LinkedHashSet<>();
        CountryFocus.of(text, entities.countries()).forEach(c -> about.add(c.name()));
        // AboutSets asks one kind at a time: the lead is only looked for when there are persons or organizations.
        if (entities.persons().isEmpty() && entities.organizations().isEmpty()) return about;
        int leadEnd = CountryFocus.leadEnd(text);
        for (List<Entity> kind : List.of(entities.persons(), entities.organizations())) {
            for (Entity e : kind) {
                if (kind.size() == 1 || e.mentions().size() >= CountryFocus.REPEATED
                        || (!e.mentions().isEmpty() && e.mentions().getFirst().start() < leadEnd)) {
                    about.add(e.name());
                }
            }
        }
        return about;
    }
}
