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
 */
public record Problem(Path file, int line, String reason, boolean skipped) {

    @Override
    public String toString() {
        return (line > 0 ? file + ":" + line : String.valueOf(file)) + ": " + (skipped ? "skipped: " : "warning: ")
                + reason;
    }
}
