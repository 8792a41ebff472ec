package news.dispatch.entity.about;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import news.dispatch.entity.Entities;
import news.dispatch.entity.Entity;
import news.dispatch.entity.organization.OrganizationGazetteer;
import news.dispatch.entity.organization.PublishingOutlet;
import news.dispatch.entity.text.Credits;

/**
 * What an article is about, among the entities it names: the countries of {@link AboutCountries}, and the persons
 * and organizations named in the lead (headline, dateline and first sentence), named at least
 * {@value AboutCountries#REPEATED} times, or the only one of their kind. The rest are mentioned in passing. A
 * mention in a credit ("(Reuters) -", "AP Photo/Alex Brandon", "Editing by …") counts for none of that.
 */
public final class About {
    private About() {
    }

    /** The names of the entities {@code text} is about. */
    public static Set<String> names(String text, Entities entities) {
        return names(text, entities, PublishingOutlet.NONE);
    }

    /**
     * The names of the entities {@code text} is about, the outlet that publishes it left out: Fox News on
     * foxnews.com is where the story ran (a mention), not its subject.
     */
    public static Set<String> names(String text, Entities entities, PublishingOutlet outlet) {
        Set<String> about = new LinkedHashSet<>();
        AboutCountries.of(text, entities.countries()).forEach(c -> about.add(c.name()));
        // AboutSets asks one kind at a time: the lead is only looked for when there are persons or organizations.
        if (entities.persons().isEmpty() && entities.organizations().isEmpty()) return about;
        int leadEnd = AboutCountries.leadEnd(text);
        for (List<Entity> kind : List.of(entities.persons(), entities.organizations())) {
            // As AboutCountries leaves out currencies: an entity named only in credits is not one of its kind here.
            List<Entity> named = kind.stream().map(e -> withoutCredits(text, e)).filter(e -> !e.mentions().isEmpty()).toList();
            for (Entity e : named) {
                if (kind == entities.organizations() && outlet.names(e.name())) continue;
                // An outlet cited once as the source of a report ("The Associated Press notes …") is where the words
                // came from, not the subject, even as the article's only organization: it needs the lead or repetition.
                boolean sole = named.size() == 1
                        && !(kind == entities.organizations() && OrganizationGazetteer.standard().isOutlet(e.name()));
                if (sole || e.mentions().size() >= AboutCountries.REPEATED || e.mentions().getFirst().start() < leadEnd) {
                    about.add(e.name());
                }
            }
        }
        return about;
    }

    /** The mentions of {@code e} in the story itself, not in a credit for its words or pictures. */
    private static Entity withoutCredits(String text, Entity e) {
        return new Entity(e.name(), e.code(), e.mentions().stream().filter(m -> !Credits.isCredit(text, m)).toList());
    }
}
