package news.dispatch.entity.organization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import news.dispatch.entity.Entity;
import news.dispatch.entity.Mention;
import news.dispatch.entity.model.ModelSpan;

/**
 * Turns the model's ORGANIZATION spans (and PERSON spans that are a known organization: "Boko Haram", "Al
 * Qaeda") into one entity per organization per article, named by the gazetteer. An organization the gazetteer does
 * not know is no entity: a company or outlet counts only when listed, and a government named by its seat ("the
 * Kremlin") is a country metonym, not an organization. A national body carries its country's ISO code; its generic
 * names ("Supreme Court", "Congress") name it only where the article names its country.
 */
public final class OrganizationResolver {
    /** A leading article and a trailing possessive are not part of the name. */
    private static final Pattern TRIM = Pattern.compile("^(?:[Tt]he\\s+)?(.*?)(?:['’]s?)?$", Pattern.DOTALL);
    private final OrganizationGazetteer gazetteer;

    public OrganizationResolver(OrganizationGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The organizations of {@code spans}; {@code articleCountries}: the article's countries, most named first. */
    public List<Entity> resolve(String text, List<ModelSpan> spans, List<String> articleCountries) {
        Map<String, List<Mention>> byName = new LinkedHashMap<>();
        for (ModelSpan s : spans) {
            if (!s.isOrganization() && !s.isPerson() && !s.isLocation()) continue;
            find(text, s, articleCountries)
                    .ifPresent(f -> byName.computeIfAbsent(f.name, k -> new ArrayList<>()).add(f.mention));
        }
        return byName.entrySet().stream()
                .map(e -> new Entity(e.getKey(), gazetteer.countryOf(e.getKey()).orElse(null), e.getValue())).toList();
    }

    /** True for a name the gazetteer knows as an organization: never a person. */
    public boolean isOrganization(String name) {
        return gazetteer.canonicalOf(name).isPresent();
    }

    private record Found(String name, Mention mention) {
    }

    private Optional<Found> find(String text, ModelSpan s, List<String> articleCountries) {
        String surface = text.substring(s.start(), s.end());
        Matcher m = TRIM.matcher(surface);
        if (!m.matches()) return Optional.empty();
        String core = m.group(1).replaceAll("\\s+", " ");
        // A generic name only from a model ORGANIZATION span: "Congress" tagged PER is no body. A LOCATION span is
        // a body only by a name no place has: the model reads "Bundesrat" and "Knesset" as places.
        Optional<String> name = s.isOrganization() ? gazetteer.canonicalOf(core, articleCountries)
                : gazetteer.canonicalOf(core);
        boolean nationalBody = name.isPresent() && gazetteer.countryOf(name.get()).isPresent();
        if (s.isLocation() && (!nationalBody || OrganizationGazetteer.isAcronym(core))) return Optional.empty();
        if (name.isEmpty()) return Optional.empty();
        int start = s.start() + m.start(1);
        int end = s.start() + m.end(1);
        String reason = s.isOrganization() ? "model ORG + gazetteer"
                : s.isLocation() ? "model LOC, known national body" : "model PER, known organization";
        return Optional.of(new Found(name.get(), new Mention(start, end, text.substring(start, end), reason)));
    }
}
