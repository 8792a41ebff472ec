package news.dispatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.ibm.icu.text.Transliterator;

/** The cross-script keys of words of Latin letters, which skip ICU's script-run search. */
class CrossScriptAnalyzerTest {
    private static final Transliterator ANY_LATIN = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    @Test
    void aWordOfLatinLettersGetsTheKeyAnyLatinWouldGiveIt() {
        for (String word : List.of("Zelenského", "Łukaszenki", "Babišem", "Straße", "Øresund", "Đoković", "Ǆemal",
                "Kraków", "Ærø", "ﬁnále")) {
            assertEquals(List.of(CrossScriptAnalyzer.key(ANY_LATIN.transliterate(word))), CrossScriptAnalyzer.keysOf(word),
                    word);
        }
    }

    @Test
    void aWordWithASignOfAnotherBlockIsNotReadAsLatinLetters() {
        // A halfwidth sign is Common, not Latin: Any-Latin maps it to its full-width form, Latin-ASCII leaves it.
        assertEquals(false, CrossScriptAnalyzer.latinLetters("a\uFF62"));
        assertEquals(true, CrossScriptAnalyzer.latinLetters("Babiš-2"));
    }
}
