package news.dispatch.measure.load;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The server's heap as {@code /api/stats} reports it.
 *
 * @param usedBytes        heap in use now (live objects and garbage not yet collected)
 * @param afterLastGcBytes heap in use right after the most recent collection: the figure that grows with a leak
 */
public record ServerHeap(long usedBytes, long afterLastGcBytes, long maxBytes) {
    public static ServerHeap from(JsonNode stats) {
        JsonNode heap = stats.path("heap");
        return new ServerHeap(heap.path("used_bytes").asLong(-1), heap.path("after_last_gc_bytes").asLong(-1),
                heap.path("max_bytes").asLong(-1));
    }

    @Override
    public String toString() {
        return "used %s, after last GC %s, max %s".formatted(mb(usedBytes), mb(afterLastGcBytes), mb(maxBytes));
    }

    private static String mb(long bytes) {
        return bytes < 0 ? "?" : "%.0f MB".formatted(bytes / 1048576.0);
    }
}
