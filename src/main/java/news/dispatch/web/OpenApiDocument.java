package news.dispatch.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import io.javalin.http.Context;

/**
 * The API's contract, {@code openapi.json} beside this class (OpenAPI 3.1): served as it is at
 * {@code /api/openapi.json}. The tests hold the routes, their parameters and real responses to it.
 */
final class OpenApiDocument {
    static final String RESOURCE = "openapi.json";
    private static final byte[] BYTES = load();

    private OpenApiDocument() {
    }

    static void serve(Context ctx) {
        ctx.contentType("application/json").result(BYTES);
    }

    private static byte[] load() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the build");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
