package news.dispatch.measure.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.dispatch.measure.QueryMix;

/** {@code dispatch bench --latencies FILE}: every request of a measurement, a line each, and the tail's table. */
class LatencyLogTest {
    private static final List<InterleavedRunner.Lane> LANES = List.of(new InterleavedRunner.Lane("quick", i -> { }),
            new InterleavedRunner.Lane("also quick", i -> { }));

    @Test
    void everyRequestOfEveryPathIsOneLineWithItsQueryAndShape(@TempDir Path dir) throws Exception {
        Path queries = dir.resolve("queries.txt");
        Files.writeString(queries, "iran oil\nbrazil AND debt\n");
        QueryMix mix = QueryMix.read(queries);
        InterleavedRunner.Trace trace = new InterleavedRunner(2, 4).measure(mix.requests().size(), 2, LANES).trace();
        Path log = dir.resolve("latencies.tsv");
        LatencyLog.append(log, mix, LANES, trace);
        List<String> lines = Files.readAllLines(log);
        assertEquals(LatencyLog.HEADER, lines.getFirst());
        // 2 paths × 2 rounds × 2 clients × every request of the mix
        assertEquals(1 + 2 * 2 * 2 * mix.requests().size(), lines.size());
        assertTrue(lines.stream().anyMatch(l -> l.contains("\tbrazil AND debt\t") && l.contains("\tcountry\t")
                && l.startsWith("2\t1\talso quick\t")), lines.get(1));
    }

    @Test
    void aSecondMeasurementIsAppendedUnderTheSameHeader(@TempDir Path dir) throws Exception {
        Path queries = dir.resolve("queries.txt");
        Files.writeString(queries, "iran oil\n");
        QueryMix mix = QueryMix.read(queries);
        Path log = dir.resolve("latencies.tsv");
        for (int clients = 1; clients <= 2; clients++) {
            LatencyLog.append(log, mix, LANES,
                    new InterleavedRunner(1, 4).measure(mix.requests().size(), clients, LANES).trace());
        }
        List<String> lines = Files.readAllLines(log);
        assertEquals(1, lines.stream().filter(LatencyLog.HEADER::equals).count());
        assertEquals(1 + 2 * (1 + 2) * mix.requests().size(), lines.size());
    }

    @Test
    void theTailTableHasARowForEachPath() throws Exception {
        InterleavedRunner.Trace trace = new InterleavedRunner(2, 4, true).measure(10, 2, LANES).trace();
        StringWriter text = new StringWriter();
        LatencyLog.tails(2, LANES, trace).print(new PrintWriter(text, true));
        assertTrue(text.toString().contains("| quick "), text.toString());
        assertTrue(text.toString().contains("| also quick "), text.toString());
    }
}
