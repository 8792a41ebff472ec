package news.dispatch.index;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The MinHash signature of an article's words, for finding copies and rewrites of one wire story without comparing
 * every pair: {@link #HASHES} minimum hashes over the article's {@link #SHINGLE}-word shingles (title and body,
 * lower-cased, letters and digits only), each kept to its low {@link #BITS} bits ("b-bit MinHash"). Two signatures
 * agree in a share of positions that estimates the Jaccard similarity of the two shingle sets; two different minima
 * agree in their low 16 bits by chance once in 65,536 positions, which moves no estimate. Locality-sensitive hashing
 * cuts the signature into {@link #BANDS} bands of {@link #ROWS} rows: articles that agree on a whole band are
 * candidates ({@link #bands}: the band's number and its 32 bits), and only candidates are compared. With 2 rows a
 * pair at Jaccard 0.3 shares a band with probability 0.998, at 0.5 always (1 - (1 - J²)^64); a shared boilerplate
 * band costs only a comparison, never a wrong grouping.
 *
 * <p>Why 16 bits and no band terms: the index keeps only the signature (256 bytes an article, a binary doc value);
 * the bands are read from it when grouping ({@link StoryGroups}), where indexing them as terms cost ~1,000 bytes an
 * article of near-unique terms (issue 29). A signature stored by an older scheme (32 bits a hash) reads as the same
 * 16-bit signature.
 *
 * <p>Everything here is a pure function of the text (fixed seeds), so a rebuild and any order of incremental runs
 * compute the same signatures.
 */
public record StorySignature(char[] mins) {
    public static final int SHINGLE = 3;
    /** Bits kept of each minimum hash. */
    public static final int BITS = Character.SIZE;
    /** Two rows of 16 bits fill a band key's 32 bits ({@link #band}). */
    public static final int ROWS = 2;
    public static final int BANDS = 64;
    public static final int HASHES = ROWS * BANDS;
    private static final long[] SEEDS = seeds();

    /** The signature of a text, or null when it has no words (an article without words is a story of its own). */
    public static StorySignature of(String title, String body) {
        List<String> words = words(title + "\n" + body);
        if (words.isEmpty()) return null;
        int[] mins = new int[HASHES];
        java.util.Arrays.fill(mins, Integer.MAX_VALUE);
        int shingles = Math.max(1, words.size() - SHINGLE + 1);
        for (int s = 0; s < shingles; s++) {
            StringBuilder shingle = new StringBuilder();
            for (int w = s; w < Math.min(words.size(), s + SHINGLE); w++) shingle.append(words.get(w)).append(' ');
            long base = fnv64(shingle);
            for (int i = 0; i < HASHES; i++) {
                int h = (int) (mix64(base ^ SEEDS[i]) >>> 33); // non-negative, so the minimum is plain int order
                if (h < mins[i]) mins[i] = h;
            }
        }
        char[] kept = new char[HASHES];
        for (int i = 0; i < HASHES; i++) kept[i] = (char) mins[i];
        return new StorySignature(kept);
    }

    /** The estimated Jaccard similarity of the two articles' shingle sets: the share of agreeing positions. */
    public double similarity(StorySignature other) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (mins[i] == other.mins[i]) same++;
        }
        return same / (double) HASHES;
    }

    /**
     * One key per LSH band: its number in the high 32 bits, its {@link #ROWS} 16-bit values in the low 32 (so keys of
     * different bands never meet). Articles holding a same key are candidates.
     */
    public long band(int b) {
        return (long) b << 32 | (long) mins[b * ROWS] << 16 | mins[b * ROWS + 1];
    }

    /** Every band's key ({@link #band}), in band order. */
    public List<Long> bands() {
        List<Long> keys = new ArrayList<>(BANDS);
        for (int b = 0; b < BANDS; b++) keys.add(band(b));
        return keys;
    }

    /** Two bytes a hash, big-endian. */
    public byte[] toBytes() {
        ByteBuffer buffer = ByteBuffer.allocate(HASHES * Character.BYTES);
        for (char m : mins) buffer.putChar(m);
        return buffer.array();
    }

    /**
     * The signature stored by {@link #toBytes}, or by the scheme before it (4 bytes a hash: its low 16 bits are this
     * scheme's value), or null for bytes of another length.
     */
    public static StorySignature fromBytes(byte[] bytes, int offset, int length) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
        char[] mins = new char[HASHES];
        if (length == HASHES * Character.BYTES) {
            for (int i = 0; i < HASHES; i++) mins[i] = buffer.getChar();
        } else if (length == HASHES * Integer.BYTES) {
            for (int i = 0; i < HASHES; i++) mins[i] = (char) buffer.getInt();
        } else {
            return null;
        }
        return new StorySignature(mins);
    }

    /** Lower-cased runs of letters and digits. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c)) {
                word.appendCodePoint(Character.toLowerCase(c));
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        });
        if (!word.isEmpty()) words.add(word.toString());
        return words;
    }

    private static long fnv64(CharSequence s) {
        long h = 0xcbf29ce484222325L;
        byte[] bytes = s.toString().getBytes(StandardCharsets.UTF_8);
        for (byte b : bytes) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64's finalizer: a fast, well-mixed 64-bit hash of a 64-bit value. */
    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] seeds = new long[HASHES];
        long s = 0x5DEECE66DL;
        for (int i = 0; i < HASHES; i++) seeds[i] = s = mix64(s + 0x9E3779B97F4A7C15L);
        return seeds;
    }
}
