package news.dispatch.index;

import java.io.IOException;
import java.io.Reader;

import org.apache.lucene.analysis.charfilter.BaseCharFilter;

import news.dispatch.entity.text.InvisibleCharacters;

/**
 * Removes the characters no reader sees ({@link InvisibleCharacters}: soft hyphen, zero-width and bidi controls, tag
 * characters, variation selectors…) before tokenizing, so "Pu\u00adtin" and "Pu\u200etin" are found by
 * {@code putin}, in documents and queries alike. The same rule as the entity extractor's, by Unicode class, so
 * what is extracted as a name is also found by it. Offsets are corrected, so highlights land on the original text.
 */
final class InvisibleCharFilter extends BaseCharFilter {
    /**
     * Starts small and doubles while the input fills it, up to {@link #MAX_BUFFER}: a filter wraps every analysed
     * value, a person's name as well as a body, and a fixed 4,096 characters for each was about a tenth of the heap
     * an article's indexing allocates.
     */
    private char[] buffer = new char[128];
    private static final int MAX_BUFFER = 4096;
    private int length;
    private int position;
    private boolean ended;
    /** Characters handed out so far, and characters removed so far: the offset correction at each removal. */
    private int handedOut;
    private int removed;

    private InvisibleCharFilter(Reader in) {
        super(in);
    }

    static Reader wrap(Reader reader) {
        return new InvisibleCharFilter(reader);
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) return 0;
        int n = 0;
        while (n < len) {
            // Two characters at hand when the input has them, so a surrogate pair is judged whole.
            if (length - position < 2 && !ended) fill();
            if (position == length) break;
            char c = buffer[position];
            boolean pair = Character.isHighSurrogate(c) && position + 1 < length
                    && Character.isLowSurrogate(buffer[position + 1]);
            int chars = pair ? 2 : 1;
            if (InvisibleCharacters.isInvisible(pair ? Character.toCodePoint(c, buffer[position + 1]) : c)) {
                position += chars;
                removed += chars;
                addOffCorrectMap(handedOut + n, removed);
                continue;
            }
            // A visible pair split by the caller's buffer end: its low half comes next time, alone (and visible).
            if (n + chars > len) chars = 1;
            for (int k = 0; k < chars; k++) cbuf[off + n++] = buffer[position++];
        }
        handedOut += n;
        return n == 0 ? -1 : n;
    }

    private void fill() throws IOException {
        if (length == buffer.length && buffer.length < MAX_BUFFER) buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
        System.arraycopy(buffer, position, buffer, 0, length - position);
        length -= position;
        position = 0;
        while (length < buffer.length) {
            int read = input.read(buffer, length, buffer.length - length);
            if (read < 0) {
                ended = true;
                return;
            }
            if (read == 0) return;
            length += read;
            if (length >= 2) return;
        }
    }
}
