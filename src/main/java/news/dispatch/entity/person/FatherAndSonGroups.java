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
 * spellings name two generations, a son's word and a father's (Jr. and Sr., Буш-младший and Буш-старший:
 * generation-words.tsv) or two sets of initials with a middle initial (George W. Bush, H. W. Bush), is several
 * persons. Joins on sound, short forms and case endings had put them in one group ("Dzordz Bus", George Bush,
 * George W. Bush, H W Bush …), so a filter on the son returned the father's articles. The group splits into the
 * younger's spellings, the elder's, each set of initials, and the rest, which may mean either and keeps the group's
 * name. A group without two generations is left as it is: one suffix or one set of initials is no second person.
 */
final class FatherAndSonGroups {
    private enum Generation { SON, FATHER }

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
            Map<String, String> persons = new TreeMap<>();
            for (String name : group.getValue()) persons.put(name, person(name));
            List<String> asWritten = List.copyOf(persons.values());
            persons.replaceAll((name, person) -> withGivenName(person, asWritten));
            boolean twoGenerations = persons.containsValue("son") && persons.containsValue("father")
                    || persons.values().stream().filter(p -> p.startsWith("initials ")).distinct().count() >= 2;
            if (!twoGenerations) continue;
            for (String person : new java.util.TreeSet<>(persons.values())) {
                List<String> names = persons.keySet().stream().filter(n -> persons.get(n).equals(person)).toList();
                String name = person.isEmpty() && names.contains(group.getKey()) ? group.getKey() : preferred(names, articles);
                for (String n : names) {
                    if (n.equals(name)) out.remove(n);
                    else out.put(n, name);
                }
            }
        }
    }

    /**
     * Which person of a name's generations a spelling names: "son" or "father" by its generation word; by the first
     * letters of its given name and middle initials when it has a middle initial ("George W. Bush" "initials gw", "H.
     * W. Bush" "initials hw": two persons, where a lone initial, "R. McMaster" beside "H.R. McMaster", tells too little
     * to be one); "" for a spelling that may name either.
     */
    static String person(String name) {
        Generation byWord = WORDS.get(lastWord(name));
        if (byWord != null) return byWord.name().toLowerCase(Locale.ROOT);
        String[] words = NameFold.fold(name).split(" ");
        StringBuilder letters = new StringBuilder();
        boolean initial = false;
        for (int i = 0; i < words.length - 1; i++) {
            if (words[i].isEmpty()) continue;
            letters.append(words[i].charAt(0));
            initial |= i > 0 && words[i].length() == 1;
        }
        if (!initial || letters.length() < 2) return "";
        return (words[0].length() == 1 ? "initials* " : "initials ") + letters;
    }

    /**
     * Initials without a given name ("initials* hw" of H.W. Bush) are the one person's whose initials end with them
     * (George H. W. Bush: "initials ghw"), when one does.
     */
    private static String withGivenName(String person, java.util.Collection<String> persons) {
        if (!person.startsWith("initials* ")) return person;
        String letters = person.substring("initials* ".length());
        List<String> longer = persons.stream().filter(p -> p.startsWith("initials ") && p.endsWith(letters)
                && p.length() > "initials ".length() + letters.length()).distinct().toList();
        return longer.size() == 1 ? longer.getFirst() : "initials " + letters;
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
