package news.dispatch.entity.language;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The consonant skeleton of a name in Latin letters: what stays of a name news transliterates by ear, where vowels,
 * doubled letters and the letter groups of each romanization differ from language to language (Джордж, dzhordzh,
 * and George are both jrj as a person). The spelling is lower-cased, its letter groups rewritten to one letter per sound, then
 * every letter a to z but the vowels is kept, a doubled one once. Thread-safe.
 *
 * <p>Persons and bodies are read with different rewrites, and the difference is kept in two named readings rather
 * than one: changing either moves figures measured with it. {@link #PERSONS} reads j as the sound of English j and
 * soft g, the one every spelling of Джордж, George, Юнкер and Juncker shares, so it keeps j; {@link #BODIES}
 * reads the j of a transliterated й as a vowel, as English y is (Ню Йорк, "Nu Jork", New York), and drops it.
 */
public final class ConsonantSkeleton {
    /**
     * Names of persons, from a person's name in ASCII: dzh, dz, zh, g and a first y are j (Джордж dzhordzh, George;
     * Юнкер yunker, Juncker), kh and ch h (Хант khant, Hunt), sch, sh and sz s, ts and tz c, then w v, z s, c and q
     * k; the vowels aeiouy are dropped.
     */
    public static final ConsonantSkeleton PERSONS = new ConsonantSkeleton("aeiouy", List.of(
            letters("dzh", "j"), letters("dz", "j"), letters("zh", "j"), letters("sch", "s"), letters("sh", "s"),
            letters("sz", "s"), letters("cz", "c"), letters("kh", "h"), letters("ch", "h"), letters("ph", "f"),
            letters("th", "t"), letters("ck", "k"), letters("ts", "c"), letters("tz", "c"), letters("x", "ks"),
            letters("q", "k"), letters("w", "v"), letters("z", "s"), letters("c", "k"), letters("g", "j"),
            pattern("^y", "j")));

    /**
     * Words of organizations' and places' names, from a word transliterated to lower-case ASCII: kh and ch are h; sh
     * and sz s; w v; c, cz and q k; z s; a w that is part of a vowel (New, News) is dropped, as Cyrillic writes it
     * (Ню Йорк Таймс, Фокс Нюз); dz, the дж Cyrillic writes for an English soft g or j, is g (Лос Анджелис, Los
     * Angeles); the silent h of rh and s of isl are left out, as Cyrillic leaves them (Роуд Айлънд, Rhode Island);
     * the vowels aeiouy and j (й) are dropped.
     */
    public static final ConsonantSkeleton BODIES = new ConsonantSkeleton("aeiouyj", List.of(
            pattern("(?<=[aeiou])w(?![aeiouy])", ""), letters("dz", "g"), letters("rh", "r"), letters("isl", "il"),
            letters("kh", "h"), letters("ch", "h"), letters("sh", "s"), letters("sz", "s"), letters("cz", "k"),
            letters("ph", "f"), letters("th", "t"), letters("ck", "k"), letters("x", "ks"), letters("w", "v"),
            letters("q", "k"), letters("c", "k"), letters("z", "s")));

    /** One rewrite of the spelling, everywhere it applies: a letter group (fast), or a pattern where context matters. */
    private record Rewrite(String group, Pattern pattern, String replacement) {
        String apply(String spelling) {
            return pattern == null ? spelling.replace(group, replacement) : pattern.matcher(spelling).replaceAll(replacement);
        }
    }

    private static Rewrite letters(String group, String replacement) {
        return new Rewrite(group, null, replacement);
    }

    private static Rewrite pattern(String regex, String replacement) {
        return new Rewrite(null, Pattern.compile(regex), replacement);
    }

    /** The letters dropped as vowels. */
    private final String vowels;
    /** The rewrites, in order: a later one sees what the earlier ones wrote. */
    private final List<Rewrite> rewrites;

    private ConsonantSkeleton(String vowels, List<Rewrite> rewrites) {
        this.vowels = vowels;
        this.rewrites = rewrites;
    }

    /** The skeleton of a spelling in Latin letters (other characters are left out): "Juncker" is jnkr as a person. */
    public String of(String latin) {
        StringBuilder out = new StringBuilder();
        for (char c : rewritten(latin).toCharArray()) {
            if (c < 'a' || c > 'z' || vowels.indexOf(c) >= 0) continue;
            if (!out.isEmpty() && out.charAt(out.length() - 1) == c) continue;
            out.append(c);
        }
        return out.toString();
    }

    /** The spelling lower-cased with its letter groups rewritten, vowels and all: the skeleton before it is one. */
    public String rewritten(String latin) {
        String s = latin.toLowerCase(Locale.ROOT);
        for (Rewrite rewrite : rewrites) s = rewrite.apply(s);
        return s;
    }
}
