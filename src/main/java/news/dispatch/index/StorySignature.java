package news.dispatch.index;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The MinHash signature of an article's words, for finding copies and rewrites of one wire story without comparing
 * every pair: {@link #HASHES} minimum hashes over the article's {@link #SHINGLE}-word shingles (title and body,
 * lower-cased, letters and digits only). Two signatures agree in a share of positions that estimates the Jaccard
 * similarity of the two shingle sets. Locality-sensitive hashing cuts the signature into {@link #BANDS} bands of
 * {@link #ROWS} rows: articles that agree on a whole band are candidates (indexed as one term per band), and only
 * candidates are compared. With 2 rows a pair at Jaccard 0.3 shares a band with probability 0.998, at 0.5 always
 * (1 - (1 - J²)^64); a shared boilerplate band costs only a comparison, never a wrong grouping.
 *
 * <p>Everything here is a pure function of the text (fixed seeds), so a rebuild and any order of incremental runs
 * compute the same signatures.
 */
public record StorySignature(int[] mins) {
    public static final int SHINGLE = 3;
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
        return new StorySignature(mins);
    }

    /** The estimated Jaccard similarity of the two articles' shingle sets: the share of agreeing positions. */
    public double similarity(StorySignature other) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (mins[i] == other.mins[i]) same++;
        }
        return same / (double) HASHES;
    }

    /** One term per band ("07:3fa9…"): articles holding a same term are candidates. */
    public List<String> bands() {
        List<String> terms = new ArrayList<>(BANDS);
        for (int b = 0; b < BANDS; b++) {
            long h = 0x9E3779B97F4A7C15L * (b + 1);
            for (int r = 0; r < ROWS; r++) h = mix64(h ^ mins[b * ROWS + r]);
            terms.add(String.format(Locale.ROOT, "%02d:%016x", b, h));
        }
        return terms;
    }

    public byte[] toBytes() {
        ByteBuffer buffer = ByteBuffer.allocate(HASHES * Integer.BYTES);
        for (int m : mins) buffer.putInt(m);
        return buffer.array();
    }

    /** The signature stored by {@link #toBytes}, or null for bytes of another length (an index of another scheme). */
    public static StorySignature fromBytes(byte[] bytes, int offset, int length) {
        if (length != HASHES * Integer.BYTES) return null;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
        int[] mins = new int[HASHES];
        for (int i = 0; i < HASHES; i++) mins[i] = buffer.getInt();
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
