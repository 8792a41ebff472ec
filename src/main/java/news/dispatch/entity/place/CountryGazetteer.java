package news.dispatch.entity.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import news.dispatch.entity.GazetteerFile;

/** The countries of countries.tsv with every way of naming them. Immutable, shared by all threads. */
public final class CountryGazetteer {
    private static final String RESOURCE = "countries.tsv";
    private final Map<String, Country> byName = new LinkedHashMap<>();
    private final Map<String, Country> byCode = new LinkedHashMap<>();
    /** The modern country of each code that has one ({@link #current}), found once: the resolver asks per article. */
    private final Map<String, Country> currentByCode = new HashMap<>();
    private final List<CountryTerm> terms = new ArrayList<>();
    private final Map<Country, List<String>> aliases = new LinkedHashMap<>();

    private static final class Holder {
        static final CountryGazetteer INSTANCE = new CountryGazetteer();
    }

    private CountryGazetteer() {
        for (Map<String, String> row : GazetteerFile.tsv(RESOURCE)) {
            String name = row.get("name");
            String code = row.get("code");
            if (name == null || name.isEmpty() || code == null || code.isEmpty()) continue;
            Set<String> notes = new HashSet<>(List.of(row.getOrDefault("note", "").split("[\\s,;|]+")));
            Country country = new Country(name, code, Set.copyOf(notes));
            byName.putIfAbsent(name, country);
            byCode.putIfAbsent(code, country);
            terms.add(new CountryTerm(country, CountryTerm.Kind.NAME, name));
            List<String> a = GazetteerFile.list(row.get("aliases"));
            List<String> m = GazetteerFile.list(row.get("metonyms"));
            aliases.put(country, a);
            a.forEach(s -> terms.add(new CountryTerm(country, CountryTerm.Kind.ALIAS, s)));
            GazetteerFile.list(row.get("demonyms")).forEach(s -> terms.add(new CountryTerm(country, CountryTerm.Kind.DEMONYM, s)));
            m.forEach(s -> terms.add(new CountryTerm(country, CountryTerm.Kind.METONYM, s)));
        }
        for (Country c : byName.values()) {
            if (!c.notes().contains("historical")) currentByCode.putIfAbsent(c.code(), c);
        }
    }

    public static CountryGazetteer standard() {
        return Holder.INSTANCE;
    }

    public List<CountryTerm> terms() {
        return terms;
    }

    Optional<Country> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    Optional<Country> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The modern country of an alpha-2 code (West Germany shares DE with Germany; Germany is listed first). */
    Optional<Country> current(String code) {
        return Optional.ofNullable(currentByCode.get(code)).or(() -> byCode(code));
    }

    public List<String> aliasesOf(Country country) {
        return aliases.getOrDefault(country, List.of());
    }

    public Iterable<Country> countries() {
        return byName.values();
    }
}
