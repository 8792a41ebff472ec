package news.dispatch.measure.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The calling thread's own scheduler clocks: nanoseconds on a CPU ({@code CLOCK_THREAD_CPUTIME_ID}, through the
 * JDK), and nanoseconds spent runnable but waiting for one (the run delay in Linux's
 * {@code /proc/<pid>/task/<tid>/schedstat}; that file's own CPU figure is only brought up to date at the scheduler's
 * ticks and switches, stale by milliseconds for the thread that reads it, while the run delay is added each time the
 * thread gets a core back, so it is exact whenever the thread is running). A request's latency is then its CPU time,
 * plus its wait for a core (the scheduler: other threads of this JVM, the GC's and the JIT's included, or the neighbours), plus the time
 * it was not runnable at all (parked at a GC safepoint, on a lock, on I/O): what made a slow request slow (issue 29).
 * The file is kept open and read again from its start, a few microseconds a read. Open it on the thread it measures.
 */
final class ThreadSchedStat implements AutoCloseable {
    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(128);
    private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();

    private ThreadSchedStat(FileChannel channel) {
        this.channel = channel;
    }

    /** The calling thread's clocks, or null where the kernel does not offer them. */
    static ThreadSchedStat ofCurrentThread() {
        try {
            Path self = Files.readSymbolicLink(Path.of("/proc/thread-self"));
            return new ThreadSchedStat(FileChannel.open(Path.of("/proc").resolve(self).resolve("schedstat"),
                    StandardOpenOption.READ));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Writes [CPU ns, run-queue wait ns] into {@code into} at {@code at} and {@code at + 1}. */
    void read(long[] into, int at) {
        into[at] = threads.getCurrentThreadCpuTime();
        buffer.clear();
        try {
            channel.read(buffer, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII);
        int a = text.indexOf(' ');
        int b = text.indexOf(' ', a + 1);
        into[at + 1] = Long.parseLong(text, a + 1, b, 10);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
