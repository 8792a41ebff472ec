package news.dispatch.entity.person;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import news.dispatch.entity.GazetteerFile;

/**
 * person-variants.tsv: canonical full names and their spellings ("Zelenskyy" → Volodymyr Zelensky), plus the
 * surnames of the canonical names, so that a lone "Scholz" in an article takes "Olaf Scholz".
 */
public final class PersonVariants {
    private final Map<String, String> canonicalOfVariant = new HashMap<>();
    private final Map<String, Set<String>> canonicalsOfSurname = new HashMap<>();
    private final Map<String, List<String>> variantsOfCanonical = new LinkedHashMap<>();

    private static final class Holder {
        static final PersonVariants INSTANCE = new PersonVariants();
    }

    private PersonVariants() {
        for (Map<String, String> row : GazetteerFile.tsv("person-variants.tsv")) {
            String name = row.get("name");
            if (name == null || name.isEmpty()) continue;
            List<String> variants = GazetteerFile.list(row.get("variants"));
            variantsOfCanonical.put(name, variants);
            canonicalOfVariant.put(name, name);
            variants.forEach(v -> canonicalOfVariant.putIfAbsent(v, name));
            canonicalsOfSurname.computeIfAbsent(PersonName.surname(name), k -> new HashSet<>()).add(name);
        }
    }

    public static PersonVariants standard() {
        return Holder.INSTANCE;
    }

    /** The canonical name of a spelling listed in the table (the canonical name itself included). */
    public Optional<String> canonicalOf(String name) {
        return Optional.ofNullable(canonicalOfVariant.get(name));
    }

    /** The one canonical name with this surname, if exactly one is listed. */
    public Optional<String> bySurname(String surname) {
        Set<String> names = canonicalsOfSurname.getOrDefault(surname, Set.of());
        return names.size() == 1 ? Optional.of(names.iterator().next()) : Optional.empty();
    }

    public Map<String, List<String>> variantsOfCanonical() {
        return variantsOfCanonical;
    }
}
