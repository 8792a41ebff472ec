package news.dispatch.entity.person;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The person names of an index that only articles in a Slavic language hold ({@link SlavicPersons#LANGUAGES}), and
 * of those the ones only articles in Cyrillic hold (bg, ru, uk): the names the index-wide step may join across
 * scripts and case endings ({@link CrossScriptNameGroups}), and among them the spellings it names a group by last
 * (a letter-by-letter transliteration: "Filip Hamnd" beside "Philip Hammond"); every name some Slavic article holds,
 * Slavic-only or not: the persons a lone word of those articles may name ({@link LoneSurnames}, {@link
 * LoneGivenNames}); and, for each Slavic-only name of one word, the other person names of the articles holding it:
 * the family a lone given name is named beside ({@link FamilyGivenNames}); and the names some article in a language
 * without noun cases holds (Bulgarian, Macedonian): spellings seen in the nominative, which name a joined group's
 * endings ({@link JoinedGroupName}).
 */
public record SlavicOnlyNames(Set<String> names, Set<String> fromCyrillic, Set<String> inSlavicArticles,
                              Map<String, Set<String>> besideLone, Set<String> undeclined) {
    /** An index without Slavic articles: no name joins across scripts. */
    public static final SlavicOnlyNames NONE = new SlavicOnlyNames(Set.of(), Set.of());
    /** The Slavic languages whose nouns take no case endings: a name there is written as in the nominative. */
    private static final Set<String> WITHOUT_CASES = Set.of("bg", "mk");

    public SlavicOnlyNames {
        names = Set.copyOf(names);
        fromCyrillic = Set.copyOf(fromCyrillic);
        inSlavicArticles = Set.copyOf(inSlavicArticles);
        besideLone = Map.copyOf(besideLone);
        undeclined = Set.copyOf(undeclined);
    }

    /** Names read without knowing which were written in a language without noun cases. */
    public SlavicOnlyNames(Set<String> names, Set<String> fromCyrillic, Set<String> inSlavicArticles,
                           Map<String, Set<String>> besideLone) {
        this(names, fromCyrillic, inSlavicArticles, besideLone, Set.of());
    }

    /**
     * Names read without the articles they share (no lone name is known to stand beside another), of an index whose
     * Slavic articles hold only these.
     */
    public SlavicOnlyNames(Set<String> names, Set<String> fromCyrillic) {
        this(names, fromCyrillic, names, Map.of());
    }

    /** Collects the names article by article, in any order. Not thread-safe. */
    public static final class Builder {
        private final Set<String> slavic = new HashSet<>();
        private final Set<String> cyrillic = new HashSet<>();
        private final Set<String> notSlavic = new HashSet<>();
        private final Set<String> notCyrillic = new HashSet<>();
        private final Map<String, Set<String>> beside = new HashMap<>();
        private final Set<String> undeclined = new HashSet<>();

        /** A person name that an article in {@code language} (an ISO 639-1 code, or null) holds. */
        public Builder add(String name, String language) {
            (SlavicPersons.reads(language) ? slavic : notSlavic).add(name);
            (language != null && SlavicPersons.CYRILLIC_LANGUAGES.contains(language) ? cyrillic : notCyrillic).add(name);
            if (language != null && WITHOUT_CASES.contains(language)) undeclined.add(name);
            return this;
        }

        /**
         * The distinct person names of one article in {@code language}: each as {@link #add}, and in a Slavic
         * article each name of one word with the article's other names.
         */
        public Builder article(Collection<String> names, String language) {
            for (String name : names) {
                add(name, language);
                if (!SlavicPersons.reads(language) || name.contains(" ")) continue;
                for (String other : names) {
                    if (!other.equals(name)) beside.computeIfAbsent(name, k -> new TreeSet<>()).add(other);
                }
            }
            return this;
        }

        public SlavicOnlyNames build() {
            Set<String> names = new HashSet<>(slavic);
            names.removeAll(notSlavic);
            Set<String> fromCyrillic = new HashSet<>(cyrillic);
            fromCyrillic.removeAll(notCyrillic);
            Map<String, Set<String>> besideLone = new HashMap<>();
            beside.forEach((name, others) -> {
                if (names.contains(name)) besideLone.put(name, Set.copyOf(others));
            });
            return new SlavicOnlyNames(names, fromCyrillic, slavic, besideLone, undeclined);
        }
    }
}
