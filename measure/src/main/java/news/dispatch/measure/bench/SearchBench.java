package news.dispatch.measure.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

import io.javalin.Javalin;
import news.dispatch.search.LuceneSearcher;
import news.dispatch.search.NewsSearcher;
import news.dispatch.search.SearchRequest;
import news.dispatch.web.DispatchServer;
import news.dispatch.measure.Latencies;
import news.dispatch.measure.QueryMix;

/**
 * Search latency for the query mix over one index: plain Lucene (the baselines: one facet, and the same facets as
 * Dispatch's answer, {@link PlainLuceneSearcher.Baseline}; the targets read against the latter), Dispatch
 * in-process (NewsSearcher with drill-sideways facets, date histogram and highlighting) and Dispatch over HTTP (the
 * real server, asked over kept-alive HTTP/1.1 connections by {@link HttpSearchClient}), at each number of
 * concurrent clients ({@link SearchPath}). The six paths are measured together, alternating in short blocks ({@link
 * InterleavedRunner}), not as phases one after another: their ratios then hold from run to run (issue 29). Each runs
 * in a JVM of its own, warmed up there alone ({@link LaneProcess}), as a server runs one of them; {@code --same-jvm}
 * runs all six in this one.
 */
final class SearchBench {
    /** p50 and p99 of the baseline and of Dispatch in-process, for the growth table. */
    record Pair(Latencies plain, Latencies dispatch) {
    }

    /** The interleaved warm-up ends when the JIT compiler takes less than this share of a round's JVM CPU … */
    static final double SETTLED_JIT_SHARE = 0.05;
    /** … or after this many rounds. */
    static final int MAX_SETTLING_ROUNDS = 8;

    static final double TARGET_RATIO = 1.5;
    static final double TARGET_HTTP_P50 = 5;
    static final double TARGET_HTTP_P99 = 25;

    private SearchBench() {
    }

