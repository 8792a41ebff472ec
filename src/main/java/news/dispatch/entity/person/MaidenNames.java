package news.dispatch.entity.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * A name with a maiden or family name in the middle ("Sarah Huckabee Sanders", "Ronna Romney McDaniel") and the same
 * name without it ("Sarah Sanders") are one person, whichever is named more: the middle word is a surname (another
 * person of the index carries it last, "Mike Huckabee") and no given name (no person of the index carries it first,
 * the name tables do not know it). A spelled-out middle given name keeps two persons apart ("John Quincy Adams" is not
 * "John Adams"; that is {@link MiddleNames}, with its majority), and so does a second longer name: with "Sarah
 * Huckabee Sanders" and "Sarah Jane Sanders" both present, "Sarah Sanders" stays. The rarer form joins the more
 * frequent one (on a tie, the longer), and so does the name before marriage ("Hillary Rodham" of "Hillary Rodham
 * Clinton") when no other name of the index goes on from it.
 */
final class MaidenNames {
    private MaidenNames() {
    }

    /** Adds to {@code canonical} each pair's rarer form not already placed, and the person it is. */
    static void join(Map<String, Integer> articles, SortedMap<String, String> canonical) {
        Set<String> given = new HashSet<>(NameForms.standard().givenNames());
        Set<String> surnames = new HashSet<>();
        Map<String, List<String>> longer = new HashMap<>();
        articles.forEach((name, count) -> {
            String[] w = PersonName.words(name);
            if (w.length < 2 || !PersonName.isFull(name)) return;
            if (count >= HalfSurnames.GIVEN_NAME_ARTICLES) given.add(w[0]);
            surnames.add(w[w.length - 1]);
            if (w.length == 3 && !NameForms.isInitial(w[1]) && PersonNameGroups.withoutSuffix(name) == null) {
                longer.computeIfAbsent(w[0] + " " + w[2], k -> new ArrayList<>()).add(name);
            }
        });
        Map<String, String> joined = new HashMap<>();
        // The given name and the maiden name alone ("Hillary Rodham" of "Hillary Rodham Clinton"), keyed the same way.
        Map<String, List<String>> maidenOnly = new HashMap<>();
        longer.values().forEach(names -> names.forEach(n -> {
            String[] w = PersonName.words(n);
            maidenOnly.computeIfAbsent(w[0] + " " + w[1], k -> new ArrayList<>()).add(n);
        }));
        longer.forEach((shortForm, names) -> {
            if (names.size() != 1 || !articles.containsKey(shortForm) || !PersonName.isFull(shortForm)) return;
            String full = names.getFirst();
            String middle = PersonName.words(full)[1];
            if (given.contains(middle) || !surnames.contains(middle)) return;
            boolean shortWins = articles.get(shortForm) > articles.get(full);
            String rare = shortWins ? full : shortForm;
            String common = shortWins ? shortForm : full;
            if (canonical.containsKey(rare) || canonical.containsKey(common)) return;
            joined.put(rare, common);
            // Her name before marriage is her too when no other name of the index goes on from it.
            String before = PersonName.words(full)[0] + " " + middle;
            if (articles.containsKey(before) && maidenOnly.get(before).size() == 1 && !canonical.containsKey(before)) {
                joined.put(before, common);
            }
        });
        // A form already placed on the rarer one ("Sara Huckabee Sanders") follows it.
        canonical.replaceAll((name, to) -> joined.getOrDefault(to, to));
        canonical.putAll(joined);
    }
}
