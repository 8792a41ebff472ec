package news.dispatch.entity.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.regex.Pattern;

/**
 * A name of initials and a surname whose initials are the last ones of one far more frequent name with that surname
 * is that person with a leading initial or given name lost: "R. McMaster" ("H. R. McMaster" split by the model) is
 * H.R. McMaster, "H.W. Bush" is George H. W. Bush. Only with exactly one such name, named in at least {@link
 * #MAJORITY} articles and {@link #MAJORITY} times as many: "W. Bush" fits both George W. Bush and George H. W. Bush
 * and joins neither.
 */
final class TrailingInitials {
    static final int MAJORITY = 5;
    /** Initials written together or apart: "H.R.", "H. W.", "R". */
    private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.)+|\\p{Lu}");

    private TrailingInitials() {
    }

    /** Adds to {@code canonical} each initials-only name not already placed, and the person it is. */
    static void join(Map<String, Integer> articles, SortedMap<String, String> canonical) {
        Map<String, List<String>> bySurname = new HashMap<>();
        for (String name : articles.keySet()) {
            String[] w = PersonName.words(name);
            if (w.length >= 2 && PersonName.isFull(name)) bySurname.computeIfAbsent(w[w.length - 1], k -> new ArrayList<>()).add(name);
        }
        Map<String, String> joined = new HashMap<>();
        articles.forEach((name, count) -> {
            String[] w = PersonName.words(name);
            if (w.length < 2 || canonical.containsKey(name)) return;
            String letters = initialsBeforeSurname(w, 0);
            if (letters == null) return;
            String found = null;
            int candidates = 0;
            for (String other : bySurname.getOrDefault(w[w.length - 1], List.of())) {
                if (other.equals(name) || articles.get(other) < Math.max(MAJORITY, MAJORITY * count)) continue;
                String[] o = PersonName.words(other);
                String theirs = trailingInitials(o);
                if (theirs.length() > letters.length() && theirs.endsWith(letters)) {
                    found = other;
                    candidates++;
                }
            }
            if (candidates == 1) joined.put(name, canonical.getOrDefault(found, found));
        });
        // A form already placed on the joined one ("R McMaster" on "R. McMaster") follows it.
        canonical.replaceAll((name, to) -> joined.getOrDefault(to, to));
        canonical.putAll(joined);
    }

    /** The letters of the words from {@code from} to the surname when all are initials, or null. */
    private static String initialsBeforeSurname(String[] words, int from) {
        StringBuilder letters = new StringBuilder();
        for (int i = from; i < words.length - 1; i++) {
            if (!INITIALS.matcher(words[i]).matches()) return null;
            letters.append(words[i].replace(".", ""));
        }
        return letters.isEmpty() ? null : letters.toString();
    }

    /** The letters of the initials just before the surname, and of a first given name's initial before them. */
    private static String trailingInitials(String[] words) {
        StringBuilder letters = new StringBuilder();
        int i = words.length - 2;
        while (i >= 0 && INITIALS.matcher(words[i]).matches()) letters.insert(0, words[i--].replace(".", ""));
        if (i >= 0 && !letters.isEmpty()) letters.insert(0, Character.toUpperCase(words[i].charAt(0)));
        return letters.toString();
    }
}
