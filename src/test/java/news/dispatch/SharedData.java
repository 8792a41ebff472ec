package news.dispatch;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The data folder beside the project ({@code ../shared}): tests that need it skip cleanly, with a message,
 * when it is absent (a user's clone has none).
 */
public final class SharedData {
    private SharedData() {
    }

    public static Path dir() {
        return Path.of(System.getProperty("dispatch.shared", "../shared")).toAbsolutePath().normalize();
    }

    /** The file or folder {@code relative} inside ../shared; skips the calling test when it is missing. */
    public static Path require(String relative) {
        Path p = dir().resolve(relative);
        assumeTrue(Files.exists(p), () -> "skipped: " + p + " is absent (../shared is not beside this clone)");
        return p;
    }
}
