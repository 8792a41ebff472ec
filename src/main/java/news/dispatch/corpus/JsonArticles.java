package news.dispatch.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** What the JSON formats share: one configured mapper and the mapping of an article object's fields. */
final class JsonArticles {
    /**
     * Jackson refuses strings over 20 M characters by default; an article body may be as long as the
     * corpus size limit allows, which {@link Corpus#MAX_ARTICLE_BYTES} already enforces.
     */
    static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
                    .build())
            .build();

    /** Reads one whole JSON document (a JSON Lines line) and refuses anything after its value. */
    static final ObjectReader DOCUMENT = MAPPER.readerFor(JsonNode.class)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonArticles() {
    }

    /**
     * The fields of one article object; {@code text} stands in for a missing {@code body}, {@code lang} (as BSNLP
     * and SaudiNewsNet write it) for a missing {@code language}.
     */
    static RawArticle fromObject(JsonNode object, int line, int index, int problemLine) {
        String body = text(object, "body");
        if (body == null) body = text(object, "text");
        String language = text(object, "language");
        if (language == null) language = text(object, "lang");
        return new RawArticle(text(object, "id"), text(object, "title"), body, text(object, "date"),
                text(object, "source"), text(object, "url"), language, line, index, problemLine,
                authors(object), carried(object));
    }

    /** The members read above; every other one is a carried field. */
    private static final java.util.Set<String> READ = java.util.Set.of("id", "title", "body", "text", "date", "source",
            "url", "language", "lang", "author", "authors");

    /** Every member of the object but those read as the article's own ({@link CarriedFields}). */
    private static CarriedFields carried(JsonNode object) {
        CarriedFields fields = new CarriedFields();
        for (var member : object.properties()) {
            if (!READ.contains(member.getKey())) fields.addJson(member.getKey(), member.getValue());
        }
        return fields;
    }

    /** {@code author} (a name), else {@code authors} (a list of names, or one): names joined with ", ". */
    private static String authors(JsonNode object) {
        String one = text(object, "author");
        if (one != null) return one;
        JsonNode many = object.get("authors");
        if (many == null) return null;
        if (many.isValueNode()) return text(object, "authors");
        if (!many.isArray()) return null;
        java.util.List<String> names = new java.util.ArrayList<>();
        for (JsonNode n : many) {
            if (n.isValueNode() && !n.isNull() && !n.asText().isBlank()) names.add(n.asText().strip());
            else if (n.isObject() && n.hasNonNull("name")) names.add(n.get("name").asText().strip()); // JSON Feed
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /** "invalid JSON: Unexpected character ('x' ...)" without Jackson's source excerpt. */
    static String invalidJson(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        int newline = message.indexOf('\n');
        return "invalid JSON: " + (newline < 0 ? message : message.substring(0, newline)).strip();
    }

    static String kind(JsonNode node) {
        if (node == null) return "null";
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String text(JsonNode object, String field) {
        JsonNode value = object.get(field);
        return value == null || !value.isValueNode() || value.isNull() ? null : value.asText();
    }
}
