package news.dispatch.entity.person;

import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

import news.dispatch.entity.text.NameFold;

/**
 * What the joins of part of a name share ({@link LoneSurnames}, {@link LoneGivenNames}, {@link ShortForms},
 * {@link SlavicGluedWords}): a Slavic article's part of a name goes to a person only when that person stands out by
 * far, and its join is written so that every variant names a final person. One rule for all of them, so that they
 * weigh the index's evidence alike.
 */
final class PartialNameJoins {
    /** A lone word goes to a person named in this many times the articles of any other it may name. */
    static final int LONE_MAJORITY = 5;

    /** One-word places of the English tables, folded (Dublin, Sindh): no part of a person's name. */
    static final Set<String> PLACES = news.dispatch.entity.place.PlaceGazetteer.standard().curated().keySet().stream()
            .filter(n -> !n.contains(" ")).map(NameFold::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private PartialNameJoins() {
    }

    /**
     * The one person of these, or the one named in {@link #LONE_MAJORITY} times the articles of each other (Jeremy
     * Corbyn in 35, "May Corbyn" of a slip in 2): a surname alone in a Slavic article names the person the index
     * names so far more often, not a boundary slip. Null when none stands out.
     */
    static String dominant(Set<String> persons, Map<String, Integer> articles) {
        if (persons.size() == 1) return persons.iterator().next();
        String best = null;
        for (String p : persons) if (best == null || articles.getOrDefault(p, 0) > articles.getOrDefault(best, 0)) best = p;
        for (String p : persons) {
            if (!p.equals(best) && articles.getOrDefault(best, 0) < LONE_MAJORITY * Math.max(1, articles.getOrDefault(p, 0))) return null;
        }
        return best;
    }

    /**
     * The articles of each person (final names of {@code out}): the sum over all its spellings, the name itself and
     * every variant that went to it (an article holding two spellings counts twice). A person's weight against a
     * rival is all the articles that name it: Saif Muluk as so spelt and as Saiful Mulook, Sajful Muluk … against
     * "Vcera Muluk" (Вчера Мулук, "yesterday Muluk") of 3 articles.
     */
    static Map<String, Integer> articlesOfPersons(Map<String, Integer> articles, Map<String, String> out) {
        Map<String, Integer> persons = new java.util.HashMap<>();
        articles.forEach((name, n) -> persons.merge(out.getOrDefault(name, name), n, Integer::sum));
        return persons;
    }

    /**
     * The persons (final names of {@code out}) that some Slavic article names in full: the only ones a lone word of a
     * Slavic article may name. On a mixed index a lone "Charles", "Teresa" or "Radi" of the Slavic articles (Prince
     * Charles, Theresa May, a word) would otherwise take the one English-only person with that word (Natasha
     * Charles, Mother Teresa, Bassam Radi).
     */
    static Set<String> namedInFull(SlavicOnlyNames slavic, Map<String, String> out) {
        Set<String> persons = new java.util.HashSet<>();
        for (String name : slavic.inSlavicArticles()) {
            if (name.contains(" ")) persons.add(out.getOrDefault(name, name));
        }
        return persons;
    }

    /**
     * Each group of {@code joined} (a name and the variants that went to it) goes to its person; a person that is
     * itself joined on (A to B, B to C) is followed to the end, so every variant names a final value.
     */
    static void joinInto(SortedMap<String, String> out, Map<String, String> joined) {
        joined.forEach((group, person) -> {
            String end = person;
            for (int hops = 0; joined.containsKey(end) && hops < joined.size(); hops++) end = joined.get(end);
            String target = end;
            out.put(group, target);
            out.replaceAll((variant, to) -> to.equals(group) ? target : to);
        });
    }
}
