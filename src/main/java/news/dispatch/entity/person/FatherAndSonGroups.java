package news.dispatch.entity.person;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import news.dispatch.entity.GazetteerFile;
import news.dispatch.entity.text.NameFold;

/**
 * Father and son of one name kept apart after the index-wide joins ({@link PersonNameGroups}): a group whose
 * spellings name two generations — a son's word and a father's (Jr. and Sr., Буш-младший and Буш-старший:
 * generation-words.tsv), or two middle initials, one ending the other (George W. Bush, H. W. Bush) — is the two
 * persons and the name without either mark. Each joins on sound, short forms and lone words had put them in one
 * group ("Dzordz Bus", George Bush, George W. Bush, H W Bush …), so a filter on the son returned the father's
 * articles. The group splits three ways: the son's spellings (the younger, the shorter initials), the father's
 * (the elder, the longer initials), and the rest, which a name without a mark may mean either of and so keeps the
 * group's name. A group without both marks is left as it is: a lone initial or suffix is no second person.
 */
final class FatherAndSonGroups {
    private enum Generation { SON, FATHER, EITHER }

    private static final Map<String, Generation> WORDS = new HashMap<>();

    static {
        for (Map<String, String> row : GazetteerFile.tsv("generation-words.tsv")) {
            WORDS.put(row.get("word"), Generation.valueOf(row.get("generation").toUpperCase(Locale.ROOT)));
        }
    }

    private FatherAndSonGroups() {
    }

    /**
     * @param articles every person name of the index and the number of articles holding it
     * @param out      each variant and the name of its group: groups of two generations are split in place
     */
    static void split(Map<String, Integer> articles, SortedMap<String, String> out) {
        Map<String, List<String>> members = new TreeMap<>();
        for (String name : articles.keySet()) members.computeIfAbsent(out.getOrDefault(name, name), k -> new ArrayList<>()).add(name);
        for (Map.Entry<String, List<String>> group : members.entrySet()) {
            if (group.getValue().size() < 2) continue;
            Map<String, Generation> generations = generations(group.getValue());
            if (!generations.containsValue(Generation.SON) || !generations.containsValue(Generation.FATHER)) continue;
            for (Generation g : Generation.values()) {
                List<String> names = group.getValue().stream().filter(n -> generations.get(n) == g).toList();
                if (names.isEmpty()) continue;
                String name = g == Generation.EITHER && names.contains(group.getKey()) ? group.getKey() : preferred(names, articles);
                for (String n : names) {
                    if (n.equals(name)) out.remove(n);
                    else out.put(n, name);
                }
            }
        }
    }

    /** Each spelling's generation: by its generation word, else by its middle initials against the others'. */
    private static Map<String, Generation> generations(List<String> names) {
        Map<String, String> initials = new HashMap<>();
        for (String name : names) initials.put(name, initials(name));
        Map<String, Generation> out = new HashMap<>();
        for (String name : names) {
            Generation byWord = WORDS.get(lastWord(name));
            if (byWord != null) {
                out.put(name, byWord);
                continue;
            }
            String mine = initials.get(name);
            Generation g = Generation.EITHER;
            for (String other : initials.values()) {
                if (mine.isEmpty() || other.isEmpty() || mine.equals(other)) continue;
                if (other.endsWith(mine)) g = Generation.SON;
                else if (mine.endsWith(other)) g = Generation.FATHER;
            }
            out.put(name, g);
        }
        return out;
    }

    /** The single letters before the surname, in order ("George H. W. Bush", "H W Bush": "hw"); "" for none. */
    static String initials(String name) {
        String[] words = NameFold.fold(name).split(" ");
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < words.length - 1; i++) if (words[i].length() == 1) letters.append(words[i]);
        return letters.toString();
    }

    private static String lastWord(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).split("[\\s-]+");
        String last = NameFold.fold(words[words.length - 1]);
        return name.endsWith(".") ? last + "." : last;
    }

    /** A spelling without a generation word, then the one in most articles, then alphabetically first. */
    private static String preferred(List<String> names, Map<String, Integer> articles) {
        return names.stream().min(Comparator.<String, Boolean>comparing(n -> WORDS.containsKey(lastWord(n)))
                .thenComparing(n -> -articles.getOrDefault(n, 0))
                .thenComparing(Comparator.naturalOrder())).orElseThrow();
    }
}
