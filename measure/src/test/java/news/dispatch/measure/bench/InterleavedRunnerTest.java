package news.dispatch.measure.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The interleaved runner asks every request of every path, in alternating blocks; its timings are not checked. */
class InterleavedRunnerTest {
    @Test
    void pathsTakeTurnsBlockByBlockInOneOrderThenTheReverse() throws InterruptedException {
        List<String> asked = Collections.synchronizedList(new ArrayList<>());
        List<InterleavedRunner.Lane> lanes = List.of(new InterleavedRunner.Lane("A", i -> asked.add("A" + i)),
                new InterleavedRunner.Lane("B", i -> asked.add("B" + i)));
        new InterleavedRunner(1, 2).measure(5, 1, lanes);
        assertEquals(List.of("A0", "A1", "B0", "B1", "B2", "B3", "A2", "A3", "A4", "B4"), asked);
    }

    @Test
    void eachPathCountsEveryRequestOfTheMixOncePerClientAndRoundAndItsErrors() throws InterruptedException {
        List<InterleavedRunner.Lane> lanes = List.of(new InterleavedRunner.Lane("fine", i -> { }),
                new InterleavedRunner.Lane("fails on 3", i -> {
                    if (i == 3) throw new IllegalStateException("request 3");
                }));
        InterleavedRunner.Result result = new InterleavedRunner(3, 4).measure(10, 2, lanes);
        assertEquals(60, result.of(0).requests());
        assertEquals(0, result.of(0).errors());
        assertEquals(60, result.of(1).requests());
        assertEquals(6, result.of(1).errors());
        assertEquals(3, result.byRound().get(1).size());
        assertEquals(20, result.byRound().get(1).get(2).requests());
        // every position of the mix asked by each client in each round: positions 0-9, twice a round
        assertEquals(6, java.util.Arrays.stream(result.of(0).mixIndex()).filter(i -> i == 7).count());
    }

    @Test
    void aWarmUpEndsOnceTheCompilerTakesUnderItsShareOfARound() throws InterruptedException {
        List<String> asked = Collections.synchronizedList(new ArrayList<>());
        List<InterleavedRunner.Lane> lanes = List.of(new InterleavedRunner.Lane("A", i -> asked.add("A" + i)));
        // The compiler never takes all of the JVM's CPU: one round settles it.
        InterleavedRunner.Settled settled = new InterleavedRunner(3, 2).settle(4, 1, lanes, 1.0, 5);
        assertEquals(1, settled.rounds());
        assertEquals(4, asked.size());
    }

    @Test
    void aTracedRunRecordsWhenEachRequestStartedAndItsThreadsCpuAndWaitForACore() throws InterruptedException {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(java.nio.file.Path.of(
                "/proc/thread-self")), "the wait for a core is read from Linux's /proc");
        List<InterleavedRunner.Lane> lanes = List.of(new InterleavedRunner.Lane("A", i -> { }),
                new InterleavedRunner.Lane("B", i -> { }));
        InterleavedRunner.Trace trace = new InterleavedRunner(2, 3, true).measure(6, 2, lanes).trace();
        for (int lane = 0; lane < 2; lane++) {
            for (int round = 0; round < 2; round++) {
                for (int slot = 0; slot < 12; slot++) {
                    assertTrue(trace.threadCpuNanos()[lane][round][slot] >= 0);
                    assertTrue(trace.runWaitNanos()[lane][round][slot] >= 0);
                    // each client's requests one after another on the clock the JVM's log lines carry
                    if (slot % 6 > 0) {
                        assertTrue(trace.starts()[lane][round][slot] > trace.starts()[lane][round][slot - 1]);
                    }
                }
            }
        }
        assertEquals(6, java.util.Arrays.stream(trace.positions()[1][0]).distinct().count());
    }

    @Test
    void anUntracedRunLeavesTheThreadClocksUnread() throws InterruptedException {
        List<InterleavedRunner.Lane> lanes = List.of(new InterleavedRunner.Lane("A", i -> { }));
        InterleavedRunner.Trace trace = new InterleavedRunner(1, 2).measure(4, 1, lanes).trace();
        assertTrue(java.util.Arrays.stream(trace.threadCpuNanos()[0][0]).allMatch(x -> x == -1));
        assertTrue(java.util.Arrays.stream(trace.runWaitNanos()[0][0]).allMatch(x -> x == -1));
    }
}
