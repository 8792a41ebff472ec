package news.dispatch.entity.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into whole tokens for gazetteer matching, so that a name only matches whole words ("Niger" never
 * inside "Nigeria", "peru" never inside "superuser"). Dotted abbreviations ("U.S.", "U.K.") stay one token;
 * apostrophes and hyphens are tokens of their own, so "Putin's" is "Putin" "'" "s".
 * <p>
 * A token is, at the first character that is not ASCII white space, the first of: two or more letter-and-full-stop
 * pairs ("U.S."); a letter or mark followed by letters, marks and decimal digits; a run of decimal digits; any other
 * single character. That is the regular expression
 * {@code (?:\p{L}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\p{Nd}]*|\p{Nd}+|[^\s\p{L}\p{M}\p{Nd}]}, scanned by hand: the
 * extractor tokenizes every article with it (once, for both persons and countries) and the expression cost ~3 % of
 * extraction (JFR).
 */
public final class Tokenizer {
    private Tokenizer() {
    }

    public static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isAsciiSpace(c)) {
                i++;
                continue;
            }
            int end = tokenEnd(text, i);
            tokens.add(new Token(text.substring(i, end), i, end));
            i = end;
        }
        return tokens;
    }

    /** The end of the token starting at {@code start}, a character that is not ASCII white space. */
    private static int tokenEnd(String text, int start) {
        int c = text.codePointAt(start);
        if (Character.isLetter(c)) {
            int dotted = dottedEnd(text, start);
            if (dotted >= 0) return dotted;
        }
        if (Character.isLetter(c) || isMark(c)) {
            int i = start + Character.charCount(c);
            while (i < text.length()) {
                int d = text.codePointAt(i);
                if (!Character.isLetter(d) && !isMark(d) && !isDigit(d)) break;
                i += Character.charCount(d);
            }
            return i;
        }
        if (isDigit(c)) {
            int i = start + Character.charCount(c);
            while (i < text.length()) {
                int d = text.codePointAt(i);
                if (!isDigit(d)) break;
                i += Character.charCount(d);
            }
            return i;
        }
        return start + Character.charCount(c);
    }

    /** The end of two or more letter-and-full-stop pairs from {@code start} ("U.S."), or -1 for fewer than two. */
    private static int dottedEnd(String text, int start) {
        int i = start;
        int pairs = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            if (!Character.isLetter(c) || next >= text.length() || text.charAt(next) != '.') break;
            i = next + 1;
            pairs++;
        }
        return pairs >= 2 ? i : -1;
    }

    /** What {@code \s} matches without the Unicode flag: the white space that separates tokens here. */
    public static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isDigit(int c) {
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    /** The token texts of a gazetteer phrase, matched against a text token by token. */
    static List<String> words(String phrase) {
        return tokens(phrase).stream().map(Token::text).toList();
    }
}
