package news.dispatch.entity.organization;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import news.dispatch.entity.WordFunctionMemo;
import news.dispatch.entity.language.ConsonantSkeleton;


/**
 * A Latin name of the tables written in another script or spelling: "Техрик-э-Лабаик Пакистан", "Tehríke Labajk"
 * for Tehreek-e-Labbaik Pakistan. News transliterates a foreign body's name by ear, so the vowels and doubled letters
 * differ in every language; the consonants stay. A name matches when the consonant skeletons of its words
 * (transliterated to Latin, the letters romanizations trade for one sound merged, one-letter particles such as the
 * "e" of "Tehreek-e-Labbaik" left out) equal those of a listed name of two or more words and five or more
 * consonants, every word capitalized but one after a hyphen; the last word may carry a case ending (-ом, -ов, -ах). Only names that
 * identify one organization anywhere are read so, never a body's generic names. Immutable; thread-safe.
 */
public final class TransliteratedNames {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    /** Words of one name: separated by a space or a hyphen. */
    private static final Pattern GAP = Pattern.compile("[\\s\\u00A0]?[-–]?[\\s\\u00A0]?");
    private static final Pattern LATIN = Pattern.compile("[\\p{IsLatin}\\s.'’-]+");
    private static final int MIN_CONSONANTS = 5;
    // ICU documents Transliterator instances as not safe for concurrent use: one per thread.
    private static final ThreadLocal<Transliterator> TO_ASCII = ThreadLocal.withInitial(() -> Transliterator.getInstance(
            "Any-Latin; NFKD; [:Nonspacing Mark:] Remove; Latin-ASCII; Lower"));
    /**
     * Skeletons of the words seen, shared by every table: each capitalized word of an article is read by the
     * organizations' table and the places', and the transliteration was a tenth of the cost of a Slavic article.
     */
    private static final WordFunctionMemo SKELETONS = new WordFunctionMemo(TransliteratedNames::skeletonOf, 50_000);

    private final Map<String, Hit> byKey = new HashMap<>();
    private final int minConsonants;
    private int longest;

    /** A table of names of five or more consonants, enough to tell an organization's name from other words. */
    TransliteratedNames() {
        this(MIN_CONSONANTS);
    }

    /**
     * A table of names of at least {@code minConsonants} consonants: fewer where a hit only tells what a name is not
     * (a place's name is no person's: Ню Йорк, "Nu Jork", is New York).
     */
    public TransliteratedNames(int minConsonants) {
        this.minConsonants = minConsonants;
    }

    /**
     * A found name: its span, the organization it is a spelling of and, for a name read without its country's name,
     * the country (ISO code) the article must name; null where the name needs none.
     */
    public record Hit(int start, int end, String name, String needsCountry) {
    }

    /** Adds one listed spelling of an organization; a spelling not in Latin letters or too short is left out. */
    public void add(String spelling, String organization) {
        add(spelling, organization, null);
    }

    /**
     * Adds a spelling that names the organization only in an article that names {@code country} (a national body's
     * name without its country's: "Tehreek-e-Labbaik" of "Tehreek-e-Labbaik Pakistan"); null: anywhere.
     */
    void add(String spelling, String organization, String country) {
        if (!LATIN.matcher(spelling).matches()) return;
        List<String> keys = new ArrayList<>();
        Matcher m = WORD.matcher(spelling);
        while (m.find()) {
            String k = skeleton(m.group());
            if (!k.isEmpty()) keys.add(k);
        }
        if (keys.size() < 2 || String.join("", keys).length() < minConsonants) return;
        byKey.putIfAbsent(String.join(" ", keys), new Hit(0, 0, organization, country));
        longest = Math.max(longest, keys.size());
    }

    /** The listed organizations written in {@code text} in another spelling, longest first at each word. */
    public List<Hit> find(String text) {
        List<int[]> words = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
            keys.add(null);
        }
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!Character.isUpperCase(text.codePointAt(words.get(i)[0]))) continue;
            Hit best = null;
            List<String> seq = new ArrayList<>();
            for (int j = i; j < words.size() && seq.size() < longest; j++) {
                if (j > i && !GAP.matcher(text).region(words.get(j - 1)[1], words.get(j)[0]).matches()) break;
                // A word in lower case belongs to the name only after a hyphen (Техрик-и-лабаик): "Francji przez" is
                // no France Presse.
                if (j > i && !Character.isUpperCase(text.codePointAt(words.get(j)[0]))
                        && text.substring(words.get(j - 1)[1], words.get(j)[0]).indexOf('-') < 0) break;
                if (keys.get(j) == null) keys.set(j, skeleton(text.substring(words.get(j)[0], words.get(j)[1])));
                if (keys.get(j).isEmpty()) continue;
                seq.add(keys.get(j));
                Hit listed = lookUp(seq);
                if (listed != null) best = new Hit(words.get(i)[0], words.get(j)[1], listed.name(), listed.needsCountry());
            }
            if (best == null) continue;
            hits.add(best);
            while (i + 1 < words.size() && words.get(i + 1)[0] < best.end()) i++;
        }
        return hits;
    }

    private Hit lookUp(List<String> seq) {
        if (seq.size() < 2) return null;
        String key = String.join(" ", seq);
        Hit name = byKey.get(key);
        // A case ending of the last word: Пакистаном, Лабаиком.
        if (name == null && key.length() > 1 && "mvh".indexOf(key.charAt(key.length() - 1)) >= 0) {
            name = byKey.get(key.substring(0, key.length() - 1));
        }
        return name;
    }

    /** The consonant skeleton of a word transliterated to Latin letters, as organizations' and places' names are read. */
    static String skeleton(String word) {
        return SKELETONS.apply(word);
    }

    private static String skeletonOf(String word) {
        return ConsonantSkeleton.BODIES.of(TO_ASCII.get().transliterate(word));
    }
}
