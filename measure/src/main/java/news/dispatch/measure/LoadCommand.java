package news.dispatch.measure;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;

import news.dispatch.measure.load.LevelResult;
import news.dispatch.measure.load.LoadDriver;
import news.dispatch.measure.load.ServerHeap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dispatch load}: a bounded load test of a running server on this machine. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load-test /api/search of a Dispatch server on this machine (loopback only) with a mix of "
                + "searches and filters, at each concurrency level in turn. Exit code 0: no errors and no lost "
                + "requests; 3: some; 1: the run failed.")
public final class LoadCommand implements Callable<Integer> {
    static final int SOME_FAILED = 3;

    @Option(names = "--url", description = "The server. Default: http://127.0.0.1:8080")
    URI url = URI.create("http://127.0.0.1:8080");

    @Option(names = "--clients", split = ",", description = "Concurrency levels, in order. Default: 1,8,32")
    List<Integer> clients = List.of(1, 8, 32);

    @Option(names = "--seconds", description = "Seconds per level. Default: 60")
    double seconds = 60;

    @Option(names = "--max-requests", description = "At most this many requests per level. Default: 1000000")
    long maxRequests = 1_000_000;

    @Option(names = "--rounds", description = "Run all levels this many times (memory must not grow). Default: 1")
    int rounds = 1;

    @Override
    public Integer call() throws Exception {
        return run(System.out);
    }

    int run(PrintStream out) throws Exception {
        if (seconds <= 0 || seconds > 3600 || maxRequests < 1 || rounds < 1 || rounds > 10
                || clients.isEmpty() || clients.stream().anyMatch(c -> c < 1 || c > 256)) {
            throw new IllegalArgumentException("--seconds must be in (0, 3600], --max-requests at least 1, "
                    + "--rounds 1 to 10 and each --clients value 1 to 256");
        }
        LoadDriver load = new LoadDriver(url, QueryMix.standard());
        JsonNode stats = load.stats();
        out.printf("Load test of %s: %,d articles, levels %s, %.0f s each, at most %,d requests per level, %d round(s)%n",
                url, stats.path("articles").asLong(), clients, seconds, maxRequests, rounds);
        out.println("server heap before: " + ServerHeap.from(stats));
        long failed = 0;
        for (int round = 1; round <= rounds; round++) {
            if (rounds > 1) out.println("round " + round);
            List<LevelResult> results = load.run(clients, Duration.ofMillis((long) (seconds * 1000)), maxRequests, out);
            failed += results.stream().mapToLong(r -> r.errors() + r.lost()).sum();
            out.println("server heap after round " + round + ": " + ServerHeap.from(load.stats()));
        }
        return failed == 0 ? 0 : SOME_FAILED;
    }
}
