package news.dispatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** docs/api.md, the readable form of the OpenAPI document, names everything the document holds. */
class ApiDocsTest {
    private static final Path API_DOC = Path.of("docs/api.md");

    @Test
    void theApiPageDescribesEveryRouteParameterAndSchemaOfTheDocument() throws IOException {
        String page = Files.readString(API_DOC);
        List<String> missing = new ArrayList<>();
        ApiContract.DOC.path("paths").fieldNames().forEachRemaining(path -> {
            if (!page.contains("#### GET " + path + "\n")) missing.add("route " + path);
            for (String p : ApiContract.queryParameters(path)) {
                if (!section(page, "#### GET " + path + "\n").contains("| `" + p + "`")) missing.add(path + " parameter " + p);
            }
        });
        ApiContract.DOC.path("components").path("schemas").fieldNames().forEachRemaining(name -> {
            if (!page.contains("#### " + name + "\n")) missing.add("schema " + name);
        });
        assertEquals(List.of(), missing, "docs/api.md lacks what openapi.json has");
    }

    /** The text from a heading to the next heading of its level. */
    private static String section(String page, String heading) {
        int start = page.indexOf(heading);
        if (start < 0) return "";
        int end = page.indexOf("\n#### ", start + heading.length());
        return page.substring(start, end < 0 ? page.length() : end);
    }
}
