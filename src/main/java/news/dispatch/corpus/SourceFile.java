package news.dispatch.corpus;

import java.nio.file.Path;

/**
 * A file being read: where it is, the name its articles' fallback ids are made of, and the size limit.
 *
 * @param path           absolute, normalized
 * @param relativeName   the corpus folder's name and the path inside it, with forward slashes on every platform
 * @param maxArticleBytes an article (a whole file, or one JSON line) larger than this is skipped
 */
record SourceFile(Path path, String relativeName, long maxArticleBytes) {

    /** Lower-case extension without the dot, or "" when the name has none. */
    String extension() {
        return extensionOf(path);
    }

    static String extensionOf(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
