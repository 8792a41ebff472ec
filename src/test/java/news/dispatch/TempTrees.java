package news.dispatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Temporary folders and files of test helpers, removed when the test JVM exits: a suite run leaves nothing behind in
 * the machine's temporary folder (it used to leave a few hundred indexes and clusters per run). A test class takes
 * its folders from JUnit's {@code @TempDir}; this is for what no one test class owns: the index of a
 * {@code TestServer}, the page fixture's corpus shared by the page tests, a child JVM's output.
 */
public final class TempTrees {
    private static final List<Path> CREATED = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TempTrees::deleteAll, "temp-trees"));
    }

    private TempTrees() {
    }

    /** A new empty folder named after {@code prefix}, deleted at exit. */
    public static Path directory(String prefix) throws IOException {
        return remembered(Files.createTempDirectory(prefix));
    }

    /** A new empty file named after {@code prefix} and {@code suffix}, deleted at exit. */
    public static Path file(String prefix, String suffix) throws IOException {
        return remembered(Files.createTempFile(prefix, suffix));
    }

    /** Deletes {@code root} and everything under it now; a path already gone is fine. */
    public static void delete(Path root) throws IOException {
        if (root == null || !Files.exists(root)) return;
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    private static synchronized Path remembered(Path path) {
        CREATED.add(path);
        return path;
    }

    private static synchronized void deleteAll() {
        for (Path p : CREATED) {
            try {
                delete(p);
            } catch (IOException | UncheckedIOException e) {
                // Best effort at exit: another exit hook (a server, a cluster) may still be letting go of its files.
            }
        }
    }
}
