package news.dispatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The page's files as served: every module is preloaded, so the browser fetches them at once, not level by level. */
class PageFilesTest {
    @Test
    void everyModuleInJsIsPreloadedByTheIndexPage() throws IOException {
        String html = Files.readString(Path.of("web", "index.html"));
        Matcher preload = Pattern.compile("<link rel=\"modulepreload\" href=\"js/([^\"]+)\">").matcher(html);
        List<String> preloaded = preload.results().map(m -> m.group(1)).sorted().toList();
        try (Stream<Path> files = Files.list(Path.of("web", "js"))) {
            List<String> modules = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".js")).sorted().toList();
            assertEquals(modules, preloaded, "add a <link rel=\"modulepreload\"> to web/index.html for each new module");
        }
    }
}
