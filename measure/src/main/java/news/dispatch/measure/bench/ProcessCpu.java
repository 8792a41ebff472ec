package news.dispatch.measure.bench;

import java.lang.management.ManagementFactory;

/**
 * CPU time of this JVM (all threads, GC and JIT included). On a shared machine the wall clock of a phase also
 * measures the neighbours; its CPU time mostly does not, so the tables show both.
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
}
