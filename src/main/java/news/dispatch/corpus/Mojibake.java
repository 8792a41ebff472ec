package news.dispatch.corpus;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Repairs text that went through UTF-8 → Windows-1252 once or twice ("Ã¢â‚¬â„¢" for "’"), as scraped news often
 * did. A run of Latin-1/Windows-1252 characters is turned back into its bytes and read as UTF-8, and only when the
 * whole run is valid UTF-8 with no control characters is it replaced; anything else (a real "café", "São", a lone
 * "Â") is left alone, because then the repair would be a guess. A run is decoded again while that works (twice
 * encoded text needs two rounds), at most {@link #MAX_ROUNDS} times.
 */
final class Mojibake {
    static final int MAX_ROUNDS = 3;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Mojibake() {
    }

    /** The repaired text, or {@code text} itself (the same instance) when nothing was repaired. */
    static String repair(String text) {
        if (text == null) return null;
        StringBuilder out = null;
        int i = 0;
        while (i < text.length()) {
            if (!isByteChar(text.charAt(i))) {
                if (out != null) out.append(text.charAt(i));
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && isByteChar(text.charAt(end))) end++;
            String run = text.substring(i, end);
            String fixed = run.length() >= 2 ? repairRun(run) : null;
            if (fixed != null && out == null) out = new StringBuilder(text.length()).append(text, 0, i);
            if (out != null) out.append(fixed != null ? fixed : run);
            i = end;
        }
        return out == null ? text : out.toString();
    }

    /**
     * One run decoded as often as it stays valid UTF-8 (twice-encoded text takes two rounds), or null when the
     * first round fails or the last result still looks encoded: then bytes were lost (a cut-off "Ã¢â‚¬") and any
     * repair would be a guess, so the run is kept as it was rather than half repaired.
     */
    private static String repairRun(String run) {
        String current = run;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            String next = decode(current);
            if (next == null) break;
            current = next;
        }
        return current == run || looksEncoded(current) ? null : current;
    }

    /** A UTF-8 lead byte's character (Â … ô) followed by another byte character: what encoded text looks like. */
    private static boolean looksEncoded(String text) {
        for (int k = 0; k + 1 < text.length(); k++) {
            char c = text.charAt(k);
            if (c >= 0xC2 && c <= 0xF4 && isByteChar(text.charAt(k + 1))) return true;
        }
        return false;
    }

    /** A character that one Windows-1252 (or, for the five holes in it, Latin-1) byte above 0x7F decodes to. */
    private static boolean isByteChar(char c) {
        if (c >= 0x80 && c <= 0xFF) return true;
        return c > 0xFF && WINDOWS_1252.newEncoder().canEncode(c);
    }

    /** The run's bytes read as strict UTF-8, or null when they are not valid UTF-8 of printable text. */
    private static String decode(String run) {
        if (run.length() < 2) return null;
        byte[] bytes = new byte[run.length()];
        CharsetEncoder cp1252 = WINDOWS_1252.newEncoder();
        for (int k = 0; k < run.length(); k++) {
            char c = run.charAt(k);
            if (c <= 0xFF && (c < 0xA0 || !cp1252.canEncode(c))) {
                bytes[k] = (byte) c; // C1 controls stand for the bytes Windows-1252 leaves undefined
            } else {
                try {
                    ByteBuffer b = cp1252.encode(CharBuffer.wrap(new char[] {c}));
                    bytes[k] = b.get();
                } catch (CharacterCodingException e) {
                    return null;
                }
            }
        }
        try {
            String decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return decoded.chars().anyMatch(ch -> Character.isISOControl(ch)) ? null : decoded;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
