package news.dispatch.web;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import news.dispatch.search.IndexStats;

/**
 * The server's heap, for {@code /api/stats}: a load test compares it across runs to see whether memory grows.
 *
 * @param usedBytes        heap in use now, garbage included
 * @param afterLastGcBytes heap in use just after the latest collection (-1 before the first): what a leak raises
 * @param maxBytes         the heap limit
 */
record HeapStats(long usedBytes, long afterLastGcBytes, long maxBytes) {

    /** {@code /api/stats}: the index's figures with the heap beside them. */
    record ServerStats(@JsonUnwrapped IndexStats index, HeapStats heap) {
    }

    static HeapStats now() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return new HeapStats(heap.getUsed(), afterLastGc(), heap.getMax());
    }

    private static long afterLastGc() {
        var heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP).map(p -> p.getName()).toList();
        long latestEnd = -1;
        long used = -1;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!(gc instanceof com.sun.management.GarbageCollectorMXBean sun) || sun.getLastGcInfo() == null) continue;
            var info = sun.getLastGcInfo();
            if (info.getEndTime() <= latestEnd) continue;
            latestEnd = info.getEndTime();
            used = info.getMemoryUsageAfterGc().entrySet().stream().filter(e -> heapPools.contains(e.getKey()))
                    .mapToLong(e -> e.getValue().getUsed()).sum();
        }
        return used;
    }
}
