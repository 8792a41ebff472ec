package news.dispatch.entity.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class TokenizerTest {
    /** The expression the hand-written scanner replaces: its tokens are the specification. */
    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{L}\\.){2,}|[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{Nd}]*|\\p{Nd}+|[^\\s\\p{L}\\p{M}\\p{Nd}]");

    private static List<Token> byExpression(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) tokens.add(new Token(m.group(), m.start(), m.end()));
        return tokens;
    }

    private static List<String> texts(String text) {
        return Tokenizer.tokens(text).stream().map(Token::text).toList();
    }

    @Test
    void dottedAbbreviationsStayOneTokenAndApostrophesStandAlone() {
        assertEquals(List.of("The", "U.S.", "and", "Putin", "'", "s", "U", ".", "team"), texts("The U.S. and Putin's U. team"));
    }

    @Test
    void wordsKeepTheirDigitsAndMarksWhileNumbersAndHyphensSplit() {
        assertEquals(List.of("G20", "2024", "-", "25", "cafe\u0301", "\u0301x"), texts("G20 2024-25 cafe\u0301 \u0301x"));
    }

    @Test
    void theScannerGivesTheExpressionsTokensOnMixedScriptsAndOddCharacters() {
        String text = "A.B.C. a.b. x.y, U.S.A.1 Ž.\u00a0Zelensky\u2009said: «Да» 𝐀𝐁 𝟏𝟐 \ud835 lone 42nd ٣٤ ت.ن. "
                + "\u0301mark tab\there\u000bvt\fff\r\n\u200b\u2028 ab.c.d. é.f.g 🙂x";
        assertEquals(byExpression(text), Tokenizer.tokens(text));
    }
}
