package news.dispatch.entity.person;

import java.util.Map;
import java.util.SortedMap;

/**
 * A two-word name that is a far more frequent person's written surname first ("Patrick Deval" for Deval Patrick,
 * a list sorted by surname with its comma lost) is that person: the reversed form in at least {@link #MAJORITY}
 * articles and {@link #MAJORITY} times as many. Two persons whose names are each other's reversed (Paul Rand, Rand
 * Paul) are seldom both named, and when both are, neither is that far ahead.
 */
final class ReversedNames {
    static final int MAJORITY = 5;

    private ReversedNames() {
    }

    /** Adds to {@code canonical} each reversed name of {@code articles} not already placed, and the person it is. */
    static void join(Map<String, Integer> articles, SortedMap<String, String> canonical) {
        for (Map.Entry<String, Integer> e : articles.entrySet()) {
            String[] words = PersonName.words(e.getKey());
            if (words.length != 2 || canonical.containsKey(e.getKey())) continue;
            String reversed = words[1] + " " + words[0];
            Integer known = articles.get(reversed);
            if (known == null || known < Math.max(MAJORITY, MAJORITY * e.getValue()) || !PersonName.isFull(reversed)) continue;
            canonical.put(e.getKey(), canonical.getOrDefault(reversed, reversed));
        }
    }
}
