package news.dispatch.measure.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A path's JVM reports a block on one line that the bench reads back unchanged. */
class LaneWorkerTest {
    @Test
    void aBlockWithAFailedRequestComesBackFromItsLineUnchanged() {
        BlockRun run = new BlockRun(new long[] {10, 20}, new long[] {1_500_000, 2_500_000}, new long[] {-1, -1},
                new long[] {-1, -1}, new int[] {7, 8}, 1, "java.io.IOException: HTTP 400 for /api/search?q=a b",
                4_100_000, 0.0042, 0.0005);
        BlockRun back = LaneWorker.decode(LaneWorker.encode(run));
        assertArrayEquals(run.starts(), back.starts());
        assertArrayEquals(run.nanos(), back.nanos());
        assertArrayEquals(run.threadCpuNanos(), back.threadCpuNanos());
        assertArrayEquals(run.runWaitNanos(), back.runWaitNanos());
        assertArrayEquals(run.positions(), back.positions());
        assertEquals(run.errors(), back.errors());
        assertEquals(run.firstError(), back.firstError());
        assertEquals(run.wallNanos(), back.wallNanos());
        assertEquals(run.cpuSeconds(), back.cpuSeconds());
        assertEquals(run.jitSeconds(), back.jitSeconds());
    }
}
