package news.dispatch.feed;

/**
 * Bytes of heap that the feeds being fetched and parsed at once may hold together. Polls run concurrently, one per
 * feed, so with many large feeds (an OPML of 150 feeds of 9 MB) the bodies, their parsed items and their articles
 * would all be in memory at the same time: bounding the polls by count does not bound that.
 *
 * <p>Each poll holds a {@link Reservation} that grows as its body arrives ({@link #COST_PER_BYTE} bytes of heap per
 * byte of body: the body, its copy, the parsed text and the articles) without waiting while the budget has room.
 * When it has none, the download is given up ({@link Reservation#tryGrow} fails), everything the poll held is given
 * back, and the poll waits for a reservation of its whole cap before fetching again: a poll never waits while holding
 * part of the budget, so polls cannot block each other for good. A cap larger than the whole budget is clamped to
 * it, so one feed always gets through.
 */
public final class MemoryBudget {
    /**
     * Heap bytes one byte of a feed's body costs until its articles are indexed: the body as it arrives and its copy,
     * the text decoded into UTF-16 characters, Rome's document tree and the items. An order of magnitude: with it, 30
     * feeds of 5 MB polled at once fit a 256 MB heap beside the entity model (LargeFeedsTest), where without a
     * budget 25 of them failed with OutOfMemoryError.
     */
    public static final int COST_PER_BYTE = 6;

    private final long total;
    private long available;
    private int waiting;

    public MemoryBudget(long bytes) {
        this.total = Math.max(1, bytes);
        this.available = total;
    }

    /** A quarter of the heap this JVM may grow to: room for the index writer, the entity model and a server. */
    public static MemoryBudget quarterOfHeap() {
        return new MemoryBudget(Runtime.getRuntime().maxMemory() / 4);
    }

    public long total() {
        return total;
    }

    /** An empty reservation: it grows as the body arrives. */
    Reservation open() {
        return new Reservation();
    }

    /** A reservation of {@code bytes} (at most the whole budget), waiting until they are free. */
    Reservation openWaiting(long bytes) throws InterruptedException {
        Reservation r = new Reservation();
        long wanted = Math.min(total, bytes);
        synchronized (this) {
            waiting++;
            try {
                while (available < wanted) wait();
            } finally {
                waiting--;
            }
            available -= wanted;
        }
        r.held = wanted;
        r.ceiling = true;
        return r;
    }

    private synchronized boolean tryTake(long bytes) {
        // Those waiting for a whole reservation come first: growing ones do not starve them.
        if (waiting > 0 || available < bytes) return false;
        available -= bytes;
        return true;
    }

    private synchronized void give(long bytes) {
        available += bytes;
        notifyAll();
    }

    /** What one poll holds of the budget; closed when its articles are indexed. */
    public final class Reservation implements AutoCloseable {
        private long held;
        private long used;
        /** Reserved whole in advance: it never takes more, and what it holds covers its cap. */
        private boolean ceiling;

        /** Accounts for {@code bodyBytes} more bytes of body; false (nothing taken) when the budget has no room. */
        synchronized boolean tryGrow(long bodyBytes) {
            long cost = bodyBytes * COST_PER_BYTE;
            if (used + cost <= held) {
                used += cost;
                return true;
            }
            if (ceiling) {
                // Reserved whole: the cap (clamped to the budget) was all it could have.
                used += cost;
                return true;
            }
            long more = used + cost - held;
            if (!tryTake(more)) return false;
            held += more;
            used += cost;
            return true;
        }

        @Override
        public synchronized void close() {
            if (held > 0) give(held);
            held = 0;
            used = 0;
        }
    }
}
