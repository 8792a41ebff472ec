package news.dispatch.entity.language;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
        DictionaryLookup lookup = lookup(language);
        if (!lemmas(lookup.lookup(word)).isEmpty()) return false;
        List<String> lemmas = lemmas(lookup.lookup(word.toLowerCase(Locale.ROOT)));
        return !lemmas.isEmpty() && lemmas.stream().noneMatch(l -> !l.isEmpty() && Character.isUpperCase(l.codePointAt(0)));
    }

    /**
     * True when the Ukrainian dictionary reads the word, as written or in lower case, as no animate noun and either as a
     * proper name (a place or a thing: Пенсільванії, Вісконсину, Мілуокі, Рейн, Перемога, Кампанія) or as no noun at
     * all (an adverb, Тоді; an adjective, Нижній). dict_uk tags persons' names, given and family, as animate nouns
     * (Байден, Урсула, Дмитра, Стелли), so such a word is no part of a person's name. A word read only as a common
     * noun stays a possible name, as foreign surnames often spell one (Марлі, the genitive of марля), and so does a
     * word the dictionary does not know (Стейнар, Мар-а-Лаго). Polish PoliMorf marks names otherwise: Ukrainian only.
     */
    public static boolean inanimate(String word, String language) {
        if (!"uk".equals(language) || word.length() < 2) return false;
        DictionaryLookup lookup = lookup(language);
        boolean proper = false;
        boolean noun = false;
        boolean known = false;
        for (String form : List.of(word, word.toLowerCase(Locale.ROOT))) {
            for (WordData reading : lookup.lookup(form)) {
                String tag = String.valueOf(reading.getTag());
                String lemma = String.valueOf(reading.getStem());
                if (tag.contains(":anim")) return false;
                known = true;
                noun |= tag.startsWith("noun");
                proper |= !lemma.isEmpty() && Character.isUpperCase(lemma.codePointAt(0));
            }
        }
        return known && (proper || !noun);
    }

    /**
     * The grammatical cases the Ukrainian dictionary reads the word in, as written or in lower case, by dict_uk's tag
     * ("v_naz" nominative, "v_rod" genitive, "v_dav", "v_zna", "v_oru", "v_mis", "v_kly"): empty for another
     * language or a word it does not know.
     */
    public static Set<String> cases(String word, String language) {
        if (!"uk".equals(language)) return Set.of();
        DictionaryLookup lookup = lookup(language);
        Set<String> cases = new HashSet<>();
        for (String form : List.of(word, word.toLowerCase(Locale.ROOT))) {
            for (WordData reading : lookup.lookup(form)) {
                for (String part : String.valueOf(reading.getTag()).split("[:|]")) {
                    if (part.startsWith("v_")) cases.add(part);
                }
            }
        }
        return cases;
    }

    /**
     * The nominative dict_uk gives a name written in another case: the one capitalised lemma of the word's singular
     * animate readings when none of them is a nominative (Дмитра → Дмитро, Камілли → Камілла, Боба → Боб). Empty
     * for a nominative (Урсула, which also reads as Урсул's genitive), a word read as two names, one the dictionary
     * does not know, or another language.
     */
    public static Optional<String> animateNominative(String word, String language) {
        if (!"uk".equals(language)) return Optional.empty();
        DictionaryLookup lookup = lookup(language);
        Set<String> lemmas = new HashSet<>();
        // dict_uk writes its word forms in lower case and its names' lemmas with their capitals.
        for (WordData reading : lookup.lookup(word.toLowerCase(Locale.ROOT))) {
            String lemma = String.valueOf(reading.getStem());
            if (lemma.isEmpty() || !Character.isUpperCase(lemma.codePointAt(0))) continue;
            for (String tag : String.valueOf(reading.getTag()).split("\\|")) {
                if (!tag.startsWith("noun:anim:") || tag.startsWith("noun:anim:p:")) continue;
                if (tag.contains(":v_naz")) return Optional.empty();
                lemmas.add(lemma);
            }
        }
        return lemmas.size() == 1 ? Optional.of(lemmas.iterator().next()) : Optional.empty();
    }

    /**
     * True when the Ukrainian dictionary reads the word as a person's name: an animate noun whose lemma it writes with a
     * capital (Майк, Дональда, Байден), whatever else it may read as.
     */
    public static boolean animateName(String word, String language) {
        if (!"uk".equals(language)) return false;
        for (WordData reading : lookup(language).lookup(word.toLowerCase(Locale.ROOT))) {
            String lemma = String.valueOf(reading.getStem());
            if (!lemma.isEmpty() && Character.isUpperCase(lemma.codePointAt(0))
                    && String.valueOf(reading.getTag()).contains("noun:anim:")) return true;
        }
        return false;
    }

    /** This thread's lookup in the language's dictionary. */
    private static DictionaryLookup lookup(String language) {
        return LOOKUPS.get().computeIfAbsent(language, l -> new DictionaryLookup(DICTIONARIES.get(l)));
    }

    /** The lemmas of a lookup (its WordData are reused by the next lookup). */
    private static List<String> lemmas(List<WordData> found) {
        return found.stream().map(w -> String.valueOf(w.getStem())).toList();
    }
}
