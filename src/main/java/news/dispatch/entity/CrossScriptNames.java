package news.dispatch.entity;

import com.ibm.icu.text.Transliterator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One name in every script: a person named in Cyrillic or in a Slavic language's Latin letters takes the canonical
 * name of person-variants.tsv when the name sounds like one listed there (Путин, Путін, Władimir Putin → "Vladimir
 * Putin"); any other name is spelt in plain Latin letters, Cyrillic parts as Wikidata spells them most often
 * (cyrillic-name-parts.tsv) or else by the BGN transliteration of the article's language.
 *
 * <p>"Sounds like" is a consonant skeleton of the ASCII spelling: vowels, j, y and h are dropped and the letters
 * different romanizations write differently for one sound are merged (Джонсън → dzhonsan → nsn, Johnson → nsn;
 * Юнкер → yunker → nkr, Juncker → nkr). Latin-script Slavic names lose their diacritics in the canonical name
 * (Babiš → Babis), as English-language wires write them, so that the Cyrillic and Latin articles share it.
 */
final class CrossScriptNames {
    private static final Map<String, String> TRANSLITERATION_OF_LANGUAGE = Map.of(
            "ru", "Russian-Latin/BGN", "uk", "Ukrainian-Latin/BGN", "bg", "Bulgarian-Latin/BGN");
    /** ICU transliterators are not documented as thread-safe: one set per thread. */
    private static final ThreadLocal<Map<String, Transliterator>> TRANSLITERATORS = ThreadLocal.withInitial(HashMap::new);

    private record Known(String canonical, char initial, String givenSkeleton, String surname, String surnameSkeleton) {
    }

    private final Map<String, String> latinOfCyrillic = new HashMap<>();
    private final Set<String> latinParts = new HashSet<>();
    private final Map<String, List<Known>> knownBySurname = new HashMap<>();

    private static final class Holder {
        static final CrossScriptNames INSTANCE = new CrossScriptNames(PersonVariants.standard());
    }

    private CrossScriptNames(PersonVariants variants) {
        for (Map<String, String> row : GazetteerFile.tsv("cyrillic-name-parts.tsv")) {
            latinOfCyrillic.put(row.get("cyrillic"), row.get("latin"));
            latinParts.add(row.get("latin"));
        }
        variants.variantsOfCanonical().forEach((canonical, spellings) -> {
            List<String> names = new ArrayList<>(spellings);
            names.addFirst(canonical);
            for (String name : names) {
                String[] words = PersonName.words(name);
                if (words.length < 2 || !PersonName.isFull(name)) continue;
                String surnameLatin = ascii(words[words.length - 1]).toLowerCase(Locale.ROOT);
                String surname = skeleton(surnameLatin);
                String given = ascii(words[0]).toLowerCase(Locale.ROOT);
                Known known = new Known(canonical, given.charAt(0), skeleton(given), surnameLatin, surname);
                List<Known> list = knownBySurname.computeIfAbsent(surname, k -> new ArrayList<>());
                if (!list.contains(known)) list.add(known);
            }
        });
    }

    static CrossScriptNames standard() {
        return Holder.INSTANCE;
    }

    /**
     * A name part (a nominative) in plain Latin letters, lower case, by the BGN transliteration of the language
     * (the one English-language news uses): only for matching to the table by sound.
     */
    String latin(String part, String language) {
        String lower = part.toLowerCase(Locale.ROOT);
        if (!isCyrillic(lower)) return ascii(lower);
        String listed = latinOfCyrillic.get(lower);
        if (listed != null) return listed;
        String transliteration = TRANSLITERATION_OF_LANGUAGE.getOrDefault(language, "Russian-Latin/BGN");
        return ascii(transliterator(transliteration).transliterate(lower)).replace("'", "").replace("\"", "");
    }

    /**
     * The parts of a name the table does not know, in Latin letters, lower case: when Wikidata gives every Cyrillic
     * part an English spelling (Дэвид Дэвис → david davis), those; otherwise each part folded as {@link NameFold}
     * folds it (Дейвид Дейвис → dejvid dejvis), so that a search for the name in its own script finds the facet value.
     */
    List<String> spelling(List<String> parts) {
        List<String> lower = parts.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList();
        if (lower.stream().allMatch(latinOfCyrillic::containsKey)) return lower.stream().map(latinOfCyrillic::get).toList();
        return lower.stream().map(NameFold::fold).toList();
    }

    /** True for a spelling of a name part Wikidata gives persons often (Тереза, Theresa), not for a case form of it. */
    boolean isNamePart(String part, String language) {
        String lower = part.toLowerCase(Locale.ROOT);
        return isCyrillic(lower) ? latinOfCyrillic.containsKey(lower) : latinParts.contains(ascii(lower));
    }

    /**
     * The canonical name of the table whose given name and surname sound like these (given may be null, for a
     * surname named alone: then only a surname that one listed person bears, and not a short one, is enough).
     */
    Optional<String> known(String givenLatin, String surnameLatin) {
        String surname = skeleton(surnameLatin);
        List<Known> candidates = new ArrayList<>();
        for (Map.Entry<String, List<Known>> entry : knownBySurname.entrySet()) {
            if (within(surname, entry.getKey())) candidates.addAll(entry.getValue());
        }
        if (givenLatin == null) {
            // A word alone must be spelt as the surname is: by sound, Фокус would be Fox and агенция Gantz.
            List<String> exact = candidates.stream().filter(k -> k.surname().equals(surnameLatin))
                    .map(Known::canonical).distinct().toList();
            return exact.size() == 1 ? Optional.of(exact.getFirst()) : Optional.empty();
        }
        String given = skeleton(givenLatin);
        List<String> agreeing = candidates.stream().filter(k -> givenLatin.length() == 1 ? givenLatin.charAt(0) == k.initial()
                        : givenAgrees(given, k.givenSkeleton()))
                .map(Known::canonical).distinct().toList();
        if (agreeing.size() == 1) return Optional.of(agreeing.getFirst());
        List<String> exact = candidates.stream()
                .filter(k -> k.surnameSkeleton().equals(surname) && k.givenSkeleton().equals(given))
                .map(Known::canonical).distinct().toList();
        return exact.size() == 1 ? Optional.of(exact.getFirst()) : Optional.empty();
    }

    private static boolean givenAgrees(String given, String knownGiven) {
        if (given.isEmpty() || knownGiven.isEmpty()) return given.equals(knownGiven);
        return given.charAt(0) == knownGiven.charAt(0) && within(given, knownGiven);
    }

    /** Skeletons this close are one name: equal when short, one letter apart from four letters on. */
    private static boolean within(String a, String b) {
        if (a.equals(b)) return true;
        if (Math.max(a.length(), b.length()) < 4 || a.isEmpty() || b.isEmpty() || a.charAt(0) != b.charAt(0)) return false;
        return editDistance(a, b) <= 1;
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** The consonants of an ASCII spelling, with the letters romanizations trade for one sound merged. */
    static String skeleton(String ascii) {
        String s = ascii.toLowerCase(Locale.ROOT)
                .replace("dzh", "j").replace("dz", "j").replace("zh", "j").replace("sch", "s").replace("sh", "s")
                .replace("sz", "s").replace("cz", "c").replace("kh", "h").replace("ch", "h").replace("ph", "f")
                .replace("th", "t").replace("ck", "k").replace("ts", "c").replace("tz", "c").replace("x", "ks")
                .replace('q', 'k').replace('w', 'v').replace('z', 's').replace('c', 'k');
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c < 'a' || c > 'z' || "aeiouyjh".indexOf(c) >= 0) continue;
            if (!out.isEmpty() && out.charAt(out.length() - 1) == c) continue;
            out.append(c);
        }
        return out.toString();
    }

    static String ascii(String text) {
        return transliterator("Any-Latin; Latin-ASCII").transliterate(text);
    }

    static boolean isCyrillic(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }

    private static Transliterator transliterator(String id) {
        return TRANSLITERATORS.get().computeIfAbsent(id, Transliterator::getInstance);
    }
}
