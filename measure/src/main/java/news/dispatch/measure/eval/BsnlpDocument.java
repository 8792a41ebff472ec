package news.dispatch.measure.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One annotated BSNLP article: its language, title and body, and its gold entities (each distinct named mention,
 * with lemma, type and cross-lingual id). Read from {@code DIR/<story>.jsonl} and {@code DIR/gold/<story>.jsonl}.
 */
public record BsnlpDocument(String id, String story, String lang, String text, List<Gold> gold) {

    /** One gold mention: {@code form} as written, {@code lemma}, {@code type} (PER, LOC, ORG, EVT, PRO), {@code id}. */
    public record Gold(String form, String lemma, String type, String id) {
    }

    /**
     * The annotated articles of {@code stories}, in file order, keeping those of {@code lang} (null: all) and the
     * first {@code limit} of each story in each language (a subset that still holds every language). Only articles with a gold line count: the gold decides what is scored.
     */
    public static List<BsnlpDocument> read(Path dir, List<String> stories, String lang, int limit) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<BsnlpDocument> docs = new ArrayList<>();
        for (String story : stories) {
            Path goldFile = dir.resolve("gold").resolve(story + ".jsonl");
            Path textFile = dir.resolve(story + ".jsonl");
            if (!Files.exists(goldFile) || !Files.exists(textFile)) {
                throw new IOException("story " + story + ": " + textFile + " or " + goldFile + " missing");
            }
            Map<String, List<Gold>> goldById = new HashMap<>();
            for (JsonNode o : lines(json, goldFile)) {
                List<Gold> entities = new ArrayList<>();
                for (JsonNode e : o.path("entities")) {
                    entities.add(new Gold(e.path("form").asText(""), e.path("lemma").asText(""), e.path("type").asText(""),
                            e.path("id").asText("")));
                }
                goldById.put(o.path("id").asText(), entities);
            }
            Map<String, Integer> taken = new HashMap<>();
            for (JsonNode o : lines(json, textFile)) {
                String id = o.path("id").asText();
                String language = o.path("lang").asText("");
                List<Gold> gold = goldById.get(id);
                if (gold == null || (lang != null && !lang.equals(language))) continue;
                if (taken.merge(language, 1, Integer::sum) > limit) continue;
                // The annotators read the title with the body: both are extracted, title first as a headline.
                String text = o.path("title").asText("") + "\n\n" + o.path("text").asText("");
                docs.add(new BsnlpDocument(id, story, language, text, gold));
            }
        }
        return docs;
    }

    private static List<JsonNode> lines(ObjectMapper json, Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (line.isBlank()) continue;
                try {
                    nodes.add(json.readTree(line));
                } catch (IOException e) {
                    throw new IOException(file + " line " + number + ": " + e.getMessage(), e);
                }
            }
        }
        return nodes;
    }
}