    /**
     * @param queries the mix's file, for the paths' own JVMs
     * @param forked  each path in a JVM of its own ({@link LaneProcess}), or all six in this one
     */
    static void run(Path index, QueryMix mix, Path queries, boolean forked, LoadRunner runner,
                    List<Integer> clientCounts, Path latencyLog, PrintWriter out) throws Exception {
        Table table = new Table(String.format("Search: %d queries × %d shapes %s = %d requests a round, "
                        + "facets and highlights; the paths interleaved in blocks of %d requests, ABBA; ratios with "
                        + "their range over single rounds in brackets; a p99 ratio also with its 90 %% interval "
                        + "from resampling the requests; %s", mix.queries(), mix.shapes().size(), mix.shapes(),
                mix.requests().size(), InterleavedRunner.BLOCK, forked
                        ? "each path in a JVM of its own (only one working at a time)"
                        : "all six paths in one JVM (--same-jvm)"),
                "path", "clients", "requests", "errors", "p50 ms", "p95 ms", "p99 ms", "queries/s",
                "CPU ms/query", "of which JIT ms/query");
        // Targets read against plain Lucene doing the same facets (issue 29); the one-facet ratio stays beside them.
        Table targets = new Table("Search targets (÷ plain Lucene, same facets; one facet beside)", "clients",
                "in-process p50 ÷ same facets", "in-process p99 ÷ same facets", "CPU/query ÷ same facets",
                "p50 / p99 / CPU ÷ one facet", "HTTP p50 ms", "HTTP p99 ms", "CPU/query ÷ same facets, JIT excluded",
                "targets (≤ 1.5×, ≤ 1.5×, < 5 ms, < 25 ms on 1 client)");
        // The API's default (issue 29): same-run ratios of the collapsed search to plain Lucene, and what HTTP adds.
        Table defaults = new Table("Search targets, stories collapsed (the API's default; ÷ plain Lucene, same "
                + "facets; one facet beside)", "clients",
                "in-process p50 ÷ same facets", "in-process p99 ÷ same facets", "CPU/query ÷ same facets",
                "p50 / p99 / CPU ÷ one facet", "HTTP p50 − in-process p50 ms", "HTTP − in-process, paired, median ms",
                "CPU/query ÷ same facets, JIT excluded", "targets (≤ 1.1×, ≤ 1.3×, ≤ 1.1×, ≤ 1 ms paired)");
        Table shapes = null;
        Table cheap = null;
        List<String> warmUps = new ArrayList<>();
        List<Table> tails = new ArrayList<>();
        List<LaneProcess> processes = new ArrayList<>();
        // The plain baselines are opened here only for --same-jvm: forked, each runs in its own JVM, and this one
        // keeps the Dispatch searcher alone (the paired in-process/HTTP measure, health and stats). A null resource
        // is skipped at close.
        try (LuceneSearcher searcher = LuceneSearcher.open(index);
             PlainLuceneSearcher plain = forked ? null
                     : new PlainLuceneSearcher(index, PlainLuceneSearcher.Baseline.ONE_FACET);
             PlainLuceneSearcher same = forked ? null
                     : new PlainLuceneSearcher(index, PlainLuceneSearcher.Baseline.SAME_FACETS)) {
            Javalin app = DispatchServer.create(searcher, Path.of("web")).start("127.0.0.1", 0);
            try (HttpSearchClient http = new HttpSearchClient(app.port())) {
                List<SearchRequest> articles = mix.requests();
                // The API's default: one hit per story (a grouping pass beside the facets, a second for the page's stories).
                List<SearchRequest> collapsed = SearchPath.COLLAPSED.requests(mix);
                List<InterleavedRunner.Lane> lanes = new ArrayList<>();
                if (forked) {
                    // This JVM still asks the paired in-process/HTTP measure and health and stats.
                    runner.warmUp(collapsed, 1, searcher::search);
                    runner.warmUp(collapsed, 1, http::search);
                    for (SearchPath path : SearchPath.values()) {
                        LaneProcess process = LaneProcess.start(path, index, queries, runner.warmUpRounds());
                        processes.add(process);
                        lanes.add(new InterleavedRunner.Lane(path.label, null, process));
                    }
                } else {
                    // Every path warmed up before any is measured: the JIT's own CPU time then burdens none of them.
                    runner.warmUp(articles, 1, plain::search);
                    runner.warmUp(articles, 1, same::search);
                    runner.warmUp(articles, 1, searcher::search);
                    runner.warmUp(articles, 1, http::search);
                    runner.warmUp(collapsed, 1, searcher::search);
                    runner.warmUp(collapsed, 1, http::search);
                    // In SearchPath's order.
                    List<LoadRunner.Call<Integer>> calls = List.of(i -> plain.search(articles.get(i)),
                            i -> same.search(articles.get(i)), i -> searcher.search(articles.get(i)),
                            i -> http.search(articles.get(i)), i -> searcher.search(collapsed.get(i)),
                            i -> http.search(collapsed.get(i)));
                    for (SearchPath path : SearchPath.values()) {
                        lanes.add(new InterleavedRunner.Lane(path.label, calls.get(path.ordinal())));
                    }
                }
                // The six paths in alternating blocks (ABBA), so drift, GC and JIT phases fall on all alike.
                InterleavedRunner interleaved = new InterleavedRunner(runner.rounds(), InterleavedRunner.BLOCK,
                        latencyLog != null);
                for (int clients : clientCounts) {
                    InterleavedRunner.Settled settled = interleaved.settle(articles.size(), clients, lanes,
                            SETTLED_JIT_SHARE, MAX_SETTLING_ROUNDS);
                    warmUps.add(String.format("%d client%s: %d round%s, JIT %.1f %% of the JVM's CPU in the last",
                            clients, clients == 1 ? "" : "s", settled.rounds(), settled.rounds() == 1 ? "" : "s",
                            100 * settled.jitShare()));
                    InterleavedRunner.Result result = interleaved.measure(articles.size(), clients, lanes);
                    if (latencyLog != null) {
                        LatencyLog.append(latencyLog, mix, lanes, result.trace());
                        tails.add(LatencyLog.tails(clients, lanes, result.trace()));
                    }
                    for (int lane = 0; lane < lanes.size(); lane++) {
                        Latencies l = result.of(lane);
                        table.row(lanes.get(lane).name(), clients, l.requests(), l.errors(), l.p50(), l.p95(), l.p99(),
                                l.queriesPerSecond(), l.cpuMsPerQuery(), result.jitMsPerQuery()[lane]);
                    }
                    Latencies one = result.of(ONE), base = result.of(SAME), inProcess = result.of(IN_PROCESS);
                    Latencies overHttp = result.of(HTTP), stories = result.of(COLLAPSED);
                    Latencies storiesOverHttp = result.of(COLLAPSED_HTTP);
                    if (clients == 1) {
                        shapes = byShape(mix, one, base, inProcess, overHttp);
                        cheap = healthAndStats(searcher, http, runner);
                    }
                    double r50 = inProcess.p50() / base.p50();
                    double r99 = inProcess.p99() / base.p99();
                    boolean met = r50 <= TARGET_RATIO && r99 <= TARGET_RATIO
                            && (clients > 1 || overHttp.p50() < TARGET_HTTP_P50 && overHttp.p99() < TARGET_HTTP_P99);
                    targets.row(clients, spread(r50, result, IN_PROCESS, P50), spread(r99, result, IN_PROCESS, P99)
                                    + resampled(inProcess, base),
                            spread(inProcess.cpuMsPerQuery() / base.cpuMsPerQuery(), result, IN_PROCESS, CPU),
                            ratios(inProcess, one), overHttp.p50(),
                            overHttp.p99(), withoutJit(result, IN_PROCESS), met ? "met" : "missed");
                    double c50 = stories.p50() / base.p50();
                    double c99 = stories.p99() / base.p99();
                    double cCpu = stories.cpuMsPerQuery() / base.cpuMsPerQuery();
                    double httpAdds = storiesOverHttp.p50() - stories.p50();
                    double paired = httpAddsPaired(collapsed, clients, runner, searcher, http);
                    defaults.row(clients, spread(c50, result, COLLAPSED, P50), spread(c99, result, COLLAPSED, P99)
                                    + resampled(stories, base),
                            spread(cCpu, result, COLLAPSED, CPU), ratios(stories, one),
                            String.format("%.2f", httpAdds), String.format("%.2f", paired),
                            withoutJit(result, COLLAPSED), c50 <= 1.1 && c99 <= 1.3 && cCpu <= 1.1 && paired <= 1 ? "met" : "missed");
                }
            } finally {
                for (LaneProcess process : processes) process.close();
                app.stop();
            }
        }
        table.print(out);
        out.println();
        if (!processes.isEmpty()) {
            out.println("Each path's JVM warmed up alone first, until the JIT's share of its CPU over "
                    + LaneWorker.SETTLING_WINDOW + " rounds was under "
                    + Math.round(100 * LaneWorker.SETTLED_JIT_SHARE) + " % (at most " + LaneWorker.MAX_ROUNDS
                    + " rounds): " + String.join("; ", processes.stream().map(LaneProcess::warmedUp).toList()) + ".");
        }
        out.println("Interleaved warm-up before each client count (until the JIT takes under "
                + Math.round(100 * SETTLED_JIT_SHARE) + " % of a round's CPU, at most " + MAX_SETTLING_ROUNDS
                + " rounds): " + String.join("; ", warmUps) + ".");
        targets.print(out);
        defaults.print(out);
        if (shapes != null) shapes.print(out);
        if (cheap != null) cheap.print(out);
        for (Table t : tails) t.print(out);
    }

