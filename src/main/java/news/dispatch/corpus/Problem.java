package news.dispatch.corpus;

import java.nio.file.Path;

/**
 * Something wrong with the input, reported to the user with its place and reason.
 *
 * @param file    the file concerned
 * @param line    1-based line, or 0 when it concerns the whole file
 * @param reason  a readable sentence ("invalid JSON: unexpected end of input")
 * @param skipped true when an article (or the whole file) was left out; false for a warning about an
 *                article that was still read (an unparseable date, say)
 * @param excluded true when the input was left out on purpose (a symbolic link leaving the corpus folder), not for
 *                failing to be read: what the index holds from it is removed, where an unreadable file's articles are
 *                kept until it reads again
 */
public record Problem(Path file, int line, String reason, boolean skipped, boolean excluded) {

    public Problem(Path file, int line, String reason, boolean skipped) {
        this(file, line, reason, skipped, false);
    }

    @Override
    public String toString() {
        return (line > 0 ? file + ":" + line : String.valueOf(file)) + ": " + (skipped ? "skipped: " : "warning: ")
                + reason;
    }
}
