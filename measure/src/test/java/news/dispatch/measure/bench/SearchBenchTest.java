package news.dispatch.measure.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import news.dispatch.measure.Latencies;

/** The search bench's arithmetic on made-up samples (its timings are not checked). */
class SearchBenchTest {
    @Test
    void aP99RatioIsPrintedWithAnIntervalThatHoldsItAndRepeatsOnTheSameSamples() {
        // 1,000 requests of 1–1,000 µs against the same twice as slow: the ratio is 2 whichever requests are drawn.
        Latencies fast = Latencies.of(LongStream.rangeClosed(1, 1000).map(i -> i * 1000).toArray(), new int[1000], 0,
                1, 1);
        Latencies slow = Latencies.of(LongStream.rangeClosed(1, 1000).map(i -> i * 2000).toArray(), new int[1000], 0,
                1, 1);
        String interval = SearchBench.resampled(slow, fast);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(" \\[90 %: (\\d\\.\\d\\d)–(\\d\\.\\d\\d)]")
                .matcher(interval);
        assertTrue(m.matches(), interval);
        double low = Double.parseDouble(m.group(1));
        double high = Double.parseDouble(m.group(2));
        assertTrue(low <= 2 && 2 <= high, interval);
        assertEquals(interval, SearchBench.resampled(slow, fast));
    }
}