    /**
     * What HTTP adds to a search, on a fair clock: each request asked in-process and then over HTTP, back to back, and
     * the median of the differences. The p50s of two phases run a minute apart also measure how the neighbours' load
     * changed in between (on 2 shared cores it swung the difference from −5 to +7 ms, issue 29); a pair shares it.
     */
    private static double httpAddsPaired(List<SearchRequest> mix, int clients, LoadRunner runner,
                                         LuceneSearcher searcher, HttpSearchClient http) throws InterruptedException {
        java.util.Queue<Long> differences = new java.util.concurrent.ConcurrentLinkedQueue<>();
        runner.measure(mix, clients, request -> {
            long t0 = System.nanoTime();
            searcher.search(request);
            long t1 = System.nanoTime();
            http.search(request);
            differences.add((System.nanoTime() - t1) - (t1 - t0));
        });
        long[] sorted = differences.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted.length == 0 ? Double.NaN : sorted[(sorted.length - 1) / 2] / 1e6;
    }

    /** Calls per round for the health and stats rows: they take microseconds, so many make a stable percentile. */
    static final int CHEAP_CALLS = 400;

    /**
     * {@code /api/health} and {@code /api/stats}, which monitors and the page ask often: in-process they must cost
     * under a millisecond (they are computed once per index generation, not per call).
     */
    private static Table healthAndStats(LuceneSearcher searcher, HttpSearchClient http, LoadRunner runner)
            throws Exception {
        Table table = new Table("Health and stats (1 client, after a search warmed the index generation)", "call",
                "requests", "errors", "p50 µs", "p99 µs", "CPU µs/call", "target: in-process < 1,000 µs");
        List<Integer> calls = java.util.Collections.nCopies(CHEAP_CALLS, 0);
        record Row(String name, LoadRunner.Call<Integer> call, boolean inProcess) {
        }
        for (Row r : List.of(new Row("NewsSearcher.health()", x -> searcher.health(), true),
                new Row("NewsSearcher.stats()", x -> searcher.stats(), true),
                new Row("GET /api/health", x -> http.expectOk("/api/health"), false),
                new Row("GET /api/stats", x -> http.expectOk("/api/stats"), false))) {
            runner.warmUp(calls, 1, r.call());
            Latencies l = runner.measure(calls, 1, r.call());
            table.row(r.name(), l.requests(), l.errors(), l.p50() * 1000, l.p99() * 1000, l.cpuMsPerQuery() * 1000,
                    r.inProcess() ? (l.p99() < 1 ? "met" : "missed") : "–");
        }
        return table;
    }

