package news.dispatch.entity.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A group of spellings ({@link PersonNameGroups}' groups by spelling, before the join across scripts) named by a
 * spelling only Cyrillic articles write, when a Latin-script article writes one of its members: the group takes the
 * name {@link JoinedGroupName} gives it, which puts a spelling read off Cyrillic after a Latin one. The groups by
 * spelling are named by the variant in most articles, whatever its script, so Кен Пакстон in two Russian articles
 * named the Czech and Slovene articles' Ken Paxton "Ken Pakston" (Марк Кели: Mark Kelly; Теодор Рузвельт: Theodore
 * Roosevelt). The canonical names of person-variants.tsv stay: they are how English coverage writes the person.
 */
final class LatinGroupNames {
    private LatinGroupNames() {
    }

    /**
     * @param articles  every person name of the index and the number of articles holding it
     * @param canonical each variant and the name of its group: renamed where a Latin member names the group
     * @param slavic    the names only Slavic articles hold, and of those the ones only Cyrillic articles hold
     * @return the groups with their names
     */
    static SortedMap<String, String> rename(Map<String, Integer> articles, SortedMap<String, String> canonical,
                                            SlavicOnlyNames slavic) {
        Set<String> listed = PersonVariants.standard().variantsOfCanonical().keySet();
        Map<String, List<String>> members = new TreeMap<>();
        canonical.forEach((variant, group) -> {
            if (slavic.fromCyrillic().contains(group) && !listed.contains(group)) {
                members.computeIfAbsent(group, g -> new ArrayList<>(List.of(g))).add(variant);
            }
        });
        Map<String, String> renamed = new TreeMap<>();
        members.forEach((group, names) -> {
            if (!names.stream().allMatch(slavic.fromCyrillic()::contains)) {
                String name = JoinedGroupName.of(names, articles, slavic);
                if (!name.equals(group) && articles.containsKey(name)) renamed.put(group, name);
            }
        });
        if (renamed.isEmpty()) return canonical;
        SortedMap<String, String> out = new TreeMap<>();
        canonical.forEach((variant, group) -> {
            String name = renamed.getOrDefault(group, group);
            if (!variant.equals(name)) out.put(variant, name);
        });
        renamed.forEach(out::put);
        return out;
    }
}
