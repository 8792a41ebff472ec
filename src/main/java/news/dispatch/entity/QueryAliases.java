package news.dispatch.entity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import news.dispatch.entity.person.PersonName;
import news.dispatch.entity.person.PersonVariants;
import news.dispatch.entity.place.Country;
import news.dispatch.entity.place.CountryGazetteer;
import news.dispatch.entity.place.PlaceGazetteer;

/**
 * Groups of names that mean the same thing (Kiev/Kyiv, Zelensky/Zelenskyy), taken from the gazetteers, for
 * query-time synonyms. Only true equivalents: a country's name with its aliases ("Russian Federation", "UK");
 * a place with its spellings; a person's full name with its spellings, and the surname with transliterations
 * of it. Left out on purpose: demonyms and metonyms ("Russian" and "Kremlin" are not "Russia" in a query),
 * aliases listed in query-alias-exclusions.txt (the "US" alias would make the pronoun "us" match the United
 * States), and one-word person variants not sharing the surname's first four letters (the table maps the
 * typo "Schultz" to Olaf Scholz, but Schultz is also another family's name).
 */
public final class QueryAliases {
    private static final int SHARED_PREFIX = 4;
    private final List<List<String>> groups;

    private QueryAliases(List<List<String>> groups) {
        this.groups = List.copyOf(groups);
    }

    public static QueryAliases load() {
        Set<String> excluded = GazetteerFile.words("query-alias-exclusions.txt");
        List<List<String>> groups = new ArrayList<>();
        CountryGazetteer countries = CountryGazetteer.standard();
        for (Country c : countries.countries()) {
            add(groups, c.name(), countries.aliasesOf(c).stream().filter(a -> !excluded.contains(a)).toList());
        }
        PlaceGazetteer.standard().variants().forEach((name, variants) -> add(groups, name, variants));
        PersonVariants.standard().variantsOfCanonical().forEach((name, variants) -> {
            add(groups, name, variants.stream().filter(PersonName::isFull).toList());
            String surname = PersonName.surname(name);
            add(groups, surname, variants.stream().filter(v -> !PersonName.isFull(v) && sharesPrefix(v, surname)).toList());
        });
        return new QueryAliases(groups);
    }

    /** Each group lists spellings of one name, the preferred one first; single words or multi-word names. */
    public List<List<String>> groups() {
        return groups;
    }

    private static void add(List<List<String>> groups, String preferred, List<String> others) {
        Set<String> group = new LinkedHashSet<>();
        group.add(preferred);
        group.addAll(others);
        if (group.size() > 1) groups.add(List.copyOf(group));
    }

    private static boolean sharesPrefix(String a, String b) {
        return a.length() >= SHARED_PREFIX && b.length() >= SHARED_PREFIX
                && a.regionMatches(true, 0, b, 0, SHARED_PREFIX);
    }
}
