package news.dispatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * docs/api.md ends with the reference rendered from the OpenAPI document ({@link ApiReference}), so the readable
 * page and the contract cannot part. After changing openapi.json, rewrite the page's reference with
 * {@code ./mvnw -q -B -o test -Dtest=ApiDocsTest -Ddispatch.api.docs.write=true}.
 */
class ApiDocsTest {
    private static final Path API_DOC = Path.of("docs/api.md");

    @Test
    void theApiPageEndsWithTheReferenceRenderedFromTheOpenApiDocument() throws IOException {
        String page = Files.readString(API_DOC);
        int start = page.indexOf(ApiReference.START);
        assertTrue(start >= 0, "docs/api.md has no '" + ApiReference.START.strip() + "' heading to render the reference under");
        String rendered = ApiReference.render(ApiContract.DOC);
        if (Boolean.getBoolean("dispatch.api.docs.write")) {
            Files.writeString(API_DOC, page.substring(0, start) + rendered);
            page = Files.readString(API_DOC);
        }
        assertEquals(rendered, page.substring(start), "docs/api.md's reference differs from openapi.json; rewrite it with "
                + "./mvnw -q -B -o test -Dtest=ApiDocsTest -Ddispatch.api.docs.write=true");
    }
}
