package news.dispatch.measure.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The speed evaluation's warm-up and its account of the JVM's own work; inline texts, no model. */
class SpeedEvalTest {
    private static final List<String> TEXTS = List.of("Olaf Scholz met Joe Biden.", "It rained in Berlin.", "No names here.");

    @Test
    void aWarmUpThatAllowsAnyJitTimeStopsAfterOneRound() throws InterruptedException {
        AtomicInteger works = new AtomicInteger();
        List<SpeedEval.Timing> rounds = SpeedEval.warmUp("warm-up", TEXTS, () -> {
            works.incrementAndGet();
            return text -> { };
        }, 2, Double.MAX_VALUE, 5);
        assertEquals(1, rounds.size());
        assertEquals(1, works.get());
    }

    @Test
    void aWarmUpWhoseJitNeverQuietensStopsAtItsLastRoundWithAFreshWorkEachRound() throws InterruptedException {
        AtomicInteger works = new AtomicInteger();
        AtomicInteger calls = new AtomicInteger();
        List<SpeedEval.Timing> rounds = SpeedEval.warmUp("warm-up", TEXTS, () -> {
            works.incrementAndGet();
            return text -> calls.incrementAndGet();
        }, 2, -1, 3);
        assertEquals(3, rounds.size());
        assertEquals(3, works.get());
        assertEquals(3 * TEXTS.size(), calls.get());
    }

    @Test
    void theJvmsOwnWorkIsTheProcessCpuLessTheWorkersAndTheCountersOfTheInterval() {
        SpeedEval.JvmWork start = new SpeedEval.JvmWork(10.0, 4.0, 1.0);
        SpeedEval.JvmWork interval = new SpeedEval.JvmWork(13.5, 5.5, 1.25).since(start);
        SpeedEval.Timing run = new SpeedEval.Timing("extractor", 2, 2.0, 3.0, 1000, 200, interval);
        assertEquals(0.5, run.otherCpuSeconds(), 1e-9);
        assertEquals(1.5, run.jvm().jitSeconds(), 1e-9);
        assertEquals(0.25, run.jvm().gcSeconds(), 1e-9);
        assertEquals(1.5, run.busyCores(), 1e-9);
    }

    @Test
    void interleavedPathsTakeTurnsBlockByBlockFirstInOrderThenReversed() throws InterruptedException {
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        SpeedEval.interleaved(List.of(new SpeedEval.Contender("a", t -> order.add("a")),
                new SpeedEval.Contender("b", t -> order.add("b"))), TEXTS, 1, 2);
        assertEquals(List.of("a", "a", "b", "b", "b", "a"), order);
    }

    @Test
    void eachInterleavedPathReadsEveryTextOnceAndItsTotalCountsThemAll() throws InterruptedException {
        AtomicInteger a = new AtomicInteger();
        AtomicInteger b = new AtomicInteger();
        SpeedEval.Turns turns = SpeedEval.interleaved(List.of(new SpeedEval.Contender("a", t -> a.incrementAndGet()),
                new SpeedEval.Contender("b", t -> b.incrementAndGet())), TEXTS, 2, 2);
        assertEquals(TEXTS.size(), a.get());
        assertEquals(TEXTS.size(), b.get());
        assertEquals(2, turns.blocks().size());
        assertEquals(List.of("a", "b"), turns.totals().stream().map(SpeedEval.Timing::what).toList());
        assertEquals(12, turns.totals().get(1).tokens(), "the words of all three texts");
        assertEquals(2, turns.pairedRatios(1).length);
    }
}
