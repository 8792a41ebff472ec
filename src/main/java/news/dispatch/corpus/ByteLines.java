package news.dispatch.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a stream into lines of raw bytes without decoding, so that one badly encoded line can be
 * reported on its own, and without ever holding a line longer than the limit: such a line is consumed
 * and returned as {@link Line#tooLong()}. Lines end at {@code \n} or {@code \r\n}; a lone {@code \r} is
 * content (JSON Lines never uses it as a separator). A returned line's bytes are valid until the next call.
 */
final class ByteLines {
    /** One line: bytes [0, length) of {@code bytes}, or only its size when it was over the limit. */
    record Line(int number, byte[] bytes, int length, long size, boolean tooLong) {
    }

    private final InputStream in;
    private final long limit;
    private final byte[] chunk = new byte[1 << 16];
    private int chunkPos;
    private int chunkEnd;
    private byte[] line = new byte[1 << 12];
    private int number;

    ByteLines(InputStream in, long limit) {
        this.in = in;
        this.limit = limit;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        int length = 0;
        long size = 0;
        boolean sawAny = false;
        while (true) {
            if (chunkPos == chunkEnd) {
                chunkEnd = in.read(chunk, 0, chunk.length);
                chunkPos = 0;
                if (chunkEnd <= 0) {
                    chunkEnd = 0;
                    return sawAny ? finish(length, size) : null;
                }
            }
            sawAny = true;
            int start = chunkPos;
            int end = start;
            while (end < chunkEnd && chunk[end] != '\n') end++;
            int n = end - start;
            size += n;
            if (size <= limit) {
                ensure(length + n);
                System.arraycopy(chunk, start, line, length, n);
                length += n;
            }
            chunkPos = end;
            if (end < chunkEnd) {
                chunkPos++;
                return finish(length, size);
            }
        }
    }

    private Line finish(int length, long size) {
        number++;
        if (size > limit) return new Line(number, null, 0, size, true);
        if (length > 0 && line[length - 1] == '\r') length--;
        return new Line(number, line, length, size, false);
    }

    private void ensure(int capacity) {
        if (capacity > line.length) line = Arrays.copyOf(line, Math.max(capacity, line.length * 2));
    }
}
