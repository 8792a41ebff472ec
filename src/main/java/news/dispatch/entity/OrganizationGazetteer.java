package news.dispatch.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * organizations.tsv: canonical organization names with their acronyms, aliases and other languages' forms
 * (NATO / OTAN / North Atlantic Treaty Organization). Acronyms match as written ("WHO" but not "who"); longer
 * names also match whatever their case ("AL QAEDA", "al-Qaeda"). Read-only after loading.
 */
public final class OrganizationGazetteer {
    private final Map<String, String> exact = new HashMap<>();
    private final Map<String, List<String>> aliasesOf = new HashMap<>();
    private final Map<String, String> folded = new HashMap<>();

    private static final class Holder {
        static final OrganizationGazetteer INSTANCE = new OrganizationGazetteer();
    }

    private OrganizationGazetteer() {
        for (Map<String, String> row : GazetteerFile.tsv("organizations.tsv")) {
            String name = row.get("name");
            if (name == null || name.isEmpty()) continue;
            add(name, name);
            List<String> aliases = GazetteerFile.list(row.get("aliases"));
            aliases.forEach(alias -> add(alias, name));
            aliasesOf.put(name, aliases);
        }
    }

    public static OrganizationGazetteer standard() {
        return Holder.INSTANCE;
    }

    private void add(String alias, String name) {
        exact.putIfAbsent(alias, name);
        if (!isAcronym(alias)) folded.putIfAbsent(fold(alias), name);
    }

    /** Capitals, digits and dots only ("UN", "U.N.", "G7"): such a name matches only as written. */
    private static boolean isAcronym(String alias) {
        return alias.length() <= 6 && alias.chars().noneMatch(Character::isLowerCase);
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replace('-', ' ').replace("’", "'").replaceAll("\\s+", " ").strip();
    }

    /** The canonical organization a written name stands for, if the table knows it. */
    public Optional<String> canonicalOf(String written) {
        String name = exact.get(written);
        if (name == null) name = folded.get(fold(written));
        return Optional.ofNullable(name);
    }

    /** The listed aliases, acronyms and other languages' forms of a canonical name (none for a name not listed). */
    public List<String> aliasesOf(String canonical) {
        return aliasesOf.getOrDefault(canonical, List.of());
    }
}
