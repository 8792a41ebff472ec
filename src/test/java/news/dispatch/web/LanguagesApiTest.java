package news.dispatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import news.dispatch.TestIndexes;

/** The language of articles over HTTP: a {@code languages} facet and a repeatable {@code language=} filter. */
class LanguagesApiTest {
    @TempDir static Path dir;
    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start(corpus());
    }

    /** The fixture corpus in a fresh folder (the cluster twin indexes the same one). */
    static Path corpus() throws IOException {
        Path corpus = dir;
        TestIndexes.write(corpus, "news.jsonl", """
                {"id": "en-1", "date": "2016-06-24", "title": "Britain votes to leave", "body": "Britain has voted to leave the European Union, and the prime minister said he would step down by October."}
                {"id": "ru-1", "lang": "ru", "date": "2016-06-24", "title": "Британия голосует", "body": "Британия проголосовала за выход из Европейского союза, премьер-министр заявил об отставке."}
                {"id": "pl-1", "lang": "pl", "date": "2016-06-24", "title": "Brytyjczycy głosują", "body": "Wielka Brytania zagłosowała za wyjściem z Unii Europejskiej, a premier zapowiedział dymisję."}
                {"id": "pl-2", "lang": "pl-PL", "date": "2016-06-25", "title": "Reakcje w Warszawie", "body": "W Warszawie politycy komentowali wynik referendum w Wielkiej Brytanii."}
                """);
        return corpus;
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) server.close();
    }

    private static Map<String, Integer> languages(JsonNode response) {
        Map<String, Integer> counts = new TreeMap<>();
        for (JsonNode v : response.get("facets").get("languages")) counts.put(v.get("value").asText(), v.get("count").asInt());
        return counts;
    }

    private static List<String> ids(JsonNode response) {
        List<String> ids = new ArrayList<>();
        response.get("hits").forEach(h -> ids.add(h.get("id").asText()));
        return ids.stream().sorted().toList();
    }

    @Test
    void theLanguagesFacetListsEveryLanguagePresent() throws Exception {
        assertEquals(Map.of("en", 1, "pl", 2, "ru", 1), languages(server.json("/api/search?collapse=false")));
    }

    @Test
    void theLanguageFilterKeepsTheArticlesInAnyOfItsLanguages() throws Exception {
        assertEquals(List.of("pl-1", "pl-2"), ids(server.json("/api/search?collapse=false&language=pl")));
        JsonNode two = server.json("/api/search?collapse=false&language=pl&language=ru");
        assertEquals(List.of("pl-1", "pl-2", "ru-1"), ids(two));
        // The other languages are still counted beside the filter, so a reader can add one.
        assertEquals(Map.of("en", 1, "pl", 2, "ru", 1), languages(two));
    }

    @Test
    void eachHitAndEachExportedRowSaysItsLanguage() throws Exception {
        JsonNode ru = server.json("/api/search?collapse=false&language=ru");
        assertEquals("ru", ru.get("hits").get(0).get("language").asText());
        String csv = server.get("/api/export?format=csv&fields=id,language&language=pl").body();
        assertEquals(List.of("id,language", "pl-1,pl", "pl-2,pl"), csv.strip().lines().sorted(
                (a, b) -> a.startsWith("id,") ? -1 : b.startsWith("id,") ? 1 : a.compareTo(b)).toList());
    }

    @Test
    void aLanguageCanBeLeftOut() throws Exception {
        assertEquals(List.of("en-1", "ru-1"), ids(server.json("/api/search?collapse=false&not_language=pl")));
    }
}
