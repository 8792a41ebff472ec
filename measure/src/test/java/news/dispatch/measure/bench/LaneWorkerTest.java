package news.dispatch.measure.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicIntegerArray;

import org.junit.jupiter.api.Test;

/** A path's JVM warms up on whole rounds of the mix and reports a block on one line that the bench reads back. */
class LaneWorkerTest {
    @Test
    void warmUpAloneAsksEveryPositionOfTheMixOnceARoundForAtLeastTheSettlingWindow() throws Exception {
        int mixSize = 2 * InterleavedRunner.BLOCK + 7; // a last block shorter than the others
        AtomicIntegerArray asked = new AtomicIntegerArray(mixSize);
        String settled = LaneWorker.settle(mixSize, asked::incrementAndGet, 1);
        int rounds = Integer.parseInt(settled.split(" ")[0]);
        assertTrue(rounds >= LaneWorker.SETTLING_WINDOW, settled);
        for (int i = 0; i < mixSize; i++) assertEquals(rounds, asked.get(i), "position " + i);
    }

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
