package news.dispatch.entity.person;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import news.dispatch.entity.GazetteerFile;

/**
 * Keys under which the spellings of one name across transliterations meet, for the one-name-per-person step:
 * a surname key from orthographic rules that romanizations of Arabic, Russian, Ukrainian, Persian and Turkish names
 * vary by (Zelensky/Zelenskyy/Zelenskiy, Gaddafi/Qaddafi/Gadhafi/Kadhafi, Hussein/Hussain, al-Assad/Assad,
 * Erdoğan/Erdogan, Lavrov/Lawrow), and a given-name key from variant groups kept as data
 * ({@code given-name-variants.tsv}: Mohammed/Muhammad/Mohamed, Sergei/Sergey), because given names are short and
 * vowel rules on them would join different names (Alan/Allen, Dan/Don). Read-only after loading; pure functions.
 */
public final class NameSpellings {
    private final Map<String, String> givenGroup = new HashMap<>();
    /** The first letters of each group's spellings: "E." stands for Yevgeny as well as Evgeny. */
    private final Map<String, Set<String>> initialsOfGroup = new HashMap<>();
    /** Each group's spellings, lower case ({@link #fold}). */
    private final Map<String, Set<String>> spellingsOfGroup = new HashMap<>();

    private static final class Holder {
        static final NameSpellings INSTANCE = new NameSpellings();
    }

    private NameSpellings() {
        for (Map<String, String> row : GazetteerFile.tsv("given-name-variants.tsv")) {
            String first = null;
            for (String v : GazetteerFile.list(row.get("spellings"))) {
                String key = fold(v);
                if (first == null) first = key;
                givenGroup.put(key, first);
                initialsOfGroup.computeIfAbsent(first, k -> new TreeSet<>()).add(key.substring(0, 1));
                spellingsOfGroup.computeIfAbsent(first, k -> new TreeSet<>()).add(key);
            }
        }
    }

    public static NameSpellings standard() {
        return Holder.INSTANCE;
    }

    /** The given name's group (its first spelling in the table, lower case), or the name itself in lower case. */
    public String givenKey(String given) {
        String g = fold(given);
        return givenGroup.getOrDefault(g, g);
    }

    /** The spellings the given-name table lists for the given name's group (lower case), or the name alone. */
    Set<String> spellings(String given) {
        String key = givenKey(given);
        return spellingsOfGroup.getOrDefault(key, Set.of(key));
    }

    /** Whether the given-name table lists this spelling (lower case or not). */
    boolean isListed(String given) {
        return givenGroup.containsKey(fold(given));
    }

    /**
     * Whether an initial (lower case, as {@link #fold} leaves it) can stand for a given name of this group: the name's
     * own first letter, or that of another spelling of it ("e" for Yevgeny/Evgeny, "i" for Yusuf/Iusuf).
     */
    public boolean initialFits(String initial, String givenKey) {
        return givenKey.startsWith(initial) || initialsOfGroup.getOrDefault(givenKey, Set.of()).contains(initial);
    }

    /**
     * The surname's spelling key: lower case without diacritics, apostrophes or hyphens, without a leading article
     * "al-"/"el-"; then the romanization variants made one, in this order: a final -yy/-iy/-ii/-yi/-ij/-y is "i"
     * (Zelenskyy/Zelensky), a final -eh/-ah is "a" (Haniyeh/Haniya); kh and q are "k", and so is a first g
     * (Gaddafi/Qaddafi/Kadhafi); dh is "d", ph is "f", w is "v", x is "ks"; ou is "u", ee is "i", ei/ay/ey are "ai"
     * (Hussein/Hussain); a y before no vowel is "i" (Shoygu/Shoigu); doubled letters are
     * single. Other vowels keep their letter: measured on 6,094 articles, e/a as one letter and g/k inside a word
     * merged different persons (Berger/Barker, Letterman/Latterman, Cohan/Cohen, Galli/Kelly), and o/u did
     * (Huffman/Hoffman).
     */
    public static String surnameKey(String surname) {
        String s = APOSTROPHES.matcher(fold(surname)).replaceAll("");
        s = ARTICLE.matcher(s).replaceFirst("");
        s = s.replace("-", "");
        s = LAST_Y.matcher(s).replaceFirst("i");
        s = LAST_H.matcher(s).replaceFirst("a");
        s = FIRST_G.matcher(s.replace("kh", "k").replace("q", "k")).replaceFirst("k")
                .replace("dh", "d").replace("ph", "f").replace("w", "v").replace("x", "ks");
        s = s.replace("ou", "u").replace("ee", "i").replace("ei", "ai").replace("ay", "ai").replace("ey", "ai");
        s = Y_BEFORE_NO_VOWEL.matcher(s).replaceAll("i");
        return DOUBLED.matcher(s).replaceAll("$1");
    }

    /** Lower case, decomposed, without combining marks ("Erdoğan" → "erdogan"). */
    static String fold(String s) {
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    // The patterns of surnameKey() and fold(), compiled once: String.replaceAll compiled each anew per name (the
    // index-wide person step keys every name of the index).
    private static final java.util.regex.Pattern APOSTROPHES = java.util.regex.Pattern.compile("[’'`ʼ‘]");
    private static final java.util.regex.Pattern ARTICLE = java.util.regex.Pattern.compile("^(al|el|ul)-");
    private static final java.util.regex.Pattern LAST_Y = java.util.regex.Pattern.compile("(yy|iy|ii|yi|ij|y)$");
    private static final java.util.regex.Pattern LAST_H = java.util.regex.Pattern.compile("[ea]h$");
    private static final java.util.regex.Pattern FIRST_G = java.util.regex.Pattern.compile("^g");
    private static final java.util.regex.Pattern Y_BEFORE_NO_VOWEL = java.util.regex.Pattern.compile("y(?![aeiu])");
    private static final java.util.regex.Pattern DOUBLED = java.util.regex.Pattern.compile("(.)\\1+");
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
}
