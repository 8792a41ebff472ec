package news.dispatch.entity.person;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import news.dispatch.entity.text.NameFold;

/**
 * The name a group joined across scripts takes when no wire spelling names it: a spelling that is no case form of
 * another (Corbyna of Corbyn), nor a stem of another that lost a final vowel no case ending is (Cuom of Cuomo), not
 * only in Cyrillic articles, then with fewest signs of a letter-by-letter
 * transliteration (dz, a j after a vowel, a word without vowels), then the one in most articles, then alphabetically:
 * deterministic and independent of the order of the names. A Czech woman's -ová goes when Cyrillic writes her without.
 */
final class JoinedGroupName {
    private JoinedGroupName() {
    }

    /**
     * @param groups   the names (each standing for its group) joined into one
     * @param articles every person name of the index and the number of articles holding it
     * @param slavic   the names that only articles in a Slavic language hold
     */
    static String of(List<String> groups, Map<String, Integer> articles, SlavicOnlyNames slavic) {
        Comparator<String> best = Comparator.<String, Boolean>comparing(n -> groups.stream().anyMatch(o -> CaseEndings.inflectionOf(n, o) && !strippedOf(o, n)))
                .thenComparing(n -> groups.stream().anyMatch(o -> strippedOf(n, o)))
                .thenComparing(n -> slavic.fromCyrillic().contains(n))
                .thenComparingLong(JoinedGroupName::transliterated)
                .thenComparing(n -> -articles.getOrDefault(n, 0))
                .thenComparing(Comparator.naturalOrder());
        return withoutFeminine(groups.stream().min(best).orElseThrow(), groups, slavic);
    }

    /**
     * True when {@code name} is {@code other} without a final vowel that is no case ending (Andrew Cuom of Andrew
     * Cuomo): a stem a case ending was wrongly taken off, where the other spelling keeps the nominative.
     */
    private static boolean strippedOf(String name, String other) {
        String a = NameFold.fold(name);
        String b = NameFold.fold(other);
        return b.length() == a.length() + 1 && b.startsWith(a) && "aeiouy".indexOf(b.charAt(a.length())) >= 0
                && !CaseEndings.CASE_ENDINGS.contains(b.substring(a.length()));
    }

    /**
     * The words of a name that show a letter-by-letter transliteration from Cyrillic, which English-language news does
     * not write: dz (Дж, "Dzejms"), a j after a vowel (й, "Dejmin"), no vowel at all (ъ dropped, "Ambr Rd").
     */
    private static long transliterated(String name) {
        return java.util.Arrays.stream(NameFold.fold(name).split(" "))
                .filter(w -> w.contains("dz") || w.matches(".*[aeiou]j.*") || !w.matches(".*[aeiouy].*")).count();
    }

    /**
     * The name a group takes without the Czech -ová of its surname when a spelling from Cyrillic in the group writes
     * the surname without it: a foreign woman's name (Justine Greeningová with Джъстин Грийнинг is Justine Greening);
     * with Петра Квитова beside it, Petra Kvitová is Czech and keeps it.
     */
    private static String withoutFeminine(String name, List<String> groups, SlavicOnlyNames slavic) {
        int space = name.lastIndexOf(' ');
        if (space < 0 || !name.endsWith("ova") || name.length() - space - 1 < 6) return name;
        boolean cyrillicWithout = groups.stream().anyMatch(g -> slavic.fromCyrillic().contains(g) && !NameFold.fold(g).endsWith("ova"));
        return cyrillicWithout ? name.substring(0, name.length() - 3) : name;
    }
}
