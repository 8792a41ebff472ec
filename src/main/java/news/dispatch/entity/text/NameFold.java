package news.dispatch.entity.text;

import com.ibm.icu.text.Transliterator;

import news.dispatch.entity.WordFunctionMemo;

/**
 * A name folded for comparison across scripts and spellings: lower case, Latin letters without diacritics, words
 * separated by single spaces ("Władimir Putin", "Владимир Путин" and "Vladimir-Putin" give "wladimir putin" or
 * "vladimir putin"). ICU's chain {@code Any-Latin; NFKD; [:Nonspacing Mark:] Remove; Latin-ASCII}, the one
 * sanctions-screening tools use; it reads scripts with written vowels well (Latin, Cyrillic, Greek) and Arabic or
 * Chinese poorly, where name tables do the work. Thread-safe.
 */
public final class NameFold {
    private static final String RULES = "Any-Latin; NFKD; [:Nonspacing Mark:] Remove; Latin-ASCII; Lower";
    // ICU documents Transliterator instances as not safe for concurrent use: one per thread.
    private static final ThreadLocal<Transliterator> LATIN = ThreadLocal.withInitial(() -> Transliterator.getInstance(RULES));

    private static final java.util.regex.Pattern PRIMES = java.util.regex.Pattern.compile("[\"'’ʹʺʼ`]");
    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameFold() {
    }

    /**
     * Folds already made: the index-wide step folds each name many times over (a quarter of its time on BSNLP was
     * this transliteration), and so do the Slavic rules per article.
     */
    private static final WordFunctionMemo FOLDED = new WordFunctionMemo(NameFold::folded, 50_000);

    public static String fold(String name) {
        return FOLDED.apply(name);
    }

    private static String folded(String name) {
        return words(LATIN.get().transliterate(name));
    }

    /**
     * The text's words as the fold separates them, letters left as they are: apostrophes and primes dropped (hard and
     * soft signs come out of the transliteration as primes, Джонсън → "dzhonsʺn", and are no word breaks), any other
     * run of signs between letters one space.
     */
    public static String words(String text) {
        return NOT_WORD.matcher(PRIMES.matcher(text).replaceAll("")).replaceAll(" ").strip();
    }
}
