package news.dispatch.measure.eval;

import news.dispatch.cli.OrderedParallel;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Throughput of the bare CRF and of the whole extractor on the {@code body} fields of a JSON Lines file, at a
 * given number of threads: MB/s of UTF-8 text and tokens/s (whitespace-separated words).
 */
public final class SpeedEval {
    private static final Pattern WORD = Pattern.compile("\\S+");

    /**
     * One timed run: wall-clock seconds, and the CPU seconds of the calls themselves (summed over the worker
     * threads; GC and JIT threads not counted), which a busy machine's neighbours do not inflate. Beside them the
     * JVM's own work in the same interval, which competes with the workers for the cores: the whole process's CPU
     * seconds less the workers', the JIT compilers' elapsed seconds and the collectors' (all from the JVM's
     * management beans, so, like the workers' CPU, not inflated by the neighbours but for the elapsed ones).
     */
    public record Timing(String what, int threads, double seconds, double cpuSeconds, long bytes, long tokens,
                         JvmWork jvm) {
        public double megabytesPerSecond() {
            return bytes / 1e6 / seconds;
        }

        public double tokensPerSecond() {
            return tokens / seconds;
        }

        public double tokensPerCpuSecond() {
            return tokens / cpuSeconds;
        }

        /** The workers' CPU seconds per wall-clock second: at most the thread count on an otherwise idle machine. */
        public double busyCores() {
            return cpuSeconds / seconds;
        }

        /** The process's CPU seconds that were not the workers' calls: JIT compilers, collectors, the hand-over. */
        public double otherCpuSeconds() {
            return Math.max(0, jvm.processCpuSeconds() - cpuSeconds);
        }

        @Override
        public String toString() {
            return String.format("%-9s %d thread(s): %6.3f MB/s  %8.0f tokens/s  %8.0f tokens/CPU-s  (%.1f s, %.1f CPU-s,"
                            + " %.2f CPU-s/s; JVM's own %.1f CPU-s: JIT %.1f s, GC %.2f s)",
                    what, threads, megabytesPerSecond(), tokensPerSecond(), tokensPerCpuSecond(), seconds, cpuSeconds,
                    busyCores(), otherCpuSeconds(), jvm.jitSeconds(), jvm.gcSeconds());
        }
    }

    /** The JVM's own counters over an interval: process CPU, JIT compilation and GC elapsed seconds. */
    public record JvmWork(double processCpuSeconds, double jitSeconds, double gcSeconds) {
        /** The counters now, since the JVM started. */
        public static JvmWork now() {
            long process = ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime();
            CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
            long jitMillis = jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
            long gcMillis = 0;
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) gcMillis += Math.max(0, gc.getCollectionTime());
            return new JvmWork(process / 1e9, jitMillis / 1e3, gcMillis / 1e3);
        }

