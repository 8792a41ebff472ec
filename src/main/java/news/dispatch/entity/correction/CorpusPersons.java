package news.dispatch.entity.correction;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import news.dispatch.entity.person.PersonNameGroups;
import news.dispatch.entity.person.SlavicOnlyNames;
import news.dispatch.entity.person.SlavicPersons;

/**
 * The person names of a corpus read article by article, for the one-name-per-person step ({@link
 * EntityRules#forCorpus}) where the articles are not in a Lucene index of this process (a SolrCloud collection): each
 * extracted name with its number of articles, the suffixed names an article holds beside the name without the suffix
 * (father and son, two persons), and the names only Slavic-language articles hold. The embedded index reads the same
 * three from its postings; both feed the same rule. Not thread-safe.
 */
public final class CorpusPersons {
    private final Map<String, Integer> articles = new TreeMap<>();
    /** Suffixed names and the number of articles that name them beside the name without the suffix. */
    private final Map<String, Integer> besideBase = new TreeMap<>();
    private final SlavicOnlyNames.Builder slavicOnly = new SlavicOnlyNames.Builder();
    /** The articles (numbered as added) naming each name: for the real-name slips named beside their person. */
    private final Map<String, java.util.BitSet> articlesOf = new java.util.HashMap<>();
    private int added;

    /** One article's extracted person names (distinct) and its language (ISO 639-1, or null). */
    public void add(Collection<String> names, String language) {
        String slavic = language != null && SlavicPersons.LANGUAGES.contains(language) ? language : null;
        int article = added++;
        for (String name : names) {
            articles.merge(name, 1, Integer::sum);
            articlesOf.computeIfAbsent(name, k -> new java.util.BitSet()).set(article);
            String base = PersonNameGroups.withoutSuffix(name);
            if (base != null && names.contains(base)) besideBase.merge(name, 1, Integer::sum);
        }
        slavicOnly.article(names, slavic);
    }

    /** Each name with the number of articles holding it. */
    public Map<String, Integer> articles() {
        return java.util.Collections.unmodifiableMap(articles);
    }

    /** The user's rules and the automatic merges of these articles' names. */
    public EntityRules rules(List<EntityRule> user) {
        Set<String> twoPersons = new HashSet<>();
        besideBase.forEach((name, shared) -> {
            if (PersonNameGroups.fatherAndSon(name, articles.get(name), shared, articles.keySet())) twoPersons.add(name);
        });
        Set<String> slipsApart = new HashSet<>();
        PersonNameGroups.realNameSlips(articles).forEach((slip, person) -> {
            if (!articlesOf.get(slip).intersects(articlesOf.get(person))) slipsApart.add(slip);
        });
        return EntityRules.forCorpus(user, articles, twoPersons, slavicOnly.build(), slipsApart);
    }
}
