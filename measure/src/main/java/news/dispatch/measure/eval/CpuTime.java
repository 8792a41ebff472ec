package news.dispatch.measure.eval;

import java.lang.management.ManagementFactory;

/** CPU time of the calling thread, in nanoseconds: on a shared machine the wall clock also measures the neighbours. */
public final class CpuTime {
    private CpuTime() {
    }

    public static long now() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
