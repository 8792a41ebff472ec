package news.dispatch.entity.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into whole tokens for gazetteer matching, so that a name only matches whole words ("Niger" never
 * inside "Nigeria", "peru" never inside "superuser"). Dotted abbreviations ("U.S.", "U.K.") stay one token;
 * apostrophes and hyphens are tokens of their own, so "Putin's" is "Putin" "'" "s".
 */
public final class Tokenizer {
    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{L}\\.){2,}|[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{Nd}]*|\\p{Nd}+|[^\\s\\p{L}\\p{M}\\p{Nd}]");

    private Tokenizer() {
    }

    public static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) tokens.add(new Token(m.group(), m.start(), m.end()));
        return tokens;
    }

    /** The token texts of a gazetteer phrase, matched against a text token by token. */
    static List<String> words(String phrase) {
        return tokens(phrase).stream().map(Token::text).toList();
    }
}
