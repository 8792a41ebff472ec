package news.dispatch.entity.person;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Latin letters spelt out by their names in Cyrillic: an acronym read aloud, as Bulgarian and Russian write the
 * names of broadcasters and firms (Си Ен Ен for CNN, Би Би Си for BBC, Ен Би Си, Ейч Ен Ем), which capitalised
 * words look like a person's name. The names of the alphabet's letters, no name of a body. Thread-safe.
 */
public final class SpeltLetters {
    /** The Latin letters' names as bg, ru and uk write them (A Ей/Эй, B Би/Бі, C Си/Сі … Z Зи/Зед/Зет). */
    /** Compiled once: String.split compiled it anew for each text asked. */
    private static final java.util.regex.Pattern WORD_BREAKS = java.util.regex.Pattern.compile("[\\s\\u00A0-]+");
    private static final Set<String> LETTER_NAMES = Set.of(
            "ей", "эй", "би", "бі", "си", "сі", "ди", "ді", "еф", "эф", "джи", "джі", "ейч", "эйч", "ай", "джей",
            "кей", "ел", "эл", "ем", "эм", "ен", "эн", "оу", "пи", "пі", "кю", "кью", "ар", "ес", "эс", "ти", "ті",
            "ю", "ви", "ві", "екс", "экс", "уай", "зи", "зед", "зет");

    private SpeltLetters() {
    }

    /** True when {@code text} is two or more words, each a Latin letter's name (Си Ен Ен, Би-Би-Си). */
    public static boolean spelt(String text) {
        String[] words = WORD_BREAKS.split(text.toLowerCase(Locale.ROOT));
        return words.length >= 2 && Arrays.stream(words).allMatch(LETTER_NAMES::contains);
    }
}
