package news.dispatch.entity.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import news.dispatch.entity.Entities;
import news.dispatch.entity.Extracted;
import news.dispatch.entity.Mention;

/**
 * Characters no reader sees, by Unicode class rather than a list: inside a name they neither cut it ("Vladimir Pu")
 * nor move its marks off the letters a reader sees.
 */
class InvisibleCharactersTest {

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"00AD", "200B", "200C", "200D", "200E", "200F", "202A", "202B", "202C", "202D", "202E",
            "2060", "2061", "2062", "2063", "2064", "2066", "2067", "2068", "2069", "206A", "206F", "061C", "180E",
            "034F", "FE00", "FE0E", "FE0F", "180B", "FEFF", "E0001", "E0020", "E0041", "E007F", "E0100", "E01EF",
            "1D173", "FFF9", "13430", "3164", "FFA0", "115F", "1160", "2065"})
    void anInvisibleCharacterInsideANameNeitherCutsItNorMovesItsMark(String hex) {
        String invisible = Character.toString(Integer.parseInt(hex, 16));
        String name = "Vladimir Pu" + invisible + "tin";
        String text = "Russian President " + name + " met Olaf Sch" + invisible + invisible + "olz in Berlin.";
        Entities e = Extracted.of(text);
        assertEquals(Set.of("Vladimir Putin", "Olaf Scholz"), Extracted.personNames(e), hex);
        Mention m = Extracted.person(e, "Vladimir Putin").mentions().getFirst();
        assertEquals(name, m.text(), hex);
        assertEquals(text.indexOf("Vladimir"), m.start(), hex);
        assertEquals(text.substring(m.start(), m.end()), m.text(), hex);
    }

    @Test
    void aRunOfTagCharactersAndMarksAroundAndInsideANameIsIgnored() {
        // An emoji flag's tag sequence, bidi isolates around a Latin name in right-to-left copy, a variation selector.
        String tags = "\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67\uDB40\uDC7F";
        String text = "Talks " + tags + " today: \u2067\u200EVladi\u034Fmir\u200F Pu\uFE0Ftin\u2069 met Olaf Scholz.";
        Entities e = Extracted.of(text);
        assertTrue(Extracted.personNames(e).contains("Vladimir Putin"), e.persons().toString());
        Mention m = Extracted.person(e, "Vladimir Putin").mentions().getFirst();
        assertEquals(text.substring(m.start(), m.end()), m.text());
        assertTrue(m.text().startsWith("Vladi") && m.text().endsWith("tin"), m.text());
    }

    @Test
    void everyFormatCharacterAndVariationSelectorIsInvisibleButNoLetterSpaceOrDigitIs() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            int type = Character.getType(c);
            boolean prepended = (c >= 0x0600 && c <= 0x0605) || c == 0x06DD || c == 0x070F || c == 0x0890
                    || c == 0x0891 || c == 0x08E2 || c == 0x110BD || c == 0x110CD;
            if (type == Character.FORMAT && !prepended) {
                assertTrue(InvisibleCharacters.isInvisible(c), Integer.toHexString(c));
            }
            // Hangul fillers are letters to Unicode's categories, and default-ignorable (never drawn) to its properties.
            boolean filler = c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0;
            if ((Character.isLetterOrDigit(c) && !filler) || Character.isWhitespace(c) || Character.isSpaceChar(c) || prepended
                    || type == Character.DASH_PUNCTUATION || type == Character.CONNECTOR_PUNCTUATION) {
                assertFalse(InvisibleCharacters.isInvisible(c), Integer.toHexString(c));
            }
        }
        for (int c : new int[] {0x034F, 0x3164, 0xFFA0, 0x180B, 0x180C, 0x180D, 0x180F, 0xFE00, 0xFE0F, 0xE0100, 0xE01EF, 0xE0000}) {
            assertTrue(InvisibleCharacters.isInvisible(c), Integer.toHexString(c));
        }
    }
}
