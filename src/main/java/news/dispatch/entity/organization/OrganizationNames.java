package news.dispatch.entity.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import news.dispatch.entity.Entity;
import news.dispatch.entity.GazetteerFile;
import news.dispatch.entity.Mention;
import news.dispatch.entity.language.InflectedNames;
import news.dispatch.entity.language.WordForms;

/**
 * The organizations of organizations.tsv and government-bodies.tsv found in a text of any language by their names and aliases, whichever
 * language they are listed in, inflected by the text's language ({@link WordForms}: "Европейския съюз", "Unii
 * Europejskiej"); acronyms as written (ЕС, UE, NATO). Without a model to propose spans, a name counts wherever it
 * is written. Built once per language on first use; thread-safe.
 */
public final class OrganizationNames {
    private final Map<String, InflectedNames<String>> byLanguage = new ConcurrentHashMap<>();

    private static final class Holder {
        static final OrganizationNames INSTANCE = new OrganizationNames();
    }

    public static OrganizationNames standard() {
        return Holder.INSTANCE;
    }

    /** The organizations {@code text} names, one entity each, in order of first mention. */
    public List<Entity> find(String text, String language) {
        Map<String, List<Mention>> byName = new java.util.LinkedHashMap<>();
        for (InflectedNames.NameMatch<String> hit : byLanguage.computeIfAbsent(language, OrganizationNames::build).find(text)) {
            byName.computeIfAbsent(hit.value(), k -> new ArrayList<>()).add(new Mention(hit.start(), hit.end(),
                    text.substring(hit.start(), hit.end()), "organization name " + hit.name() + " (" + language + ")"));
        }
        return byName.entrySet().stream().map(e -> new Entity(e.getKey(),
                OrganizationGazetteer.standard().countryOf(e.getKey()).orElse(null), e.getValue())).toList();
    }

    private static InflectedNames<String> build(String language) {
        InflectedNames<String> names = new InflectedNames<>(WordForms.of(language));
        for (Map<String, String> row : GazetteerFile.tsv("organizations.tsv")) {
            String name = row.get("name");
            if (name == null || name.isEmpty()) continue;
            names.add(name, name);
            GazetteerFile.list(row.get("aliases")).forEach(alias -> names.add(alias, name));
        }
        // Government bodies by the names that identify them anywhere; a generic name ("Supreme Court") needs the
        // article's countries, which this finder does not weigh.
        for (GovernmentBody body : GovernmentBody.all()) {
            if (!body.contextAliases().contains(body.name())) names.add(body.name(), body.name());
            body.aliases().forEach(alias -> names.add(alias, body.name()));
        }
        return names;
    }
}
