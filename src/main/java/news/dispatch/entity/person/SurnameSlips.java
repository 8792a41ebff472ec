package news.dispatch.entity.person;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Slips of the surname across the index, the step of {@link PersonNameGroups} after the generational suffixes: a
 * typing slip is rare beside the spelling it slips from, so it joins a far more frequent name one letter off. The
 * bounds on the surnames ({@link #oneSlipApart}) are the given name's too ({@link GivenNameSlips}).
 */
final class SurnameSlips {
    /** A slip needs the known spelling in at least this many articles, and this many times the slip's. */
    private static final int SLIP_MAJORITY = 5;
    /** Shorter surnames are too often other persons' at one letter's distance (Reid/Reed, Akin/Akins). */
    private static final int SLIP_MIN_SURNAME = 5;
    /**
     * A slip is a one-off: a surname one letter off written so in more articles than this is written on purpose,
     * another person's ("James Comer" in 4 articles beside James Comey, "James Risen" in 5 beside James Rosen, "Michael
     * McFaul" in 8 beside Michael McCaul); two neighbours swapped stay a typing slip however often ("Reince Preibus",
     * 5). Counted over all the surname slips the rule joined on AllSides parts 1-3 + the worldwide newswire (about
     * 150): the 3 one-letter slips named in more than 3 articles were all another person, and none of the rest was.
     */
    private static final int SLIP_MAX_ARTICLES = 3;

    private SurnameSlips() {
    }

    /**
     * A surname one letter off (or two letters swapped) a far more frequent name with the same given and middle
     * names joins it: "David Petreaus", "Reince Preibus", "Rahm Emanual", "Bob Shieffer" in a US corpus. Only when
     * that name is the one candidate, and not for names the grouping already placed.
     *
     * @param canonical each variant and the name it goes to so far: slips are added
     */
    static void join(Map<String, Integer> articles, SortedMap<String, String> canonical) {
        Map<String, List<String>> byFirstWords = new HashMap<>();
        for (String name : articles.keySet()) {
            String[] w = PersonName.words(name);
            if (w.length < 2) continue;
            byFirstWords.computeIfAbsent(String.join(" ", Arrays.copyOf(w, w.length - 1)), k -> new ArrayList<>()).add(name);
        }
        for (List<String> same : byFirstWords.values()) {
            if (same.size() < 2) continue;
            for (String slip : same) {
                if (canonical.containsKey(slip)) continue;
                boolean oneOff = articles.get(slip) <= SLIP_MAX_ARTICLES;
                String found = null;
                int candidates = 0;
                for (String known : same) {
                    if (known.equals(slip) || articles.get(known) < Math.max(SLIP_MAJORITY, SLIP_MAJORITY * articles.get(slip))) continue;
                    String surname = PersonName.surname(slip);
                    String knownSurname = PersonName.surname(known);
                    if (oneSlipApart(surname, knownSurname) && (oneOff || swapped(surname, knownSurname))) {
                        found = known;
                        candidates++;
                    }
                }
                if (candidates == 1) canonical.put(slip, canonical.getOrDefault(found, found));
            }
        }
    }

    /** One letter added, dropped or changed, or two neighbours swapped; both surnames long enough to tell. */
    static boolean oneSlipApart(String a, String b) {
        if (Math.min(a.length(), b.length()) < SLIP_MIN_SURNAME || !Character.isUpperCase(a.charAt(0))
                || Character.toLowerCase(a.charAt(0)) != Character.toLowerCase(b.charAt(0))) return false;
        return PersonName.editDistance(a, b) == 1 || swapped(a, b);
    }

    /** Two neighbouring letters swapped, the rest the same: a typing slip rather than another family's name. */
    private static boolean swapped(String a, String b) {
        if (a.length() != b.length()) return false;
        int first = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) == b.charAt(i)) continue;
            if (first >= 0) return i == first + 1 && a.charAt(first) == b.charAt(i) && a.charAt(i) == b.charAt(first)
                    && a.substring(i + 1).equals(b.substring(i + 1));
            first = i;
        }
        return false;
    }
}
