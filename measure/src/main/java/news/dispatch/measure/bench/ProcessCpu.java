package news.dispatch.measure.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * CPU time of this JVM (all threads, GC and JIT included). On a shared machine the wall clock of a phase also
 * measures the neighbours; its CPU time mostly does not, so the tables show both.
 *
 * <p>{@link #seconds} is the JDK's figure, which on Linux counts 10 ms clock ticks: fine for a phase of seconds, too
 * coarse for the wall bench's blocks of a few tens of milliseconds (issue 29). {@link Snapshot} reads each thread's
 * nanoseconds on a CPU from {@code /proc/self/task/<tid>/schedstat} instead.
 */
final class ProcessCpu {
    private ProcessCpu() {
    }

    static double seconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }

    /**
     * Nanoseconds on a CPU of each thread of this JVM (GC and JIT threads included) but the one taking the snapshot,
     * from Linux's schedstat; {@code null} threads where that file cannot be read (then the JDK's coarse figure).
     * The reading thread is left out because it is the bench's coordinator: its own reading and waiting are not the
     * measured path's work. A thread that ends between two snapshots loses only its time between them.
     */
    record Snapshot(Map<String, Long> threads, double jdkSeconds) {
        private static final Path TASKS = Path.of("/proc/self/task");
        /** Each thread's name (its {@code comm}), read once: the JIT's threads are told apart by it. */
        private static final Map<String, String> NAMES = new ConcurrentHashMap<>();

        static Snapshot take() {
            Map<String, Long> threads = new HashMap<>();
            try (Stream<Path> tasks = Files.list(TASKS)) {
                String self = Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName().toString();
                for (Path task : (Iterable<Path>) tasks::iterator) {
                    String tid = task.getFileName().toString();
                    if (tid.equals(self)) continue;
                    try {
                        String stat = Files.readString(task.resolve("schedstat"));
                        threads.put(tid, Long.parseLong(stat.substring(0, stat.indexOf(' '))));
                    } catch (IOException | RuntimeException e) {
                        // the thread ended while listed: its time since the last snapshot is lost, not miscounted
                    }
                }
                return new Snapshot(threads, Double.NaN);
            } catch (IOException | RuntimeException e) {
                return new Snapshot(null, seconds());
            }
        }

        /** CPU seconds of this JVM's threads (but the reader) since {@code before}. */
        double secondsSince(Snapshot before) {
            if (threads == null || before.threads == null) return seconds() - before.jdkSeconds;
            long nanos = 0;
            for (var t : threads.entrySet()) nanos += t.getValue() - before.threads.getOrDefault(t.getKey(), 0L);
            return nanos / 1e9;
        }

        /**
         * CPU seconds of the JIT compiler's threads since {@code before} (HotSpot names them "C1 CompilerThread…" and
         * "C2 CompilerThread…"); NaN when threads cannot be read. Compiling is not a query's work: it comes in bursts
         * of tens of milliseconds, long after warm-up, on whichever path's block is running.
         */
        double jitSecondsSince(Snapshot before) {
            if (threads == null || before.threads == null) return Double.NaN;
            long nanos = 0;
            for (var t : threads.entrySet()) {
                String name = NAMES.computeIfAbsent(t.getKey(), Snapshot::name);
                if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
                    nanos += t.getValue() - before.threads.getOrDefault(t.getKey(), 0L);
                }
            }
            return nanos / 1e9;
        }

        private static String name(String tid) {
            try {
                return Files.readString(TASKS.resolve(tid).resolve("comm")).strip();
            } catch (IOException | RuntimeException e) {
                return "";
            }
        }
    }
}
