package news.dispatch.measure.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Titles, bodies, dates and outlets of JSON Lines corpus files by article id: what the story eval compares. */
public record StoryTexts(Map<String, Text> byId) {
    public record Text(String title, String body, String date, String source) {
    }

    public static StoryTexts read(List<Path> files) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, Text> texts = new LinkedHashMap<>();
        for (Path file : files) {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.isBlank()) continue;
                    JsonNode o = json.readTree(line);
                    texts.put(o.path("id").asText(), new Text(o.path("title").asText(""), o.path("body").asText(""),
                            o.path("date").asText(""), o.path("source").asText("")));
                }
            }
        }
        return new StoryTexts(texts);
    }
}
