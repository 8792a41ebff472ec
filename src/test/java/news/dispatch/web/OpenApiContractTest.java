package news.dispatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * The OpenAPI document against the code: it is valid OpenAPI 3.1, its schemas are valid JSON Schema, it lists every
 * route the server has and no other, and each route's parameters are exactly those the route accepts (the code's
 * parameter sets), which the running server also knows.
 */
class OpenApiContractTest {
    /** Each route's accepted parameters, as the code defines them. Routes that read none accept none. */
    private static final Map<String, Set<String>> ACCEPTED = Map.ofEntries(
            Map.entry("/api/search", SearchParams.SEARCH),
            // The feeds read the same search (SearchParams.request()); format is read by /api/search alone.
            Map.entry("/api/search.atom", SearchParams.SEARCH),
            Map.entry("/api/search.feed.json", SearchParams.SEARCH),
            Map.entry("/api/articles/{id}", Set.of("q", "matches_from")),
            Map.entry("/api/entities", ApiRoutes.ENTITIES),
            Map.entry("/api/export", ApiRoutes.EXPORT),
            Map.entry("/api/export/facets", ApiRoutes.FACETS_CSV),
            Map.entry("/api/timeline", TimelineParams.KNOWN),
            Map.entry("/api/health", Set.of()),
            Map.entry("/api/stats", Set.of()),
            Map.entry("/api/fields", Set.of()));

    @Test
    void theDocumentIsValidOpenApi31() {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(ApiContract.TEXT, null, options);
        assertEquals(List.of(), result.getMessages());
        assertNotNull(result.getOpenAPI());
        assertEquals("3.1.0", result.getOpenAPI().getOpenapi());
    }

    @Test
    void everySchemaOfTheDocumentIsValidJsonSchema202012() {
        var meta = ApiContract.SCHEMAS.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        Map<String, List<String>> invalid = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> schemas = ApiContract.DOC.path("components").path("schemas").fields();
        while (schemas.hasNext()) {
            var schema = schemas.next();
            List<Error> errors = meta.validate(schema.getValue());
            if (!errors.isEmpty()) invalid.put(schema.getKey(), errors.stream().map(Error::toString).toList());
        }
        assertEquals(Map.of(), invalid);
    }

    @Test
    void theDocumentListsEveryRouteOfTheServerAndNoOther() {
        Javalin app = DispatchServer.create(TestServer.seeds().searcher(), null);
        Set<String> routes = app.unsafe.internalRouter.allHttpHandlers().stream().map(h -> h.endpoint)
                .filter(e -> e.method.equals(HandlerType.GET)).map(e -> e.path).collect(Collectors.toCollection(TreeSet::new));
        Set<String> documented = new TreeSet<>();
        ApiContract.DOC.path("paths").fieldNames().forEachRemaining(documented::add);
        assertEquals(routes, documented);
    }

    @Test
    void eachRouteAcceptsExactlyTheParametersTheDocumentListsForIt() {
        Map<String, String> differences = new TreeMap<>();
        Set<String> documented = new TreeSet<>();
        ApiContract.DOC.path("paths").fieldNames().forEachRemaining(documented::add);
        documented.remove("/api/openapi.json");
        assertEquals(new TreeSet<>(ACCEPTED.keySet()), documented, "a route without its parameter set in this test");
        ACCEPTED.forEach((path, accepted) -> {
            Set<String> listed = ApiContract.queryParameters(path);
            Set<String> undocumented = new TreeSet<>(accepted);
            undocumented.removeAll(listed);
            Set<String> notAccepted = new TreeSet<>(listed);
            notAccepted.removeAll(accepted);
            if (!undocumented.isEmpty() || !notAccepted.isEmpty()) {
                differences.put(path, "accepted but not documented " + undocumented + ", documented but not accepted " + notAccepted);
            }
        });
        assertEquals(Map.of(), differences);
    }

    @Test
    void theServerTakesEveryDocumentedParameterWithoutCallingItUnknown() throws IOException, InterruptedException {
        TestServer server = TestServer.seeds();
        for (String path : List.of("/api/search", "/api/entities", "/api/timeline")) {
            var answer = server.get(path + "?" + everyParameterBlank(path, "dim", "persons"));
            assertEquals(200, answer.statusCode(), answer::body);
            ApiContract.assertNoUnknownParameter(TestServer.parse(answer.body()));
        }
        // The exports refuse an unknown parameter outright (a 400) rather than warn.
        for (String path : List.of("/api/export", "/api/export/facets")) {
            var answer = server.get(path + "?" + everyParameterBlank(path, "format", "csv"));
            assertEquals(200, answer.statusCode(), answer::body);
        }
    }

    @Test
    void theServerServesTheDocumentAtApiOpenapiJson() throws IOException, InterruptedException {
        var answer = TestServer.seeds().get("/api/openapi.json");
        assertEquals(200, answer.statusCode());
        assertEquals("application/json", answer.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals(ApiContract.DOC, TestServer.parse(answer.body()));
    }

    /** Every documented query parameter of a path with an empty value (read as absent), but one given a value. */
    private static String everyParameterBlank(String path, String name, String value) {
        List<String> pairs = new ArrayList<>();
        for (String p : ApiContract.queryParameters(path)) {
            pairs.add(URLEncoder.encode(p, StandardCharsets.UTF_8) + "=" + (p.equals(name) ? value : ""));
        }
        return String.join("&", pairs);
    }
}
