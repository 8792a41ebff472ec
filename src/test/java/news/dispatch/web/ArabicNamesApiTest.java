package news.dispatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import news.dispatch.TestIndexes;

/** Over HTTP, an Arabic name finds the Latin and Cyrillic articles and back, and the alias notes say what was added. */
class ArabicNamesApiTest {
    @TempDir static Path dir;
    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        Path corpus = dir;
        TestIndexes.write(corpus, "news.jsonl", """
                {"id": "en", "lang": "en", "title": "Putin meets envoys", "body": "Vladimir Putin met foreign envoys in the Kremlin on Tuesday."}
                {"id": "ru", "lang": "ru", "title": "Визит в Москве", "body": "Президент Владимир Путин принял делегацию в Москве."}
                {"id": "ar", "lang": "ar", "title": "محادثات في موسكو", "body": "التقى الرئيس الروسي فلاديمير بوتين وزراء الخارجية في موسكو يوم الثلاثاء."}
                """);
        server = TestServer.start(corpus);
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) server.close();
    }

    private static JsonNode search(String q) throws Exception {
        return server.json("/api/search?collapse=false&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    }

    private static List<String> ids(JsonNode response) {
        List<String> ids = new ArrayList<>();
        response.get("hits").forEach(h -> ids.add(h.get("id").asText()));
        return ids.stream().sorted().toList();
    }

    private static List<String> notes(JsonNode response) {
        List<String> notes = new ArrayList<>();
        response.get("aliases").forEach(n -> n.get("also_matches").forEach(m -> notes.add(n.get("term").asText() + " → " + m.asText())));
        return notes;
    }

    @Test
    void anArabicNameFindsEveryScriptAndItsNoteGivesTheLatinSpelling() throws Exception {
        JsonNode arabic = search("بوتين");
        assertEquals(List.of("ar", "en", "ru"), ids(arabic));
        assertTrue(notes(arabic).contains("بوتين → Putin"), notes(arabic)::toString);
    }

    @Test
    void aLatinNameFindsTheArabicArticleAndItsNoteGivesTheArabicSpelling() throws Exception {
        JsonNode latin = search("Putin");
        assertEquals(List.of("ar", "en", "ru"), ids(latin));
        assertTrue(notes(latin).contains("Putin → بوتين"), notes(latin)::toString);
    }
}