    /**
     * The same run split by the shape of the request: filtered shapes cost Dispatch a drill-sideways pass (counts
     * for the other values of the filtered dimension) that the one-facet baseline's plain filter does not compute;
     * the same-facets baseline does.
     */
    private static Table byShape(QueryMix mix, Latencies one, Latencies base, Latencies inProcess,
                                 Latencies overHttp) {
        Table table = new Table("Search by request shape (1 client)", "shape", "plain one facet p50 ms",
                "plain same facets p50 ms", "in-process p50 ms", "in-process ÷ same facets p50",
                "in-process ÷ one facet p50", "plain same facets p99 ms", "in-process p99 ms", "HTTP p50 ms",
                "HTTP p99 ms");
        int shapes = mix.shapes().size();
        for (int s = 0; s < shapes; s++) {
            int shape = s;
            IntPredicate ofShape = i -> i % shapes == shape;
            double p50 = inProcess.percentileOf(ofShape, 50);
            table.row(mix.shapes().get(s), one.percentileOf(ofShape, 50), base.percentileOf(ofShape, 50), p50,
                    String.format("%.2f×", p50 / base.percentileOf(ofShape, 50)),
                    String.format("%.2f×", p50 / one.percentileOf(ofShape, 50)), base.percentileOf(ofShape, 99),
                    inProcess.percentileOf(ofShape, 99), overHttp.percentileOf(ofShape, 50),
                    overHttp.percentileOf(ofShape, 99));
        }
        return table;
    }

    /** Baseline and in-process latency at one client: the growth series' search columns. */
    static Pair inProcess(Path index, QueryMix mix, LoadRunner runner) throws Exception {
        try (LuceneSearcher searcher = LuceneSearcher.open(index);
             PlainLuceneSearcher plain = new PlainLuceneSearcher(index)) {
            runner.warmUp(mix.requests(), 1, plain::search);
            runner.warmUp(mix.requests(), 1, searcher::search);
            return new Pair(runner.measure(mix.requests(), 1, plain::search),
                    runner.measure(mix.requests(), 1, searcher::search));
        }
    }

