package news.dispatch.entity.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import news.dispatch.entity.GazetteerFile;

/** The spelling keys under which transliterations of one name meet, and the names they keep apart. */
class NameSpellingsTest {
    @Test
    void yAndIEndingsOfASlavicSurnameShareAKey() {
        String key = NameSpellings.surnameKey("Zelensky");
        for (String s : List.of("Zelenskyy", "Zelenskiy", "Zelenskii")) assertEquals(key, NameSpellings.surnameKey(s), s);
    }

    @Test
    void qGAndKAndDoubledLettersShareAKey() {
        String key = NameSpellings.surnameKey("Gaddafi");
        for (String s : List.of("Qaddafi", "Gadhafi", "Kadhafi")) assertEquals(key, NameSpellings.surnameKey(s), s);
    }

    @Test
    void theArabicArticleAndDiacriticsAreNotPartOfTheKey() {
        assertEquals(NameSpellings.surnameKey("Assad"), NameSpellings.surnameKey("al-Assad"));
        assertEquals(NameSpellings.surnameKey("Erdogan"), NameSpellings.surnameKey("Erdoğan"));
    }

    @Test
    void vowelPairsOfRomanizationShareAKey() {
        assertEquals(NameSpellings.surnameKey("Hussein"), NameSpellings.surnameKey("Hussain"));
        assertEquals(NameSpellings.surnameKey("Mahmoud"), NameSpellings.surnameKey("Mahmud"));
        assertEquals(NameSpellings.surnameKey("Shoigu"), NameSpellings.surnameKey("Shoygu"));
    }

    @Test
    void surnamesThatDifferInOtherLettersKeepApartKeys() {
        assertNotEquals(NameSpellings.surnameKey("Hill"), NameSpellings.surnameKey("Hall"));
        assertNotEquals(NameSpellings.surnameKey("Kerry"), NameSpellings.surnameKey("Curry"));
        assertNotEquals(NameSpellings.surnameKey("Kelly"), NameSpellings.surnameKey("Kelley"));
        assertNotEquals(NameSpellings.surnameKey("Cohan"), NameSpellings.surnameKey("Cohen"));
        assertNotEquals(NameSpellings.surnameKey("Berger"), NameSpellings.surnameKey("Barker"));
        assertNotEquals(NameSpellings.surnameKey("Galli"), NameSpellings.surnameKey("Kelly"));
        assertNotEquals(NameSpellings.surnameKey("Huffman"), NameSpellings.surnameKey("Hoffman"));
    }

    @Test
    void givenNameSpellingsOfOneRowShareAKey() {
        NameSpellings spellings = NameSpellings.standard();
        assertEquals(spellings.givenKey("Mohammed"), spellings.givenKey("Muhammad"));
        assertEquals(spellings.givenKey("Mohamed"), spellings.givenKey("Mohammad"));
        assertNotEquals(spellings.givenKey("Ali"), spellings.givenKey("Alia"));
    }

    @Test
    void noGivenNameSpellingIsInTwoRows() {
        Map<String, String> rowOf = new HashMap<>();
        for (Map<String, String> row : GazetteerFile.tsv("given-name-variants.tsv")) {
            for (String v : GazetteerFile.list(row.get("spellings"))) {
                String before = rowOf.put(NameSpellings.fold(v), row.get("spellings"));
                assertTrue(before == null || before.equals(row.get("spellings")), v + " is in two rows");
            }
        }
    }
}
