package news.dispatch.entity.person;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import news.dispatch.entity.text.NameFold;

/**
 * The name a group joined across scripts takes when no wire spelling names it: a spelling that is no case form of
 * another (Corbyna of Corbyn; Evgenia Timakovu, a dative, of Evgenij Timakov: {@link CaseEndings#caseFormOf}; Garri
 * Trumena after an undeclined given name, of Harry Truman: {@link NominativeSurnames#declinedOf}), nor a
 * stem of another that lost a final vowel no case ending is (Cuom of Cuomo), nor another Latin spelling cut short of
 * its particle (Saif Muluk of Saif Ul Mulook), not only in Cyrillic articles, then with fewest signs of a letter-by-letter
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
        Comparator<String> best = Comparator.<String, Boolean>comparing(n -> groups.stream().anyMatch(o -> CaseEndings.caseFormOf(n, o)
                        && !strippedOf(o, n) && !silentFinalOf(n, o, slavic) || NominativeSurnames.declinedOf(n, o) && !slavic.undeclined().contains(n)))
                .thenComparing(n -> groups.stream().anyMatch(o -> strippedOf(n, o)))
                // Cut short of the particle a Latin spelling of the group writes (Saif Muluk beside Saif Ul Mulook):
                // more articles may write it so, as the Czech ones do, but it is not the name in full.
                .thenComparing(n -> groups.stream().anyMatch(o -> !slavic.fromCyrillic().contains(o) && NameReadings.withoutParticleOf(n, o)))
                .thenComparing(n -> slavic.fromCyrillic().contains(n))
                .thenComparingLong(JoinedGroupName::transliterated)
                .thenComparing(n -> -articles.getOrDefault(n, 0))
                .thenComparing(Comparator.naturalOrder());
        String name = withoutFeminine(groups.stream().min(best).orElseThrow(), groups, slavic);
        return withNominativeEndings(withNominativeSurname(name, groups), groups, slavic);
    }

    /**
     * The name with its surname in the nominative another spelling of the group writes, where its own is a case form
     * of it: cs "George Sorose" (a genitive) beside Джордж Сорос, "Dzordz Soros", is George Soros. Only the surname,
     * only one nominative ending in a vowel and a consonant, and not a woman's surname in -a after her given name in -a (Anna Popova beside Anna Popov).
     */
    private static String withNominativeSurname(String name, List<String> groups) {
        String[] words = name.split(" ");
        String surname = NameFold.fold(words[words.length - 1]);
        if (words.length < 2 || words[0].endsWith("a") && surname.endsWith("a")) return name;
        Set<String> nominatives = new TreeSet<>();
        for (String other : groups) {
            String[] o = other.split(" ");
            String base = o[o.length - 1];
            String stem = NameFold.fold(base);
            // A stem ending in a vowel and one consonant: a nominative ending in two consonants may be a transliteration
            // that dropped a vowel (Маркъл, "Markl", is no stem of Markle).
            if (o.length == words.length && CaseEndings.caseOf(surname, stem)
                    && VOWELS.indexOf(stem.charAt(stem.length() - 2)) >= 0) nominatives.add(base);
        }
        if (nominatives.size() != 1) return name;
        words[words.length - 1] = nominatives.iterator().next();
        return String.join(" ", words);
    }

    /**
     * The name with the final vowel a case ending took off given back where every spelling of the group seen in a
     * language without noun cases ({@link SlavicOnlyNames#undeclined}) ends the word with it: a Czech or Polish
     * "Chuka Umunna" read as a man's genitive and stripped to "Chuk Umunn" is the Bulgarian Чука Умуна, a
     * nominative, and takes its -a back ("Chuka Umunna"). Only a word ending in the consonant the undeclined spelling
     * has before the vowel (not Barnier of Барние), only a vowel that is a case ending, only a name not itself seen
     * undeclined or only in Cyrillic.
     */
    private static String withNominativeEndings(String name, List<String> groups, SlavicOnlyNames slavic) {
        if (slavic.undeclined().contains(name) || slavic.fromCyrillic().contains(name)) return name;
        String[] words = name.split(" ");
        List<String[]> nominatives = groups.stream().filter(slavic.undeclined()::contains)
                .map(g -> NameFold.fold(g).split(" ")).filter(w -> w.length == words.length).toList();
        if (nominatives.isEmpty()) return name;
        for (int i = 0; i < words.length; i++) {
            String stem = NameFold.fold(words[i]);
            String ending = nominativeEnding(stem, nominatives.getFirst()[i]);
            int word = i;
            if (ending == null || nominatives.stream().anyMatch(w -> !ending.equals(nominativeEnding(stem, w[word])))) continue;
            words[i] = words[i] + ending;
        }
        return String.join(" ", words);
    }

    /** The vowel the undeclined word ends with after the stem's last consonant, when it is a case ending; else null. */
    private static String nominativeEnding(String stem, String undeclined) {
        if (stem.length() < 2 || undeclined.length() < 3 || VOWELS.indexOf(stem.charAt(stem.length() - 1)) >= 0) return null;
        String vowel = undeclined.substring(undeclined.length() - 1);
        if (!VOWELS.contains(vowel) || !CaseEndings.CASE_ENDINGS.contains(vowel)) return null;
        return undeclined.charAt(undeclined.length() - 2) == stem.charAt(stem.length() - 1) ? vowel : null;
    }

    private static final String VOWELS = "aeiouy";

    /**
     * True when {@code name} is {@code other} without a final vowel that is no case ending (Andrew Cuom of Andrew
     * Cuomo): a stem a case ending was wrongly taken off, where the other spelling keeps the nominative.
     */
    private static boolean strippedOf(String name, String other) {
        String a = NameFold.fold(name);
        String b = NameFold.fold(other);
        return b.length() == a.length() + 1 && b.startsWith(a) && VOWELS.indexOf(b.charAt(a.length())) >= 0
                && !CaseEndings.CASE_ENDINGS.contains(b.substring(a.length()));
    }

    /** The final vowels English writes and Cyrillic, writing the name by ear, leaves out (Theodore, Теодор). */
    private static final Set<String> SILENT_FINALS = Set.of("e");

    /**
     * True when {@code name}, seen in Latin-script articles, is {@code other}, read off Cyrillic, with the silent final
     * vowel of an English word that Cyrillic does not write (Theodore Roosevelt beside Теодор Рузвельт, "Theodor
     * Roosevelt"): the Latin spelling is the name, not a case form of the reading.
     */
    private static boolean silentFinalOf(String name, String other, SlavicOnlyNames slavic) {
        if (slavic.fromCyrillic().contains(name) || !slavic.fromCyrillic().contains(other)) return false;
        String[] a = NameFold.fold(name).split(" ");
        String[] b = NameFold.fold(other).split(" ");
        if (a.length != b.length) return false;
        boolean silent = false;
        for (int i = 0; i < a.length; i++) {
            if (a[i].equals(b[i])) continue;
            if (!a[i].startsWith(b[i]) || !SILENT_FINALS.contains(a[i].substring(b[i].length()))) return false;
            silent = true;
        }
        return silent;
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
