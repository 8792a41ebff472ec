package news.dispatch.entity.person;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * A given name one typing slip off a far more frequent person's, with the rest of the name the same, is that person
 * ("Dzhokar Tsarnaev", "Vladamir Putin", "Juilán Castro"): when the slipped given name is no real name. A given name
 * another person of the index carries, or one the name tables know (nicknames.tsv, given-name-variants.tsv, and the
 * Latin name parts of Wikidata's persons in cyrillic-name-parts.tsv), is a real name, and the two are likely two
 * persons of one family ("Ivana Trump" beside "Ivanka Trump", "Malik Obama" beside "Malia Obama"); those stay
 * apart, and a known misspelling of a real name ("Lindsay Graham") is the variants table's to join.
 *
 * <p>The same bounds as the surname's slips ({@link SurnameSlips}): the known name in at least {@link
 * #MAJORITY} articles and {@link #MAJORITY} times the slip's, exactly one candidate, given names of five letters
 * or more that start alike, and only for names the grouping has not placed.
 */
final class GivenNameSlips {
    static final int MAJORITY = 5;

    private GivenNameSlips() {
    }

    /** Given names and name parts the tables know, folded ({@link #fold}). */
    private static final class RealNames {
        static final java.util.Set<String> ALL = load();

        private static java.util.Set<String> load() {
            java.util.Set<String> names = new java.util.HashSet<>();
            NameForms.standard().givenNames().forEach(n -> names.add(fold(n)));
            for (Map<String, String> row : UkrainianGivenNames.withNameParts()) {
                names.add(fold(row.get("latin")));
            }
            return java.util.Set.copyOf(names);
        }
    }

    private static String fold(String word) {
        return java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT);
    }

    /** Adds to {@code canonical} each given-name slip of {@code articles} and the person it is. */
    static void join(Map<String, Integer> articles, SortedMap<String, String> canonical) {
        slips(articles, false).forEach((slip, known) -> {
            if (!canonical.containsKey(slip)) canonical.put(slip, canonical.getOrDefault(known, known));
        });
    }

    /**
     * Adds to {@code canonical} each slip that is a real name (see {@link #join(Map, SortedMap)}) in {@code apart}: no
     * article names it beside the person ({@link #realNameSlips}). Two persons of one family are named together
     * (Ivana and Ivanka Trump); one person written two ways is not ("Corey Booker" in 4 articles, "Cory Booker" in
     * 300, none naming both).
     */
    static void joinRealNames(Map<String, Integer> articles, SortedMap<String, String> canonical, java.util.Set<String> apart) {
        Map<String, String> joined = new HashMap<>();
        ApartSlips.candidates(articles).forEach((slip, known) -> {
            if (apart.contains(slip) && !canonical.containsKey(slip)) joined.put(slip, canonical.getOrDefault(known, known));
        });
        // A form already placed on the slip ("Allison Grimes" on "Allison Lundergan Grimes") follows it.
        canonical.replaceAll((name, to) -> joined.getOrDefault(to, to));
        canonical.putAll(joined);
    }

    /**
     * Each slip and the one far more frequent name it is one slip off: of given names no table or other person knows
     * ({@code realNames} false), or of real names ({@code realNames} true, joined only when never named beside it).
     */
    static SortedMap<String, String> slips(Map<String, Integer> articles, boolean realNames) {
        Map<String, List<String>> byRest = new HashMap<>();
        Map<String, Integer> carriers = new HashMap<>();
        for (String name : articles.keySet()) {
            String[] w = PersonName.words(name);
            if (w.length < 2) continue;
            byRest.computeIfAbsent(String.join(" ", Arrays.copyOfRange(w, 1, w.length)), k -> new ArrayList<>()).add(name);
            carriers.merge(w[0], 1, Integer::sum);
        }
        SortedMap<String, String> found = new java.util.TreeMap<>();
        for (List<String> same : byRest.values()) {
            if (same.size() < 2) continue;
            for (String slip : same) {
                String given = PersonName.words(slip)[0];
                boolean real = carriers.get(given) > 1 || RealNames.ALL.contains(fold(given));
                if (real != realNames) continue;
                String target = null;
                int candidates = 0;
                for (String known : same) {
                    if (known.equals(slip) || articles.get(known) < Math.max(MAJORITY, MAJORITY * articles.get(slip))) continue;
                    if (SurnameSlips.oneSlipApart(given, PersonName.words(known)[0])) {
                        target = known;
                        candidates++;
                    }
                }
                if (candidates == 1) found.put(slip, target);
            }
        }
        return found;
    }
}
