package news.dispatch.entity.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * A compound surname written without its given name ("Wasserman Schultz", "Blasey Ford", "Huckabee Sanders", "De
 * Blasio" opening a sentence) is the one person of the index named by a given name and that compound surname
 * ("Debbie Wasserman Schultz"). The extractor reads the first half of the surname as a given name, one article at a
 * time; the index can tell it is none: no person of the index carries it as a given name and the name tables do not
 * know it.
 *
 * <p>Built to avoid false joins: the full name has exactly one word more (a given name, not an initial: "W. Bush"
 * stays), it is named in at least {@link #MAJORITY} times as many articles as the half form (glued debris such as
 * "Landov Eduardo Munoz" is rarer than the name it holds), and it is the only such name ("El Bakraoui" names two
 * brothers and stays). Measured on AllSides parts 1–3 and the worldwide newswire (docs/entities.md).
 */
final class HalfSurnames {
    static final int MAJORITY = 2;
    /** A given name needs a person named by it in this many articles. */
    static final int GIVEN_NAME_ARTICLES = 5;

    private HalfSurnames() {
    }

    /** Adds to {@code canonical} each half surname of {@code articles} not already placed, and the person it is. */
    static void join(Map<String, Integer> articles, SortedMap<String, String> canonical) {
        Map<String, List<String>> byTail = new HashMap<>();
        for (String name : articles.keySet()) {
            String[] w = PersonName.words(name);
            if (w.length != 3 || NameForms.isInitial(w[0]) || PersonNameGroups.withoutSuffix(name) != null) continue;
            byTail.computeIfAbsent(tail(w[1], w[2]), k -> new ArrayList<>()).add(name);
        }
        Set<String> givenNames = givenNames(articles, byTail);
        for (Map.Entry<String, Integer> e : articles.entrySet()) {
            String half = e.getKey();
            String[] w = PersonName.words(half);
            if (w.length != 2 || canonical.containsKey(half) || givenNames.contains(w[0])
                    || !Character.isUpperCase(w[0].charAt(0)) || NameForms.isInitial(w[0])) continue;
            List<String> found = byTail.getOrDefault(tail(w[0], w[1]), List.of()).stream()
                    .filter(full -> articles.get(full) >= MAJORITY * e.getValue()).toList();
            if (found.size() != 1) continue;
            canonical.put(half, canonical.getOrDefault(found.getFirst(), found.getFirst()));
        }
    }

    /** The two last words, the first in lower case: "de Blasio" and "De Blasio" are one surname. */
    private static String tail(String first, String last) {
        return first.toLowerCase(Locale.ROOT) + " " + last;
    }

    /**
     * Given names the tables know, and first words of two-word persons named in {@link #GIVEN_NAME_ARTICLES} articles
     * that are no half of a longer name themselves ("Blasey Ford" makes no given name "Blasey").
     */
    private static Set<String> givenNames(Map<String, Integer> articles, Map<String, List<String>> byTail) {
        Set<String> given = new HashSet<>(NameForms.standard().givenNames());
        articles.forEach((name, count) -> {
            String[] w = PersonName.words(name);
            if (count < GIVEN_NAME_ARTICLES || w.length < 2 || !PersonName.isFull(name)) return;
            if (w.length == 2 && byTail.containsKey(tail(w[0], w[1]))) return;
            given.add(w[0]);
        });
        return given;
    }
}
