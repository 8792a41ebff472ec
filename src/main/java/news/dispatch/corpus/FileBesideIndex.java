package news.dispatch.corpus;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The small files kept beside an index folder (feed state, pages read, entity rules): where they live, and how they
 * are replaced so that a crash leaves the old content or the new one, never half. They sit beside the folder, not in
 * it, so a {@code --rebuild} (which replaces the folder's files) keeps them.
 */
public final class FileBesideIndex {
    private FileBesideIndex() {
    }

    /** {@code index} → {@code index.SUFFIX}, in the index folder's parent. */
    public static Path of(Path index, String suffix) {
        Path abs = index.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + "." + suffix);
    }

    /** Replaces {@code file} with {@code bytes}: written to a temp file, forced to disk, renamed over the old one. */
    public static void replace(Path file, byte[] bytes) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, bytes);
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
