package news.dispatch.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import news.dispatch.search.BadRequestException;

/**
 * Checks a raw query string before it is decoded: the servlet decoder quietly drops a bad escape ({@code %ZZ}), a
 * broken UTF-8 sequence or a raw non-ASCII byte, so a mangled query would silently become another query.
 */
final class PercentEncoding {
    private PercentEncoding() {
    }

    /** Throws {@link BadRequestException} for a bad %-escape, escapes that are not UTF-8, or a raw byte outside ASCII. */
    static void check(String raw) {
        if (raw == null) return;
        byte[] bytes = new byte[raw.length()];
        int n = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (hex(raw, i + 1) < 0 || hex(raw, i + 2) < 0) {
                    throw new BadRequestException("The query string has an invalid %-escape at character " + (i + 1)
                            + "; write % as %25.");
                }
                bytes[n++] = (byte) (hex(raw, i + 1) * 16 + hex(raw, i + 2));
                i += 2;
            } else if (c <= ' ' || c > '~') {
                throw new BadRequestException("The query string holds a character that must be %-encoded, at "
                        + "character " + (i + 1) + ".");
            } else {
                bytes[n++] = (byte) c;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, n));
        } catch (CharacterCodingException e) {
            throw new BadRequestException("The query string's %-escapes are not valid UTF-8.");
        }
    }

    private static int hex(String s, int at) {
        return at < s.length() ? Character.digit(s.charAt(at), 16) : -1;
    }
}