    /** The lanes of the interleaved run, in {@code run}'s order. */
    private static final int ONE = SearchPath.ONE_FACET.ordinal(), SAME = SearchPath.SAME_FACETS.ordinal(),
            IN_PROCESS = SearchPath.IN_PROCESS.ordinal(), HTTP = SearchPath.HTTP.ordinal(),
            COLLAPSED = SearchPath.COLLAPSED.ordinal(), COLLAPSED_HTTP = SearchPath.COLLAPSED_HTTP.ordinal();

    private static final java.util.function.ToDoubleBiFunction<Latencies, Latencies> P50 = (a, b) -> a.p50() / b.p50(),
            P99 = (a, b) -> a.p99() / b.p99(), CPU = (a, b) -> a.cpuMsPerQuery() / b.cpuMsPerQuery();

    /**
     * A ratio to the same-facets baseline over all rounds, and in brackets its smallest and largest in single rounds
     * (each round's own blocks), so a reader sees how much of it is noise.
     */
    private static String spread(double ratio, InterleavedRunner.Result result, int lane,
                                 java.util.function.ToDoubleBiFunction<Latencies, Latencies> of) {
        double[] range = result.range(lane, SAME, of);
        return String.format("%.2f× (%.2f–%.2f)", ratio, range[0], range[1]);
    }

    /** Resamplings of {@link #resampled}: enough for a stable 5th and 95th percentile of the ratio. */
    static final int RESAMPLINGS = 1000;

    /**
     * The 90 % interval of a p99 ratio, from resampling each path's requests with replacement (a seeded bootstrap, so a
     * rerun of the same samples prints the same). Why (issue 29): a 2-client p99 from 3 rounds is the 17th slowest of
     * 1,620 requests, and which 17 those are is decided by stalls (a GC pause, the JIT or a neighbour taking a core)
     * that strike whatever runs; five quiet runs of the same code gave 0.85–1.72×. The interval says how far the
     * ratio of one run can be trusted. Stalls strike both clients' requests together, so the true spread is somewhat
     * wider than this one, which treats requests as independent.
     */
    static String resampled(Latencies path, Latencies base) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(29);
        double[] ratios = new double[RESAMPLINGS];
        for (int k = 0; k < RESAMPLINGS; k++) {
            ratios[k] = p99Resampled(path.nanos(), random) / p99Resampled(base.nanos(), random);
        }
        java.util.Arrays.sort(ratios);
        return String.format(" [90 %%: %.2f–%.2f]", ratios[(int) (0.05 * RESAMPLINGS)],
                ratios[(int) (0.95 * RESAMPLINGS) - 1]);
    }

    private static double p99Resampled(long[] nanos, java.util.SplittableRandom random) {
        long[] draw = new long[nanos.length];
        for (int i = 0; i < draw.length; i++) draw[i] = nanos[random.nextInt(nanos.length)];
        java.util.Arrays.sort(draw);
        return draw[Math.max(0, (int) Math.ceil(0.99 * draw.length) - 1)];
    }

    /**
     * JVM CPU per query over the same-facets baseline's, both without the JIT compiler's threads: compiling goes on in
     * bursts long after warm-up and lands on whichever path's block is running (issue 29's CPU swing).
     */
    private static String withoutJit(InterleavedRunner.Result result, int lane) {
        double jit = result.jitMsPerQuery()[lane];
        double baseJit = result.jitMsPerQuery()[SAME];
        return String.format("%.2f×", (result.of(lane).cpuMsPerQuery() - jit)
                / (result.of(SAME).cpuMsPerQuery() - baseJit));
    }

    /** p50, p99 and CPU of {@code path} over the one-facet baseline's, printed beside the targets' ratios. */
    private static String ratios(Latencies path, Latencies one) {
        return String.format("%.2f× / %.2f× / %.2f×", path.p50() / one.p50(), path.p99() / one.p99(),
                path.cpuMsPerQuery() / one.cpuMsPerQuery());
    }

    static void row(Table table, String path, int clients, Latencies l) {
        table.row(path, clients, l.requests(), l.errors(), l.p50(), l.p95(), l.p99(), l.queriesPerSecond(),
                l.cpuMsPerQuery());
    }
}
