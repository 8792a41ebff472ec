package news.dispatch.entity.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * A two-word name is the one person of the index named by the same given name and surname with a spelled-out middle
 * name, when that person is named far more often: "Bridget Kelly" beside "Bridget Anne Kelly", "Alison Grimes"
 * beside "Alison Lundergan Grimes". Only in that direction and with a clear majority ({@link #MAJORITY} articles
 * and {@link #MAJORITY} times as many): where the short form is the more common one ("John Adams" beside "John
 * Quincy Adams") the middle name tells two persons apart and nothing joins, nor does it when two longer names
 * have that majority.
 */
final class MiddleNames {
    static final int MAJORITY = 5;

    private MiddleNames() {
    }

    /**
     * The given name and the surname's spelling key ({@link NameSpellings#surnameKey}): "Recep Erdogan" is the short
     * form of "Recep Tayyip Erdoğan".
     */
    private static String key(String given, String surname) {
        return given + " " + NameSpellings.surnameKey(surname);
    }

    /** Adds to {@code canonical} each short form of {@code articles} not already placed, and the person it is. */
    static void join(Map<String, Integer> articles, SortedMap<String, String> canonical) {
        Map<String, List<String>> longer = new HashMap<>();
        for (String name : articles.keySet()) {
            String[] w = PersonName.words(name);
            if (w.length < 3 || PersonNameGroups.withoutSuffix(name) != null || NameForms.isInitial(w[1])) continue;
            longer.computeIfAbsent(key(w[0], w[w.length - 1]), k -> new ArrayList<>()).add(name);
        }
        for (Map.Entry<String, Integer> e : articles.entrySet()) {
            String name = e.getKey();
            if (canonical.containsKey(name) || PersonName.words(name).length != 2 || !PersonName.isFull(name)) continue;
            String[] w = PersonName.words(name);
            List<String> found = longer.getOrDefault(key(w[0], w[1]), List.of()).stream()
                    .filter(l -> articles.get(l) >= Math.max(MAJORITY, MAJORITY * e.getValue()))
                    .map(l -> canonical.getOrDefault(l, l)).distinct().toList();
            if (found.size() != 1) continue;
            canonical.put(name, found.getFirst());
        }
    }
}
