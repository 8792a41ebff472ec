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
import java.util.regex.Pattern;

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
        // How many names of the index carry each word: a typing slip makes a word no other name has.
        Map<String, Integer> wordCarriers = new HashMap<>();
        for (String name : articles.keySet()) {
            for (String word : new TreeSet<>(List.of(NameFold.fold(name).split(" ")))) wordCarriers.merge(word, 1, Integer::sum);
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
            else if (!joined.containsKey(name)) typingSlipOf(name, w, candidates, personArticles, wordCarriers, joined);
        }
        joined.forEach((name, person) -> {
            out.put(name, person);
            out.replaceAll((variant, to) -> to.equals(name) ? person : to);
        });
    }

    /**
     * A rare name whose surname is a typing slip of a person's with the same given name joins that person however
     * rarely the index names it (Eisham Ashiw, Eisham Ashiq; Wilson Chowdrhy, Wilson Chowdhry: one article each).
     * The evidence must be of typing, not of another family: one letter struck for its neighbour on the keyboard or
     * two letters after the first swapped ({@link #typingSlip}), the slipped surname a word no other name of the index
     * carries, and the person named in as many articles at least. Two such names slips of each other both ways go to
     * the one whose surname other names carry too (Ashiq of Ashiq Masih), else to the alphabetically first: the
     * result does not depend on order.
     */
    private static void typingSlipOf(String name, String[] w, List<Spelling> candidates, Map<String, Integer> personArticles,
                                     Map<String, Integer> wordCarriers, Map<String, String> joined) {
        if (wordCarriers.getOrDefault(w[1], 0) > 1) return;
        Set<String> persons = new TreeSet<>();
        for (Spelling s : candidates) {
            if (!s.person().equals(name) && w[0].equals(s.given()) && typingSlip(w[1], s.surname())) persons.add(s.person());
        }
        if (persons.size() != 1) return;
        String person = persons.iterator().next();
        int mine = personArticles.getOrDefault(name, 0);
        int theirs = personArticles.get(person);
        if (theirs < mine) return;
        if (theirs == mine) {
            String[] p = NameFold.fold(person).split(" ");
            if (wordCarriers.getOrDefault(p[p.length - 1], 0) <= 1 && person.compareTo(name) > 0) return;
        }
        joined.put(name, person);
    }

    /**
     * Two surnames of as many letters (four or more) that differ by one letter struck for its neighbour on a QWERTY
     * keyboard (Ashiw, Ashiq) or by two adjacent letters swapped after the first (Chowdrhy, Chowdhry).
     */
    static boolean typingSlip(String a, String b) {
        if (a.length() != b.length() || a.length() < MIN_LETTERS || a.equals(b)) return false;
        int first = -1;
        int last = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) == b.charAt(i)) continue;
            if (first < 0) first = i;
            last = i;
        }
        if (first == last) return KEYBOARD_NEIGHBOURS.getOrDefault(a.charAt(first), "").indexOf(b.charAt(first)) >= 0;
        return first > 0 && last == first + 1 && a.charAt(first) == b.charAt(last) && a.charAt(last) == b.charAt(first);
    }

    /** Each letter's neighbours in its row of a QWERTY keyboard: the keys a finger strikes for it by a slip. */
    private static final Map<Character, String> KEYBOARD_NEIGHBOURS = neighbours("qwertyuiop", "asdfghjkl", "zxcvbnm");

    private static Map<Character, String> neighbours(String... rows) {
        Map<Character, String> out = new HashMap<>();
        for (String row : rows) {
            for (int i = 0; i < row.length(); i++) {
                out.put(row.charAt(i), (i > 0 ? row.substring(i - 1, i) : "") + (i + 1 < row.length() ? row.substring(i + 1, i + 2) : ""));
            }
        }
        return Map.copyOf(out);
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
        return (sameGiven || slip(given, s.given()) || sameSurname && slipOfListedSpelling(given, s.given()))
                && (sameSurname || slip(surname, s.surname()));
    }

    /** A Polish "ie" after a consonant: the е of the Cyrillic spelling it writes. */
    private static final Pattern POLISH_IE = Pattern.compile("(?<=[^aeiouy])ie");

    /**
     * A given name one slip off a spelling the given-name table lists for the person's, as written or with a Polish
     * "ie" after a consonant read as the е of Cyrillic it writes (Siegiej, a slip of Siergiej: Сергей, Sergej,
     * Sergei): the person's name may be the table's spelling, not the one the slipped article's language writes.
     * Only beside the same surname, as a typing slip of one word is.
     */
    static boolean slipOfListedSpelling(String given, String known) {
        String read = POLISH_IE.matcher(given).replaceAll("e");
        for (String spelling : NameSpellings.standard().spellings(known)) {
            if (slip(given, spelling) || slip(read, spelling)) return true;
        }
        return false;
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
