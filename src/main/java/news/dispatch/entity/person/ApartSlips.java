package news.dispatch.entity.person;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/**
 * Near spellings that the name alone cannot call one person, so the index joins them only when no article names the
 * two together ({@link GivenNameSlips#joinRealNames}): a real given name one slip off ({@link GivenNameSlips}); a given
 * name of four letters or fewer one doubled or silent letter off ("Brett" / "Bret Baier", "Corey" / "Cory Booker",
 * "John" / "Jon Tester": too short for a typing slip, where "Jon" / "Jan" are two names); a four-letter surname the
 * same way or by a final "s" ("Todd Akins" / "Todd Akin"; a changed letter is another family: "Bob Dold" / "Bob
 * Dole"); a surname of {@link #LONG_SURNAME} letters or more two edits off ("George Papadopolous"). Each with the rest of the
 * name the same and the known spelling named in {@link #MAJORITY} articles and {@link #MAJORITY} times as many, the
 * one candidate.
 */
final class ApartSlips {
    static final int MAJORITY = 5;
    /** A surname this long two edits off is still one name; shorter ones are other persons' (Rubin / Rubio). */
    static final int LONG_SURNAME = 9;
    /** Letters English writes or drops without a sound: "John" / "Jon", "Corey" / "Cory". */
    private static final String SILENT = "he";

    private ApartSlips() {
    }

    /**
     * On a surname many families carry (common-surnames.txt), a near given name joins only a person named in this
     * many articles: there, a second person of that surname with a near real given name is likely ("Andrea Young" is
     * Andrew Young's daughter, "Scot Peterson" a deputy sheriff beside the murderer Scott Peterson, "Jon Anderson" no
     * "John Anderson"). Counted over all 60 real given-name and 31 short-name or surname near spellings the index
     * joined on AllSides parts 1-3 + the worldwide newswire: the 3 on a common surname whose person was in fewer
     * than 10 articles (5, 6, 6) were all another person; the 6 whose person was in more (Jesse Jackson 24, Kelli
     * Ward 17, William Burns 13, Matthew Miller 11, …) were all a slip.
     */
    static final int COMMON_SURNAME_MAJORITY = 2 * MAJORITY;

    /** Each name that is a near spelling of one far more frequent name, and that name. */
    static SortedMap<String, String> candidates(Map<String, Integer> articles) {
        SortedMap<String, String> found = new TreeMap<>(GivenNameSlips.slips(articles, true));
        nearByWord(articles, 0, ApartSlips::shortGivenNames).forEach(found::putIfAbsent);
        found.entrySet().removeIf(slip -> onCommonSurname(slip.getValue())
                && articles.get(slip.getValue()) < COMMON_SURNAME_MAJORITY);
        nearByWord(articles, -1, ApartSlips::shortOrLongSurnames).forEach(found::putIfAbsent);
        return found;
    }

    /** Surnames too common to tell a person by (common-surnames.txt, the extractor's list). */
    private static final class CommonSurnames {
        static final java.util.Set<String> ALL = java.util.Set.copyOf(news.dispatch.entity.GazetteerFile.words("common-surnames.txt"));
    }

    private static boolean onCommonSurname(String name) {
        String[] words = PersonName.words(name);
        return CommonSurnames.ALL.contains(words[words.length - 1]);
    }

    /**
     * Names whose word at {@code index} (-1: the last) is {@code near} that of one far more frequent name with every
     * other word the same.
     */
    private static SortedMap<String, String> nearByWord(Map<String, Integer> articles, int index,
                                                        BiPredicate<String, String> near) {
        Map<String, List<String>> byRest = new HashMap<>();
        for (String name : articles.keySet()) {
            String[] w = PersonName.words(name);
            if (w.length < 2) continue;
            byRest.computeIfAbsent(rest(w, index), k -> new ArrayList<>()).add(name);
        }
        SortedMap<String, String> found = new TreeMap<>();
        for (List<String> same : byRest.values()) {
            if (same.size() < 2) continue;
            for (String slip : same) {
                String word = word(PersonName.words(slip), index);
                String target = null;
                int candidates = 0;
                for (String known : same) {
                    if (known.equals(slip) || articles.get(known) < Math.max(MAJORITY, MAJORITY * articles.get(slip))) continue;
                    if (near.test(word, word(PersonName.words(known), index))) {
                        target = known;
                        candidates++;
                    }
                }
                if (candidates == 1) found.put(slip, target);
            }
        }
        return found;
    }

    private static String word(String[] words, int index) {
        return words[index < 0 ? words.length + index : index];
    }

    private static String rest(String[] words, int index) {
        int at = index < 0 ? words.length + index : index;
        List<String> rest = new ArrayList<>(Arrays.asList(words));
        rest.set(at, "*");
        return String.join(" ", rest);
    }

    /** Two given names of three to four letters (the shorter), one a doubled or silent letter longer. */
    static boolean shortGivenNames(String a, String b) {
        String shorter = a.length() < b.length() ? a : b;
        String longer = a.length() < b.length() ? b : a;
        return shorter.length() >= 3 && shorter.length() <= 4 && Character.isUpperCase(shorter.charAt(0))
                && Character.isUpperCase(longer.charAt(0)) && doubledOrSilent(shorter, longer);
    }

    /** Whether {@code longer} is {@code shorter} with one doubled or silent letter more, after the first. */
    private static boolean doubledOrSilent(String shorter, String longer) {
        if (longer.length() != shorter.length() + 1) return false;
        for (int i = 1; i < longer.length(); i++) {
            if (!(longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) continue;
            char c = Character.toLowerCase(longer.charAt(i));
            boolean doubled = Character.toLowerCase(longer.charAt(i - 1)) == c
                    || (i + 1 < longer.length() && Character.toLowerCase(longer.charAt(i + 1)) == c);
            if (doubled || SILENT.indexOf(c) >= 0) return true;
        }
        return false;
    }

    /**
     * A four-letter surname one doubled or silent letter or a final "s" off ("Akins" / "Akin", "Cohen" / "Cohn";
     * a changed letter is another family: "Dold" / "Dole", "Hull" / "Hill", "Mina" / "Mica"), or two surnames of
     * {@link #LONG_SURNAME} letters or more with the same first letter two edits apart.
     */
    static boolean shortOrLongSurnames(String a, String b) {
        if (!Character.isUpperCase(a.charAt(0)) || !Character.isUpperCase(b.charAt(0)) || a.charAt(0) != b.charAt(0)) return false;
        String shorter = a.length() < b.length() ? a : b;
        String longer = a.length() < b.length() ? b : a;
        if (shorter.length() == 4) return doubledOrSilent(shorter, longer) || longer.equals(shorter + "s");
        return shorter.length() >= LONG_SURNAME && PersonName.editDistance(a, b) == 2;
    }
}
