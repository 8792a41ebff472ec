package news.dispatch.corpus;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;

/**
 * A JSON file holding one article object or an array of them. Elements of an array are read one at a
 * time, so a bad element is reported (with the line it starts on) and the others are kept; a syntax error
 * ends the file there, since nothing after it can be trusted.
 */
final class JsonArticleReader implements ArticleReader {
    @Override
    public List<String> extensions() {
        return List.of("json");
    }

    @Override
    public void read(ArticleSink sink) throws IOException, UnreadableFileException {
        String text = TextFiles.read(sink.file());
        if (text.isBlank()) throw new UnreadableFileException("empty file");
        try (JsonParser parser = JsonArticles.MAPPER.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT) {
                sink.accept(JsonArticles.fromObject(parser.readValueAsTree(), 0, -1, 0));
                if (parser.nextToken() != null) {
                    sink.problem(line(parser), "unexpected content after the article object; ignored", false);
                }
            } else if (first == JsonToken.START_ARRAY) {
                readArray(parser, sink);
            } else {
                JsonNode node = parser.readValueAsTree();
                throw new UnreadableFileException("JSON is " + JsonArticles.kind(node)
                        + ", neither an article object nor an array of article objects");
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            if (sink.articles() == 0 && sink.skipped() == 0) throw new UnreadableFileException(line, JsonArticles.invalidJson(e));
            sink.problem(line, JsonArticles.invalidJson(e) + "; the rest of the file is skipped", true);
        }
    }

    private static void readArray(JsonParser parser, ArticleSink sink) throws IOException {
        for (int index = 0; parser.nextToken() != JsonToken.END_ARRAY; index++) {
            int line = line(parser);
            JsonNode element = parser.readValueAsTree();
            if (element.isObject()) {
                sink.accept(JsonArticles.fromObject(element, 0, index, line));
            } else {
                sink.problem(line, "array element #" + index + " is " + JsonArticles.kind(element)
                        + ", not an article object", true);
            }
        }
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }
}
