package news.dispatch.entity.person;

import java.util.HashSet;
import java.util.Set;

/**
 * The person names of an index that only articles in a Slavic language hold ({@link SlavicPersons#LANGUAGES}), and
 * of those the ones only articles in Cyrillic hold (bg, ru, uk): the names the index-wide step may join across
 * scripts and case endings ({@link CrossScriptNameGroups}), and among them the spellings it names a group by last
 * (a letter-by-letter transliteration: "Filip Hamnd" beside "Philip Hammond").
 */
public record SlavicOnlyNames(Set<String> names, Set<String> fromCyrillic) {
    /** An index without Slavic articles: no name joins across scripts. */
    public static final SlavicOnlyNames NONE = new SlavicOnlyNames(Set.of(), Set.of());

    public SlavicOnlyNames {
        names = Set.copyOf(names);
        fromCyrillic = Set.copyOf(fromCyrillic);
    }

    /** Collects the names article by article, in any order. Not thread-safe. */
    public static final class Builder {
        private final Set<String> slavic = new HashSet<>();
        private final Set<String> cyrillic = new HashSet<>();
        private final Set<String> notSlavic = new HashSet<>();
        private final Set<String> notCyrillic = new HashSet<>();

        /** A person name that an article in {@code language} (an ISO 639-1 code, or null) holds. */
        public Builder add(String name, String language) {
            (SlavicPersons.reads(language) ? slavic : notSlavic).add(name);
            (language != null && SlavicPersons.CYRILLIC_LANGUAGES.contains(language) ? cyrillic : notCyrillic).add(name);
            return this;
        }

        public SlavicOnlyNames build() {
            Set<String> names = new HashSet<>(slavic);
            names.removeAll(notSlavic);
            Set<String> fromCyrillic = new HashSet<>(cyrillic);
            fromCyrillic.removeAll(notCyrillic);
            return new SlavicOnlyNames(names, fromCyrillic);
        }
    }
}
