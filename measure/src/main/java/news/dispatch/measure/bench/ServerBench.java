package news.dispatch.measure.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import news.dispatch.measure.Latencies;
import news.dispatch.measure.QueryMix;

/**
 * The server as its own process from the built jar: time from launch to the first answered search on an existing
 * index, and the whole query mix answered with a 256 MB heap.
 */
final class ServerBench {
    static final double TARGET_READY_SECONDS = 2;
    static final String SMALL_HEAP = "-Xmx256m";

    private ServerBench() {
    }

    static boolean jarMissing(Path jar, PrintWriter out) {
        if (Files.isRegularFile(jar)) return false;
        out.println();
        out.println("(server sections skipped: no " + jar + "; build it with ./mvnw package or ./dispatch --help)");
        return true;
    }

    static void startUp(Path jar, Path index, int launches, PrintWriter out) throws Exception {
        Table table = new Table("Start-up: launch of `java -jar " + jar + " serve` on the index to its first "
                + "answered search", "launch", "JVM flags", "ready s (wall)", "CPU s until ready", "target < 2 s");
        Path archives = Files.createTempDirectory("dispatch-bench-archives");
        try {
            for (int i = 1; i <= launches; i++) launch(table, i, "launcher's", jar, index, List.of());
            // Class data of the server's classes: the first launch writes the archive, later ones map it.
            List<String> cds = List.of("-XX:+AutoCreateSharedArchive",
                    "-XX:SharedArchiveFile=" + archives.resolve("dispatch.jsa"));
            for (int i = 1; i <= launches; i++) {
                launch(table, launches + i, i == 1 ? "+ AppCDS (writes it)" : "+ AppCDS", jar, index, cds);
            }
            // JDK 25's ahead-of-time cache (JEP 483, 514, 515): loaded, linked classes and method profiles.
            if (Runtime.version().feature() >= 25) {
                Path aot = archives.resolve("dispatch.aot");
                launch(table, 2 * launches + 1, "+ AOT cache (training launch)", jar, index,
                        List.of("-XX:AOTCacheOutput=" + aot));
                for (int i = 2; i <= launches; i++) {
                    launch(table, 2 * launches + i, "+ AOT cache", jar, index, List.of("-XX:AOTCache=" + aot));
                }
            }
        } finally {
            HeapWatch.delete(archives);
        }
        table.print(out);
    }

    private static void launch(Table table, int n, String flags, Path jar, Path index, List<String> jvmFlags)
            throws Exception {
        try (ServerLaunch server = ServerLaunch.start(jar, index, jvmFlags)) {
            table.row(n, flags, server.readySeconds(), server.cpuSeconds(),
                    server.readySeconds() < TARGET_READY_SECONDS ? "met" : "missed");
        }
    }

    static void smallHeap(Path jar, Path index, QueryMix mix, LoadRunner runner, PrintWriter out) throws Exception {
        Table table = new Table("Heap check: the server with " + SMALL_HEAP + " answers the query mix over HTTP "
                + "(1 client)", "heap", "ready s", "requests", "errors", "p50 ms", "p95 ms", "p99 ms", "queries/s",
                "alive after", "result");
        try (ServerLaunch server = ServerLaunch.start(jar, index, List.of(SMALL_HEAP))) {
            Latencies l = runner.run(mix.requests(), 1, server.client()::search);
            boolean alive = server.alive();
            String log = server.log();
            boolean oom = log.contains("OutOfMemoryError");
            table.row(SMALL_HEAP, server.readySeconds(), l.requests(), l.errors(), l.p50(), l.p95(), l.p99(),
                    l.queriesPerSecond(), alive ? "yes" : "no",
                    l.errors() == 0 && alive && !oom ? "met" : "missed" + (oom ? " (OutOfMemoryError)" : ""));
        }
        table.print(out);
    }
}
