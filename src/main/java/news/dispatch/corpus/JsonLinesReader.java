package news.dispatch.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;

/**
 * JSON Lines: one article object a line, streamed so that a file of any size reads in little memory.
 * Each line stands alone: a malformed, badly encoded or oversized line is reported with its number and
 * the rest of the file still reads. Blank lines are ignored.
 */
final class JsonLinesReader implements ArticleReader {
    /** NUL bytes in the first block mean a binary file, not a text file with a few bad lines. */
    private static final int SNIFF_BYTES = 8192;

    @Override
    public List<String> extensions() {
        return List.of("jsonl", "ndjson");
    }

    @Override
    public void read(ArticleSink sink) throws IOException, UnreadableFileException {
        SourceFile file = sink.file();
        if (Files.size(file.path()) == 0) throw new UnreadableFileException("empty file");
        try (InputStream in = Files.newInputStream(file.path())) {
            ByteLines lines = new ByteLines(in, file.maxArticleBytes());
            boolean first = true;
            boolean blank = true;
            for (ByteLines.Line line = lines.next(); line != null; line = lines.next()) {
                if (first) rejectBinary(line);
                blank &= !readLine(line, first, sink);
                first = false;
            }
            // Only blank lines is as empty as no bytes at all, and must not pass silently.
            if (blank) throw new UnreadableFileException("empty file");
        }
    }

    private static void rejectBinary(ByteLines.Line line) throws UnreadableFileException {
        if (line.tooLong()) return;
        if (StrictUtf8.firstNul(line.bytes(), Math.min(line.length(), SNIFF_BYTES)).isPresent()) {
            throw new UnreadableFileException("binary file (it has NUL bytes); not JSON Lines");
        }
    }

    /** Reads one line; false when it was blank. */
    private static boolean readLine(ByteLines.Line line, boolean first, ArticleSink sink) {
        int number = line.number();
        if (line.tooLong()) {
            sink.problem(number, TextFiles.tooLarge(line.size(), sink.file().maxArticleBytes()), true);
            return true;
        }
        String text = switch (StrictUtf8.decode(line.bytes(), line.length())) {
            case StrictUtf8.Result.Text t -> first ? ArticleText.normalize(t.text()) : t.text();
            case StrictUtf8.Result.Invalid bad -> {
                sink.problem(number, "invalid UTF-8 at byte " + bad.byteOffset() + " of the line", true);
                yield null;
            }
        };
        if (text == null) return true;
        if (text.isBlank()) return false;
        JsonNode node;
        try {
            node = JsonArticles.DOCUMENT.readValue(text);
        } catch (JsonProcessingException e) {
            sink.problem(number, JsonArticles.invalidJson(e), true);
            return true;
        }
        if (node == null || !node.isObject()) {
            sink.problem(number, "line is " + JsonArticles.kind(node) + ", not an article object", true);
            return true;
        }
        sink.accept(JsonArticles.fromObject(node, number, -1, number));
        return true;
    }
}
