package news.dispatch.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes UTF-8 and refuses bad bytes instead of silently replacing them with U+FFFD: a Latin-1 file read
 * as UTF-8 would otherwise be indexed with its accented names broken and nobody told.
 */
final class StrictUtf8 {
    private StrictUtf8() {
    }

    /** The decoded text, or the offset of the first invalid byte. */
    sealed interface Result {
        record Text(String text) implements Result {
        }

        record Invalid(long byteOffset) implements Result {
        }
    }

    static Result decode(byte[] bytes, int length) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        try {
            return new Result.Text(decoder.decode(in).toString());
        } catch (MalformedInputException e) {
            return new Result.Invalid(in.position());
        } catch (CharacterCodingException e) {
            return new Result.Invalid(in.position());
        }
    }

    /** Index of the first NUL byte among the first {@code length} bytes, if any: text files have none. */
    static Optional<Integer> firstNul(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) if (bytes[i] == 0) return Optional.of(i);
        return Optional.empty();
    }
}
