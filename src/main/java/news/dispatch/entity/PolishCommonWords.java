package news.dispatch.entity;

import java.util.List;
import java.util.Locale;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Polish words that are no name: a capitalised word whose every reading in the Polish morfologik dictionary (PoliMorf,
 * BSD-licensed, on the classpath for the Polish analysis) is a common word, written lower case ("Bliskim Wschodzie",
 * "Nowym Jorku", "Liberalni Demokraci"). The dictionary lists names with their capitals (Kowalskim → Kowalski,
 * Nowak), and a foreign surname (Corbyna) is not in it at all: both stay names.
 */
final class PolishCommonWords {
    /** The dictionary morfologik-polish ships (read once); a lookup keeps state between calls: one per thread. */
    private static final Dictionary POLISH = read();
    private static final ThreadLocal<DictionaryLookup> STEMMER = ThreadLocal.withInitial(() -> new DictionaryLookup(POLISH));

    private static Dictionary read() {
        try {
            return Dictionary.read(PolishCommonWords.class.getResource("/morfologik/stemming/polish/polish.dict"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("the Polish morfologik dictionary is missing from the classpath", e);
        }
    }

    private PolishCommonWords() {
    }

    /** True when the dictionary knows the word, in lower case only, and has no name among its readings. */
    static boolean common(String word) {
        DictionaryLookup stemmer = STEMMER.get();
        if (!copy(stemmer.lookup(word)).isEmpty()) return false;
        List<String> lemmas = copy(stemmer.lookup(word.toLowerCase(Locale.ROOT)));
        return !lemmas.isEmpty() && lemmas.stream().noneMatch(l -> !l.isEmpty() && Character.isUpperCase(l.codePointAt(0)));
    }

    /** The lemmas of a lookup (its WordData are reused by the next lookup). */
    private static List<String> copy(List<WordData> found) {
        return found.stream().map(w -> String.valueOf(w.getStem())).toList();
    }
}
