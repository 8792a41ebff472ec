package news.dispatch.entity;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Full names this extractor has seen so far, by surname, so that a later article saying only "Nakasone" takes
 * "Yasuhiro Nakasone". Thread-safe. A surname shared by two known full names is left alone (ambiguous). The
 * result for a lone surname therefore depends on what was read before: acceptable for facets, and documented.
 */
final class KnownPersons {
    private static final int MAX_NAMES_PER_SURNAME = 4;
    private final ConcurrentHashMap<String, Set<String>> bySurname = new ConcurrentHashMap<>();

    void remember(String fullName) {
        if (!PersonName.isFull(fullName)) return;
        Set<String> names = bySurname.computeIfAbsent(PersonName.surname(fullName), k -> ConcurrentHashMap.newKeySet());
        if (names.size() < MAX_NAMES_PER_SURNAME) names.add(fullName);
    }

    Optional<String> bySurname(String surname) {
        Set<String> names = bySurname.get(surname);
        if (names == null || names.size() != 1) return Optional.empty();
        return names.stream().findFirst();
    }
}