        public JvmWork since(JvmWork start) {
            return new JvmWork(processCpuSeconds - start.processCpuSeconds, jitSeconds - start.jitSeconds, gcSeconds - start.gcSeconds);
        }
    }

    private SpeedEval() {
    }

    public static List<String> bodies(Path jsonl, int limit) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> bodies = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null && bodies.size() < limit; ) {
                if (line.isBlank()) continue;
                JsonNode body = json.readTree(line).get("body");
                if (body != null && body.isTextual() && !body.asText().isBlank()) bodies.add(body.asText());
            }
        }
        return bodies;
    }

    public static Timing time(String what, List<String> texts, Consumer<String> work, int threads) throws InterruptedException {
        long bytes = 0;
        long tokens = 0;
        for (String t : texts) {
            bytes += t.getBytes(StandardCharsets.UTF_8).length;
            Matcher m = WORD.matcher(t);
            while (m.find()) tokens++;
        }
        LongAdder cpuNanos = new LongAdder();
        JvmWork jvmStart = JvmWork.now();
        long start = System.nanoTime();
        OrderedParallel.map(texts.iterator(), t -> {
            long cpuStart = CpuTime.now();
            work.accept(t);
            cpuNanos.add(CpuTime.now() - cpuStart);
            return Boolean.TRUE;
        }, r -> { }, threads);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Timing(what, threads, seconds, cpuNanos.sum() / 1e9, bytes, tokens, JvmWork.now().since(jvmStart));
    }

    /** One contender of an interleaved run: a name and the work it does to one text. */
    public record Contender(String what, Consumer<String> work) {
    }

    /**
     * The paths' totals over all blocks (in the paths' order), and every block's timings (each in the paths' order).
     */
    public record Turns(List<Timing> totals, List<List<Timing>> blocks) {
        /**
         * Path {@code path}'s tokens per second over path 0's in each block, sorted: the paired ratios. A block's two
         * timings lie seconds apart, so a slow spell of the machine weighs on both sides of a pair.
         */
        public double[] pairedRatios(int path) {
            return blocks.stream().mapToDouble(b -> b.get(path).tokensPerSecond() / b.getFirst().tokensPerSecond())
                    .sorted().toArray();
        }
    }

    /**
     * Times the paths over {@code texts} in blocks of {@code blockSize}, taking turns: the first block in the paths'
     * order, the next in reverse (ABBA for two), and so on. Why not one whole pass per path: on this 2-core virtual
     * machine a 2-thread pass's tokens per CPU-second swing by up to a fifth from one run to the next, and a pass lasts
     * seconds, so one slow spell fell on one side and moved the ratio from 1.30x to 1.89x (issue 29). In short
     * alternating blocks both sides share the spells, as the search bench's blocks do. Each path's work keeps its state
     * from block to block (an extractor's sentence memo fills as it would over one pass).
     */
    public static Turns interleaved(List<Contender> paths, List<String> texts, int threads, int blockSize)
            throws InterruptedException {
        List<List<Timing>> blocks = new ArrayList<>();
        for (int from = 0, block = 0; from < texts.size(); from += blockSize, block++) {
            List<String> slice = texts.subList(from, Math.min(texts.size(), from + blockSize));
            Timing[] timings = new Timing[paths.size()];
            for (int turn = 0; turn < paths.size(); turn++) {
                int path = block % 2 == 0 ? turn : paths.size() - 1 - turn;
                timings[path] = time(paths.get(path).what(), slice, paths.get(path).work(), threads);
            }
            blocks.add(List.of(timings));
        }
        List<Timing> totals = new ArrayList<>();
        for (int path = 0; path < paths.size(); path++) {
            int p = path;
            totals.add(blocks.stream().map(b -> b.get(p)).reduce(SpeedEval::sum).orElseThrow());
        }
        return new Turns(totals, blocks);
    }

    private static Timing sum(Timing a, Timing b) {
        JvmWork jvm = new JvmWork(a.jvm().processCpuSeconds() + b.jvm().processCpuSeconds(),
                a.jvm().jitSeconds() + b.jvm().jitSeconds(), a.jvm().gcSeconds() + b.jvm().gcSeconds());
        return new Timing(a.what(), a.threads(), a.seconds() + b.seconds(), a.cpuSeconds() + b.cpuSeconds(),
                a.bytes() + b.bytes(), a.tokens() + b.tokens(), jvm);
    }

    /**
     * Runs {@code work} (a fresh one each round, from {@code works}) over {@code texts} until the JIT compilers'
     * time is at most {@code jitShare} of a round's wall clock, or {@code maxRounds} rounds have run; returns the
     * rounds. Why a condition and not a count: the CRF's code is compiled within a hundred articles, but the
     * extractor's rules, called once an article, reach the optimizing compiler only after some 1,500 (a JFR of this
     * command, issue 29); timed before that, the compilers take a core from the workers at 2 threads.
     */
    public static List<Timing> warmUp(String what, List<String> texts, Supplier<Consumer<String>> works, int threads,
                                      double jitShare, int maxRounds) throws InterruptedException {
        List<Timing> rounds = new ArrayList<>();
        do {
            rounds.add(time(what, texts, works.get(), threads));
        } while (rounds.size() < maxRounds && rounds.getLast().jvm().jitSeconds() > jitShare * rounds.getLast().seconds());
        return rounds;
    }

    /** Peak heap use of this JVM so far, in MB (sum of the heap pools' peaks; includes garbage not yet collected). */
    public static long peakHeapMegabytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        return peak / (1024 * 1024);
    }

    /** Heap in use after a full collection, in MB: what the loaded model and gazetteers really hold. */
    public static long liveHeapMegabytes() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
    }
}
