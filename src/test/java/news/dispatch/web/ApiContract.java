package news.dispatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * The API's OpenAPI document as the tests read it: its operations, their parameters, and the JSON Schema of each
 * response (validated with networknt's JSON Schema 2020-12 validator, the dialect OpenAPI 3.1 uses).
 */
final class ApiContract {
    /** Where the validator believes the document lives, so its {@code #/components/…} references resolve. */
    static final String DOC_URI = "https://dispatch.invalid/api/openapi.json";
    static final String TEXT = load();
    static final JsonNode DOC = parse(TEXT);
    static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemas(Map.of(DOC_URI, TEXT)));

    private ApiContract() {
    }

    /** The GET operation of a path as the document writes it ({@code /api/articles/{id}}). */
    static JsonNode operation(String path) {
        JsonNode op = DOC.path("paths").path(path).path("get");
        assertFalse(op.isMissingNode(), () -> "the document has no GET " + path);
        return op;
    }

    /** The names of the query parameters the document lists for a path, references resolved. */
    static Set<String> queryParameters(String path) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode p : operation(path).path("parameters")) {
            JsonNode param = resolve(p);
            if (param.path("in").asText().equals("query")) names.add(param.path("name").asText());
        }
        return names;
    }

    static JsonNode resolve(JsonNode node) {
        if (!node.has("$ref")) return node;
        return DOC.at(node.get("$ref").asText().substring(1));
    }

    /**
     * Checks a real answer against the document: its status is listed for the path, its media type too, and a JSON
     * body validates against that response's schema.
     */
    static void check(String path, HttpResponse<String> response) {
        String status = String.valueOf(response.statusCode());
        JsonNode listed = operation(path).path("responses").path(status);
        assertFalse(listed.isMissingNode(), () -> "GET " + path + " answered " + status + ", which the document does not list: " + response.body());
        String type = response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
        JsonNode media = resolve(listed).path("content").path(type);
        assertFalse(media.isMissingNode(), () -> "GET " + path + " answered " + status + " as " + type + ", not listed");
        if (!type.equals("application/json")) return;
        String pointer = "/paths/" + escape(path) + "/get/responses/" + status;
        if (listed.has("$ref")) pointer = listed.get("$ref").asText().substring(1);
        pointer += "/content/" + escape(type) + "/schema";
        List<Error> errors = errors(pointer, parse(response.body()));
        assertEquals(List.of(), errors.stream().map(Error::toString).toList(),
                () -> "GET " + path + " " + status + " does not match the document: " + response.body());
    }

    /** The validation errors of a JSON value against the schema at a JSON pointer of the document. */
    static List<Error> errors(String pointer, JsonNode value) {
        String fragment = URLEncoder.encode(pointer, StandardCharsets.UTF_8).replace("%2F", "/").replace("%7E", "~");
        return SCHEMAS.getSchema(SchemaLocation.of(DOC_URI + "#" + fragment)).validate(value);
    }

    private static String escape(String pointerToken) {
        return pointerToken.replace("~", "~0").replace("/", "~1");
    }

    static void assertNoUnknownParameter(JsonNode answer) {
        for (JsonNode w : answer.path("warnings")) {
            assertTrue(!w.asText().startsWith("Unknown parameter"), () -> "a documented parameter is unknown: " + w);
        }
    }

    private static String load() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(OpenApiDocument.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parse(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
