package news.dispatch.index;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The MinHash signature of an article's words, for finding copies and rewrites of one wire story without comparing
 * every pair: {@link #HASHES} minimum hashes over the article's {@link #SHINGLE}-word shingles (title and body,
 * lower-cased, letters and digits only), each kept to its low byte ("b-bit MinHash"). Two signatures agree in a
 * share of positions that estimates the Jaccard similarity of the two shingle sets (two different minima keep the
 * same byte once in 256: {@link #similarity}). Locality-sensitive hashing
 * cuts the signature into {@link #BANDS} bands of {@link #ROWS} rows: articles that agree on a whole band are
 * candidates ({@link #bands}: the band's number and its two bytes), and only candidates are compared. With 2 rows a
 * pair at Jaccard 0.3 shares a band with probability 0.998, at 0.5 always (1 - (1 - J²)^64); a shared band of
 * boilerplate or chance (one pair in 65,536 a band; dated articles are compared only within the window) costs only
 * a comparison, never a wrong grouping.
 *
 * <p>Why a byte a hash and no band terms (issue 29): the index keeps only the signature (128 bytes an article, a
 * binary doc value) and grouping reads the bands from it ({@link StoryGroups}); indexing the bands as terms cost
 * ~1,000 bytes an article of near-unique terms, and 4 bytes a hash another 384. Pair precision and recall on the
 * labelled pairs are unchanged ({@code dispatch eval stories}). A signature stored by the older scheme (4 bytes a
 * hash) reads as the same signature.
 *
 * <p>Everything here is a pure function of the text (fixed seeds), so a rebuild and any order of incremental runs
 * compute the same signatures.
 */
public record StorySignature(byte[] mins) {
    public static final int SHINGLE = 3;
    /** Bits kept of each minimum hash: one byte. */
    public static final int BITS = Byte.SIZE;
    /** Rows of a band: two bytes make a band's 16-bit key ({@link #band}). */
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
        // Each word's UTF-8 once: a shingle's hash is the FNV-1a of its words' bytes, each followed by a space, read
        // word by word instead of building and encoding every shingle's string (three times each word).
        byte[][] utf8 = new byte[words.size()][];
        for (int w = 0; w < utf8.length; w++) utf8[w] = words.get(w).getBytes(StandardCharsets.UTF_8);
        int shingles = Math.max(1, words.size() - SHINGLE + 1);
        for (int s = 0; s < shingles; s++) {
            long base = FNV_OFFSET;
            for (int w = s; w < Math.min(words.size(), s + SHINGLE); w++) base = fnv64(fnv64(base, utf8[w]), SPACE);
            for (int i = 0; i < HASHES; i++) {
                int h = (int) (mix64(base ^ SEEDS[i]) >>> 33); // non-negative, so the minimum is plain int order
                if (h < mins[i]) mins[i] = h;
            }
        }
        byte[] kept = new byte[HASHES];
        for (int i = 0; i < HASHES; i++) kept[i] = (byte) mins[i];
        return new StorySignature(kept);
    }

    /**
     * The estimated Jaccard similarity of the two articles' shingle sets: the share of agreeing positions. Two
     * different minima keep the same byte once in 256, which lifts the estimate of a pair at 0.5 by 0.002 on average;
     * left in, so that every pair the whole hashes linked is still linked (taking it out would drop most pairs at
     * exactly the threshold), and a pair one position short of it is linked a time in five.
     */
    public double similarity(StorySignature other) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (mins[i] == other.mins[i]) same++;
        }
        return same / (double) HASHES;
    }

    /**
     * One key per LSH band: its number in the high 32 bits, its {@link #ROWS} bytes in the low 16 (so keys of
     * different bands never meet). Articles holding a same key are candidates.
     */
    public long band(int b) {
        return (long) b << 32 | (mins[b * ROWS] & 0xff) << 8 | mins[b * ROWS + 1] & 0xff;
    }

    /** Every band's key ({@link #band}), in band order. */
    public List<Long> bands() {
        List<Long> keys = new ArrayList<>(BANDS);
        for (int b = 0; b < BANDS; b++) keys.add(band(b));
        return keys;
    }

    /** One byte a hash. */
    public byte[] toBytes() {
        return mins.clone();
    }

    /**
     * The signature stored by {@link #toBytes}, or by the scheme before it (4 bytes a hash: its low byte is this
     * scheme's value), or null for bytes of another length.
     */
    public static StorySignature fromBytes(byte[] bytes, int offset, int length) {
        if (length == HASHES) return new StorySignature(java.util.Arrays.copyOfRange(bytes, offset, offset + length));
        if (length != HASHES * Integer.BYTES) return null;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
        byte[] mins = new byte[HASHES];
        for (int i = 0; i < HASHES; i++) mins[i] = (byte) buffer.getInt();
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

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final byte[] SPACE = {' '};

    /** FNV-1a of {@code bytes} continued from the hash {@code h} (of the bytes before them). */
    private static long fnv64(long h, byte[] bytes) {
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
