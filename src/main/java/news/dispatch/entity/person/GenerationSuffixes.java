package news.dispatch.entity.person;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Collectors;

/**
 * Generational suffixes across the index ({@link PersonNameGroups}): a name with one ("Eric Holder Jr", "Joseph Biden
 * Jr.") joins the same name without it when the index holds that name, unless the two are father and son ({@link
 * #fatherAndSon}), the son goes by a fuller name ({@link #sameSuffixedPerson}) or person-variants.tsv knows the
 * suffixed name as a person of its own.
 */
final class GenerationSuffixes {
    private GenerationSuffixes() {
    }

    /**
     * @param twoPersons suffixed names that one article names beside the name without the suffix: father and son
     * @param canonical  each variant and the name it goes to so far: suffixed names are added
     */
    static void join(Map<String, Integer> articles, Set<String> twoPersons, SortedMap<String, String> canonical) {
        for (String name : articles.keySet()) {
            String base = withoutSuffix(name);
            if (base == null || twoPersons.contains(name) || !articles.containsKey(base)) continue;
            // The son under a fuller name ("Bobby Kennedy Jr" is "Robert F. Kennedy Jr.", not the father Bobby
            // Kennedy), and a suffixed person the variants table knows, stay apart from the name without the suffix.
            String son = sameSuffixedPerson(name, base, articles);
            if (son != null) {
                canonical.put(name, canonical.getOrDefault(son, son));
                continue;
            }
            if (KnownSuffixed.NAMES.contains(withoutFinalDot(name))) continue;
            canonical.put(name, canonical.getOrDefault(base, base));
        }
    }

    /**
     * Whether a suffixed name ("Donald Trump Jr.") and the name without the suffix are two persons, father and son:
     * when at least half of the suffixed name's articles also name the other, or when any does and the index knows
     * another generation of that name ("Jesse Jackson Sr" beside "Jesse Jackson Jr": the plain name is the father). A
     * son is named beside his father in most of his articles (Donald Trump Jr 97 of 102, Michael Flynn Jr 4 of 4 on
     * AllSides parts 1-3 and the worldwide newswire); a person's formal name stands beside his usual one only now and
     * then, in a profile line or a flattened hover card (Robert Mueller III 7 of 15, John Roberts Jr 1 of 16), and
     * those are one person.
     *
     * @param name     the suffixed name
     * @param articles articles naming it
     * @param shared   of those, the articles also naming the name without the suffix
     * @param names    every person name of the index
     */
    static boolean fatherAndSon(String name, int articles, int shared, Set<String> names) {
        if (shared == 0) return false;
        if (2 * shared >= articles) return true;
        String base = withoutSuffix(name);
        String suffix = generation(name);
        for (String other : SUFFIX_WORDS) {
            if (withoutFinalDot(other).equalsIgnoreCase(suffix)) continue;
            if (names.contains(base + " " + other) || names.contains(base + ", " + other)) return true;
        }
        return false;
    }

    /** The generational suffixes as written, with and without a dot and in the cases seen. */
    private static final List<String> SUFFIX_WORDS = List.of("Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV", "JR", "SR");

    /** The suffix of a suffixed name, one spelling per generation ("Jr." is "Jr"). */
    private static String generation(String name) {
        String[] words = PersonName.words(name);
        return withoutFinalDot(words[words.length - 1]);
    }

    /** The suffixed canonical names of person-variants.tsv (Robert F. Kennedy Jr.), without a final dot. */
    private static final class KnownSuffixed {
        static final Set<String> NAMES = PersonVariants.standard().variantsOfCanonical().keySet().stream()
                .filter(n -> withoutSuffix(n) != null).map(GenerationSuffixes::withoutFinalDot)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String withoutFinalDot(String name) {
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }

    /**
     * Another suffixed name of the index whose name without the suffix is the same person as {@code base} (a
     * nickname or a middle initial apart: Bobby Kennedy, Robert F. Kennedy), the one in more articles; or null.
     */
    private static String sameSuffixedPerson(String name, String base, Map<String, Integer> articles) {
        String[] words = PersonName.words(name);
        String suffix = withoutFinalDot(words[words.length - 1]).toLowerCase(Locale.ROOT);
        String best = null;
        for (String other : articles.keySet()) {
            String otherBase = withoutSuffix(other);
            if (otherBase == null || otherBase.equals(base) || other.equals(name)) continue;
            String[] otherWords = PersonName.words(other);
            if (!withoutFinalDot(otherWords[otherWords.length - 1]).toLowerCase(Locale.ROOT).equals(suffix)) continue;
            if (!PersonName.surname(otherBase).equals(PersonName.surname(base))) continue;
            SortedMap<String, String> pair = NameFormGroups.groups(Map.of(base, articles.getOrDefault(name, 1),
                    otherBase, articles.getOrDefault(other, 1)));
            if (!otherBase.equals(pair.get(base)) && !base.equals(pair.get(otherBase))) continue;
            if (best == null || articles.getOrDefault(other, 0) > articles.getOrDefault(best, 0)) best = other;
        }
        return best != null && articles.getOrDefault(best, 0) >= articles.getOrDefault(name, 0) ? best : null;
    }

    /** "Eric Holder Jr." → "Eric Holder"; null for a name without a generational suffix or with too few words. */
    static String withoutSuffix(String name) {
        String[] words = PersonName.words(name);
        if (words.length < 3 || !PersonName.isSuffix(words[words.length - 1])) return null;
        String base = String.join(" ", Arrays.copyOf(words, words.length - 1));
        return base.endsWith(",") ? base.substring(0, base.length() - 1) : base;
    }
}
