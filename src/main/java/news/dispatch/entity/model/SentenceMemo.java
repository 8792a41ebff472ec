package news.dispatch.entity.model;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The CRF's labels of sentences it has already read, so a sentence repeated across wire copies, updates and re-runs
 * is classified once. Exact, not approximate: the model's answer for a sentence depends only on its tokens (the
 * classifier's set of known lower-case words is fixed after loading, {@code maxAdditionalKnownLCWords=0}), and the
 * key is the full token text, so two sentences share an entry only when the model would read them the same.
 * <p>
 * Bounded by characters of keys held: two generations, the young one filled until it holds {@code maxChars / 2},
 * then it becomes the old one and the previous old one is dropped. A sentence found in the old generation moves to
 * the young one, so what keeps recurring stays. Thread-safe without a global lock on the read path.
 */
public final class SentenceMemo {
    /** Default bound: about 4 M characters of sentence text, some 10–20 MB with the maps' own overhead. */
    public static final long DEFAULT_MAX_CHARS = 4_000_000;
    private final long generationChars;
    private volatile Map<String, String[]> young = new ConcurrentHashMap<>();
    private volatile Map<String, String[]> old = Map.of();
    private final AtomicLong youngChars = new AtomicLong();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    public SentenceMemo() {
        this(DEFAULT_MAX_CHARS);
    }

    public SentenceMemo(long maxChars) {
        if (maxChars < 2) throw new IllegalArgumentException("maxChars must be at least 2, got " + maxChars);
        this.generationChars = maxChars / 2;
    }

    /** The labels stored for this key (one per token), or null. */
    String[] get(String key) {
        String[] labels = young.get(key);
        if (labels == null) {
            labels = old.get(key);
            if (labels != null) put(key, labels);
        }
        if (labels == null) misses.incrementAndGet();
        else hits.incrementAndGet();
        return labels;
    }

    void put(String key, String[] labels) {
        if (young.putIfAbsent(key, labels) == null && youngChars.addAndGet(key.length()) > generationChars) rotate();
    }

    private synchronized void rotate() {
        if (youngChars.get() <= generationChars) return; // another thread rotated first
        old = young;
        young = new ConcurrentHashMap<>();
        youngChars.set(0);
    }

    /** Sentences answered from the memo so far. */
    public long hits() {
        return hits.get();
    }

    /** Sentences looked up and not found (then classified) so far. */
    public long misses() {
        return misses.get();
    }

    /** Characters of sentence text held now (both generations). */
    long heldChars() {
        return young.keySet().stream().mapToLong(String::length).sum() + old.keySet().stream().mapToLong(String::length).sum();
    }
}
