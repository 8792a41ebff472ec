package news.dispatch.entity.person;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import news.dispatch.entity.text.NameFold;

/**
 * A name of two words in Slavic articles only that a slip of the source's keyboard keeps apart from a person the
 * index names far more often: one word one letter off or two letters swapped (Doland Tusk, Eisham Ashiw, Кенни Якобс
 * "Kenni Akobs", Wilson Chowdrhy), or both words one letter off (Shabbaz Batti, Shahbaz Bhatti). Sound does not
 * catch them: a swap or a lost letter changes the consonants ({@link CrossScriptNameGroups} joins by sound).
 *
 * <p>A slip is rare and the person it misspells frequent, so the name joins only the one person named in
 * {@link #MAJORITY} times its articles (with every spelling that went to it); two persons' names this close both
 * named often (Ivana, Ivanka) stay apart. Never a feminine form (Jan/Jana, Kowalski/Kowalska: another person), and
 * words of four letters or more only (Jon, John).
 */
final class NameSlips {
    /** The person a slip goes to is named in this many times the slip's articles. */
    static final int MAJORITY = 5;
    private static final int MIN_LETTERS = 4;

    private NameSlips() {
    }

    /** One spelling of two words, folded, and the person it names. */
    private record Spelling(String given, String surname, String person) {
    }

    /**
     * @param articles   every person name of the index and the number of articles holding it
     * @param slavicOnly the names only articles in a Slavic language hold: the only ones that may be slips
     * @param out        each variant and the name it goes to so far: slips are added
     */
    static void join(Map<String, Integer> articles, Set<String> slavicOnly, SortedMap<String, String> out) {
        Map<String, Integer> personArticles = new HashMap<>();
        // Spellings by the first letters of both words (a slip of one letter keeps them, mostly), and by given name
        // (a slip may take the surname's first letter: Akobs, Jacobs).
        Map<String, List<Spelling>> byInitials = new HashMap<>();
        Map<String, List<Spelling>> byGiven = new HashMap<>();
        for (String name : new TreeSet<>(articles.keySet())) {
            String person = out.getOrDefault(name, name);
            personArticles.merge(person, articles.get(name), Integer::sum);
            for (String spelling : new TreeSet<>(List.of(name, person))) {
                String[] w = NameFold.fold(spelling).split(" ");
                if (w.length != 2 || w[0].isEmpty() || w[1].isEmpty()) continue;
                Spelling s = new Spelling(w[0], w[1], person);
                byInitials.computeIfAbsent(initials(w[0], w[1]), k -> new ArrayList<>()).add(s);
                byGiven.computeIfAbsent(plainI(w[0]), k -> new ArrayList<>()).add(s);
            }
        }
        Map<String, String> joined = new TreeMap<>();
        for (String name : new TreeSet<>(slavicOnly)) {
            if (out.containsKey(name) || !articles.containsKey(name)) continue;
            String[] w = NameFold.fold(name).split(" ");
            if (w.length != 2 || w[0].isEmpty() || w[1].isEmpty()) continue;
            Set<String> persons = new TreeSet<>();
            List<Spelling> candidates = new ArrayList<>(byInitials.getOrDefault(initials(w[0], w[1]), List.of()));
            candidates.addAll(byGiven.getOrDefault(plainI(w[0]), List.of()));
            for (Spelling s : candidates) {
                if (!s.person().equals(name) && slipOf(w[0], w[1], s)) persons.add(s.person());
            }
            String person = persons.size() == 1 ? persons.iterator().next() : null;
            if (person != null && personArticles.get(person) >= MAJORITY * articles.get(name)) joined.put(name, person);
        }
        joined.forEach((name, person) -> {
            out.put(name, person);
            out.replaceAll((variant, to) -> to.equals(name) ? person : to);
        });
    }

    private static String initials(String given, String surname) {
        return given.charAt(0) + " " + surname.charAt(0);
    }

    /** A final y is the i of a transliteration (Kenny, Кенни "Kenni"). */
    private static String plainI(String word) {
        return word.replaceFirst("y$", "i");
    }

    /** Both words a slip of the spelling's or the same, at least one a slip. */
    private static boolean slipOf(String given, String surname, Spelling s) {
        boolean sameGiven = plainI(given).equals(plainI(s.given()));
        boolean sameSurname = surname.equals(s.surname());
        if (sameGiven && sameSurname) return false;
        return (sameGiven || slip(given, s.given())) && (sameSurname || slip(surname, s.surname()));
    }

    /**
     * Two spellings of four letters or more one letter apart, or the same letters with the first in place (Doland,
     * Donald; Chowdrhy, Chowdhry); never a word and its feminine form (Jan, Jana; Kowalski, Kowalska).
     */
    static boolean slip(String a, String b) {
        if (Math.min(a.length(), b.length()) < MIN_LETTERS || a.equals(b)) return false;
        if (a.endsWith("a") != b.endsWith("a")) return false;
        if (PersonName.editDistance(plainI(a), plainI(b)) <= 1) return true;
        return a.charAt(0) == b.charAt(0) && sorted(a).equals(sorted(b));
    }

    private static String sorted(String word) {
        char[] letters = word.toCharArray();
        Arrays.sort(letters);
        return new String(letters);
    }
}
