package news.dispatch.corpus;

import java.io.IOException;
import java.nio.file.Files;

/** Reads a whole text file the way every whole-file format needs it: bounded, UTF-8, not binary. */
final class TextFiles {
    private TextFiles() {
    }

    /**
     * The file's text with a leading BOM removed and line endings normalized to {@code \n}.
     *
     * @throws UnreadableFileException when it is too large, binary (has NUL bytes) or not valid UTF-8
     */
    static String read(SourceFile file) throws IOException, UnreadableFileException {
        long size = Files.size(file.path());
        if (size > file.maxArticleBytes()) throw new UnreadableFileException(tooLarge(size, file.maxArticleBytes()));
        byte[] bytes = Files.readAllBytes(file.path());
        if (StrictUtf8.firstNul(bytes, bytes.length).isPresent()) {
            throw new UnreadableFileException("binary file (it has NUL bytes); not a text article");
        }
        return switch (StrictUtf8.decode(bytes, bytes.length)) {
            case StrictUtf8.Result.Text t -> ArticleText.normalize(t.text());
            case StrictUtf8.Result.Invalid bad -> throw new UnreadableFileException(
                    "invalid UTF-8 at byte " + bad.byteOffset() + "; save the file as UTF-8 and read it again");
        };
    }

    static String tooLarge(long size, long limit) {
        return "too large: " + describe(size) + ", over the limit of " + describe(limit) + " for one article";
    }

    private static String describe(long bytes) {
        long mb = 1024L * 1024;
        return bytes >= mb && bytes % mb == 0 ? bytes / mb + " MB"
                : bytes >= mb ? String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (double) mb)
                : bytes + " bytes";
    }
}
