package news.dispatch.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The reference part of docs/api.md, rendered from the OpenAPI document: every route with its parameters and
 * answers, then every schema with its members. ApiDocsTest keeps the page equal to it.
 */
final class ApiReference {
    /** Where the rendered part starts in docs/api.md; everything from here to the end is generated. */
    static final String START = "### Endpoints\n";

    private ApiReference() {
    }

    static String render(JsonNode doc) {
        StringBuilder out = new StringBuilder(START).append('\n');
        doc.path("paths").properties().forEach(path -> endpoint(out, path.getKey(), path.getValue().path("get")));
        out.append("### Schemas\n\n");
        doc.path("components").path("schemas").properties().forEach(s -> schema(out, s.getKey(), s.getValue()));
        return out.toString().stripTrailing() + "\n";
    }

    private static void endpoint(StringBuilder out, String path, JsonNode op) {
        out.append("#### GET ").append(path).append("\n\n").append(op.path("summary").asText()).append(". ")
                .append(op.path("description").asText()).append("\n\n");
        List<JsonNode> params = new ArrayList<>();
        op.path("parameters").forEach(p -> params.add(ApiContract.resolve(p)));
        if (params.isEmpty()) {
            out.append("No parameters.\n\n");
        } else {
            out.append("| parameter | in | value | default | meaning |\n| --- | --- | --- | --- | --- |\n");
            for (JsonNode p : params) {
                JsonNode s = p.path("schema");
                boolean many = s.path("type").asText().equals("array");
                out.append("| `").append(p.path("name").asText()).append('`')
                        .append(p.path("required").asBoolean() ? " **required**" : "").append(" | ")
                        .append(p.path("in").asText()).append(" | ")
                        .append(type(many ? s.path("items") : s)).append(many ? " (repeatable)" : "").append(" | ")
                        .append(s.has("default") ? s.get("default").asText() : "").append(" | ")
                        .append(cell(p.path("description").asText())).append(" |\n");
            }
            out.append('\n');
        }
        out.append("| status | answer |\n| --- | --- |\n");
        op.path("responses").properties().forEach(r -> {
            JsonNode response = ApiContract.resolve(r.getValue());
            StringJoiner kinds = new StringJoiner("; ");
            response.path("content").properties().forEach(c ->
                    kinds.add("`" + c.getKey() + "` " + type(c.getValue().path("schema"))));
            out.append("| ").append(r.getKey()).append(" | ").append(cell(response.path("description").asText()))
                    .append(' ').append(kinds).append(" |\n");
        });
        out.append('\n');
    }

    private static void schema(StringBuilder out, String name, JsonNode s) {
        out.append("#### ").append(name).append("\n\n");
        if (s.has("description")) out.append(s.get("description").asText()).append("\n\n");
        Set<String> required = new HashSet<>();
        s.path("required").forEach(r -> required.add(r.asText()));
        out.append("| member | type | always there | meaning |\n| --- | --- | --- | --- |\n");
        for (Map.Entry<String, JsonNode> member : s.path("properties").properties()) {
            out.append("| `").append(member.getKey()).append("` | ").append(cell(type(member.getValue()))).append(" | ")
                    .append(required.contains(member.getKey()) ? "yes" : "").append(" | ")
                    .append(cell(member.getValue().path("description").asText())).append(" |\n");
        }
        if (s.path("additionalProperties").isObject()) {
            StringJoiner named = new StringJoiner(", ");
            required.stream().filter(r -> !s.path("properties").has(r)).sorted().forEach(r -> named.add("`" + r + "`"));
            out.append("| *(any other name)* | ").append(cell(type(s.get("additionalProperties")))).append(" | ")
                    .append(named).append(" | |\n");
        }
        out.append('\n');
    }

    /** A schema in words: "array of [Hit](#hit)", "string: `a`, `b`", "integer 1–100". */
    static String type(JsonNode s) {
        if (s.has("$ref")) {
            String name = s.get("$ref").asText().substring(s.get("$ref").asText().lastIndexOf('/') + 1);
            return "[" + name + "](#" + name.toLowerCase(java.util.Locale.ROOT) + ")";
        }
        if (s.has("oneOf")) {
            StringJoiner any = new StringJoiner(" or ");
            s.get("oneOf").forEach(o -> any.add(type(o)));
            return any.toString();
        }
        JsonNode t = s.path("type");
        String name;
        if (t.isArray()) {
            StringJoiner types = new StringJoiner(" or ");
            t.forEach(x -> types.add(x.asText()));
            name = types.toString();
        } else {
            name = t.isMissingNode() ? "any" : t.asText();
        }
        if (name.equals("array")) return "array of " + type(s.path("items"));
        if (name.equals("object") && s.path("additionalProperties").isObject()) {
            return "object of " + type(s.get("additionalProperties"));
        }
        StringBuilder out = new StringBuilder(name);
        if (s.has("enum")) {
            StringJoiner values = new StringJoiner(", ", ": ", "");
            s.get("enum").forEach(v -> {
                if (!v.isNull()) values.add("`" + v.asText() + "`");
            });
            out.append(values);
        }
        if (s.has("minimum")) out.append(' ').append(s.get("minimum").asText()).append('–')
                .append(s.has("maximum") ? s.get("maximum").asText() : "");
        if (s.has("format")) out.append(" (").append(s.get("format").asText()).append(')');
        return out.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
