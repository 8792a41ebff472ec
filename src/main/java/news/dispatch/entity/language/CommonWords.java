package news.dispatch.entity.language;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Polish and Ukrainian words that are no name: a capitalised word whose every reading in the language's morfologik
 * dictionary is a common word, written lower case ("Bliskim Wschodzie", "Liberalni Demokraci"; "Водночас",
 * "Напередодні" opening a sentence). Both dictionaries are on the classpath for the Lucene analysis: Polish
 * PoliMorf (morfologik-polish, BSD licence) and Ukrainian dict_uk (morfologik-ukrainian-search, Apache License 2.0,
 * word forms lower case). They list names with their capitals (Kowalskim → Kowalski; мей → Мей), and a foreign
 * surname (Corbyna) is in neither: both stay names.
 */
public final class CommonWords {
    private static final Map<String, String> DICTIONARY_OF_LANGUAGE = Map.of(
            "pl", "/morfologik/stemming/polish/polish.dict", "uk", "/ua/net/nlp/ukrainian.dict");
    private static final Map<String, Dictionary> DICTIONARIES = Map.of("pl", read("pl"), "uk", read("uk"));
    /** A lookup keeps state between calls: one per thread and language. */
    private static final ThreadLocal<Map<String, DictionaryLookup>> LOOKUPS = ThreadLocal.withInitial(java.util.HashMap::new);

    private CommonWords() {
    }

    private static Dictionary read(String language) {
        try {
            return Dictionary.read(CommonWords.class.getResource(DICTIONARY_OF_LANGUAGE.get(language)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("the morfologik dictionary for " + language + " is missing from the classpath", e);
        }
    }

    /** True for a language with a dictionary here. */
    public static boolean reads(String language) {
        return language != null && DICTIONARIES.containsKey(language);
    }

    /** True when the language's dictionary knows the word, in lower case only, and has no name among its readings. */
    public static boolean common(String word, String language) {
        if (!reads(language)) return false;
        DictionaryLookup lookup = LOOKUPS.get().computeIfAbsent(language, l -> new DictionaryLookup(DICTIONARIES.get(l)));
        if (!lemmas(lookup.lookup(word)).isEmpty()) return false;
        List<String> lemmas = lemmas(lookup.lookup(word.toLowerCase(Locale.ROOT)));
        return !lemmas.isEmpty() && lemmas.stream().noneMatch(l -> !l.isEmpty() && Character.isUpperCase(l.codePointAt(0)));
    }

    /** The lemmas of a lookup (its WordData are reused by the next lookup). */
    private static List<String> lemmas(List<WordData> found) {
        return found.stream().map(w -> String.valueOf(w.getStem())).toList();
    }
}
