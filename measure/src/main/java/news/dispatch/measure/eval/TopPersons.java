package news.dispatch.measure.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.dispatch.entity.person.NameLookup;

/**
 * The most frequent values of a persons facet with what looks wrong about each: a value the gazetteers know as
 * something else (organization, country, place, building, event, title), a value of one word, and two values that
 * look like one person (same name once initials and nicknames are dropped, one's words a subset of the other's,
 * or the same surname or given name with a close spelling of the other). Flags are leads to error classes, not verdicts.
 */
public final class TopPersons {
    /** One facet value, its article count and its flags. */
    public record Row(String name, int articles, List<String> flags) {
    }

    private TopPersons() {
    }

    /** The {@code top} most frequent of {@code counts} (name → articles), each with its flags against every counted name. */
    public static List<Row> check(Map<String, Integer> counts, int top, NameLookup lookup) {
        return check(counts, top, lookup, SharedArticles.NONE);
    }

    /**
     * As {@link #check(Map, int, NameLookup)}, each flag pairing two values followed by how they meet in {@code
     * shared}'s articles: "no article of its own" (every article naming the other names this one: a form of it or
     * debris), "never together" (each has its own articles and none names both: maybe one person written two ways,
     * check first), or "together in N" (likely two persons named side by side, such as a father and son).
     */
    public static List<Row> check(Map<String, Integer> counts, int top, NameLookup lookup, SharedArticles shared) {
        List<String> byCount = counts.keySet().stream()
                .sorted(Comparator.comparingInt((String n) -> -counts.get(n)).thenComparing(n -> n)).toList();
        Map<String, List<String>> byKey = new HashMap<>();
        Map<String, List<String>> byWord = new HashMap<>();
        for (String n : byCount) {
            byKey.computeIfAbsent(lookup.sameNameKey(n), k -> new ArrayList<>()).add(n);
            for (String w : words(n)) byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(n);
        }
        List<Row> rows = new ArrayList<>();
        for (String name : byCount.subList(0, Math.min(top, byCount.size()))) {
            List<String> flags = new ArrayList<>();
            lookup.notAPersonBecause(name).ifPresent(why -> flags.add("known as " + why));
            if (words(name).length < 2) flags.add("one word");
            for (String other : byKey.getOrDefault(lookup.sameNameKey(name), List.of())) {
                if (!other.equals(name)) flags.add("same name as " + other + " (" + counts.get(other) + meeting(name, other, shared) + ")");
            }
            String[] mine = words(name);
            Set<String> seen = new java.util.HashSet<>();
            for (String w : mine) {
                for (String other : byWord.getOrDefault(w, List.of())) {
                    if (other.equals(name) || !seen.add(other) || flags.stream().anyMatch(f -> f.contains(" " + other + " ("))) continue;
                    String why = related(mine, words(other));
                    if (why != null) flags.add(why + " " + other + " (" + counts.get(other) + meeting(name, other, shared) + ")");
                }
            }
            rows.add(new Row(name, counts.get(name), flags));
        }
        return rows;
    }

    /** Where they meet: the other value's own articles and the shared ones, or nothing when unknown. */
    private static String meeting(String name, String other, SharedArticles shared) {
        int both = shared.shared(name, other);
        int theirs = shared.articles(other);
        if (both < 0 || theirs < 0) return "";
        int own = theirs - both;
        if (own == 0) return "; no article of its own";
        return both == 0 ? "; never together, " + own + " of its own" : "; together in " + both + ", " + own + " of its own";
    }

    /** Flags of a row that pair it with another value, by how the two meet ({@link #meeting}). */
    static String kindOf(String flag) {
        if (flag.contains("; no article of its own")) return "no article of its own";
        if (flag.contains("; never together")) return "never together";
        if (flag.contains("; together in")) return "together";
        return null;
    }

    /** How two names sharing a word may be one person, or null. */
    private static String related(String[] a, String[] b) {
        Set<String> sa = new java.util.HashSet<>(List.of(a));
        Set<String> sb = new java.util.HashSet<>(List.of(b));
        if (sb.containsAll(sa) || sa.containsAll(sb)) return "words within";
        if (a.length >= 2 && b.length >= 2) {
            boolean sameSurname = a[a.length - 1].equals(b[b.length - 1]);
            boolean sameGiven = a[0].equals(b[0]);
            if (sameSurname && NameLookup.closeSpelling(a[0], b[0])) return "close given name to";
            if (sameGiven && NameLookup.closeSpelling(a[a.length - 1], b[b.length - 1])) return "close surname to";
        }
        return null;
    }

    private static String[] words(String name) {
        return name.strip().split("\\s+");
    }

    public static void print(List<Row> rows, PrintWriter out) {
        int rank = 0;
        long flagged = rows.stream().filter(r -> !r.flags().isEmpty()).count();
        for (Row r : rows) {
            out.printf("%4d %6d  %-40s %s%n", ++rank, r.articles(), r.name(), r.flags().isEmpty() ? "" : "<- " + String.join("; ", r.flags()));
        }
        out.printf("%d of the top %d flagged%n", flagged, rows.size());
        Map<String, Long> kinds = rows.stream().flatMap(r -> r.flags().stream()).map(TopPersons::kindOf)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.groupingBy(k -> k, java.util.TreeMap::new,
                        java.util.stream.Collectors.counting()));
        if (!kinds.isEmpty()) {
            out.printf("pairing flags: %d never together (maybe one person written two ways: check these first), %d"
                            + " together (likely two persons), %d with no article of their own (a form or debris of the value)%n",
                    kinds.getOrDefault("never together", 0L), kinds.getOrDefault("together", 0L),
                    kinds.getOrDefault("no article of its own", 0L));
        }
    }
}
