package news.dispatch.entity.person;

import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

import news.dispatch.entity.text.NameFold;

/**
 * The nominative of a name whose given name does not decline and whose surname does (issue 23): Russian and
 * Ukrainian write Гарри Трумена, Кенні Джейкобса, with the given name as in the nominative, and the article alone
 * cannot tell the genitive's -a from a surname that ends in it (Niki Lauda, Tomio Okamura), so it keeps "Garri
 * Trumena". The rest of the index can: another spelling of the person with the surname in the nominative (Harry
 * Truman beside it in one joined group), or the surname's stem named alone (Трумэн, "Trumen"). Only given names
 * ending in -i, -o or -y, the ones Slavic languages leave undeclined (Гарри, Уго, Кенні); a given name in -a before a
 * surname in -a is a woman's nominative (Мэри Барра keeps her name unless the index names a Barr alone).
 */
final class NominativeSurnames {
    /** The folded final letters of a foreign given name Russian and Ukrainian do not decline. */
    private static final String UNDECLINED = "ioy";

    private NominativeSurnames() {
    }

    /**
     * The folded stem of the name's surname when its given name (first word, of three letters or more: cs "Do
     * Londýna" is a preposition before a place) ends in an undeclined vowel and the surname is that stem, ending in
     * a consonant, and a case ending ({@link CaseEndings#caseOf}); else null.
     */
    static String declinedStem(String name) {
        String[] words = NameFold.fold(name).split(" ");
        if (words.length < 2 || words[0].length() < 3 || UNDECLINED.indexOf(words[0].charAt(words[0].length() - 1)) < 0) return null;
        String surname = words[words.length - 1];
        for (int cut = 1; cut <= 3; cut++) {
            if (surname.length() - cut >= 3 && CaseEndings.caseOf(surname, surname.substring(0, surname.length() - cut))) {
                return surname.substring(0, surname.length() - cut);
            }
        }
        return null;
    }

    /**
     * True when the folded {@code surname} is the {@code stem} as written, or with other vowels in the same places:
     * Cyrillic writes an English a by ear as э or а (Трумэн, Труман: "Trumen", "Truman").
     */
    static boolean nominativeOf(String stem, String surname) {
        if (stem.length() != surname.length()) return false;
        for (int i = 0; i < stem.length(); i++) {
            char a = stem.charAt(i);
            char b = surname.charAt(i);
            if (a != b && !(VOWELS.indexOf(a) >= 0 && VOWELS.indexOf(b) >= 0)) return false;
        }
        return true;
    }

    private static final String VOWELS = "aeiou";

    /**
     * True when {@code name} is {@code other} with its surname in a case after an undeclined given name: Garri
     * Trumena of Harry Truman, where both are spellings of one joined group (their given names already sound alike).
     */
    static boolean declinedOf(String name, String other) {
        String stem = declinedStem(name);
        String[] o = NameFold.fold(other).split(" ");
        return stem != null && o.length == name.split(" ").length && nominativeOf(stem, o[o.length - 1]);
    }

    /**
     * Renames each group named only in Slavic articles whose surname is declined after an undeclined given name
     * ({@link #declinedStem}) to its nominative, when a lone name of the index is that surname in the nominative
     * (Garri Trumena with "Trumen" alone: Garri Trumen); with two such lone names (Trumen, Truman), the one in most
     * articles, then the first alphabetically. A renamed group that another group is named as joins it. Not a name
     * seen in a language without noun cases ({@link SlavicOnlyNames#undeclined}): there it is the nominative.
     *
     * @param articles every person name of the index, lone names included, and the number of articles holding it
     * @param slavic   the names that only articles in a Slavic language hold: the only names that may be renamed
     * @param out      the variants and names of the groups so far, to which the renames are added
     */
    static void join(Map<String, Integer> articles, SlavicOnlyNames slavic, SortedMap<String, String> out) {
        Set<String> groups = new TreeSet<>();
        for (String name : slavic.names()) {
            String group = out.getOrDefault(name, name);
            if (slavic.names().contains(group)) groups.add(group);
        }
        for (String group : groups) {
            String stem = declinedStem(group);
            // Bulgarian and Macedonian have no noun cases: a name seen there is a nominative (bg Дани Каназирева).
            if (stem == null || slavic.undeclined().contains(group)) continue;
            String nominative = articles.keySet().stream()
                    .filter(w -> !w.contains(" ") && nominativeOf(stem, NameFold.fold(w)))
                    .min(Comparator.<String>comparingInt(w -> -articles.get(w)).thenComparing(Comparator.naturalOrder()))
                    .orElse(null);
            if (nominative == null) continue;
            String renamed = group.substring(0, group.lastIndexOf(' ') + 1) + nominative;
            out.replaceAll((variant, name) -> name.equals(group) ? renamed : name);
            out.put(group, renamed);
        }
    }
}
