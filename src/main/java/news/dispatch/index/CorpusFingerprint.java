package news.dispatch.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;

/**
 * A hash of the corpus files' names, sizes and modification times: it changes when a file is added, changed or
 * removed. Cheap (no file is read), so the main job can tell at start-up whether the index is stale.
 */
final class CorpusFingerprint {
    private CorpusFingerprint() {
    }

    static String of(List<Path> roots) {
        TreeMap<String, String> files = new TreeMap<>();
        for (Path root : roots) {
            Path absolute = root.toAbsolutePath().normalize();
            if (!Files.exists(absolute)) {
                files.put(absolute.toString(), "missing");
                continue;
            }
            try {
                Files.walkFileTree(absolute, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        files.put(file.toString(), attrs.size() + "@" + attrs.lastModifiedTime().toMillis());
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        files.put(file.toString(), "unreadable");
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                files.put(absolute.toString(), "unreadable");
            }
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.forEach((name, state) -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(state.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            });
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
