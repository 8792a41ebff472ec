package news.dispatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import news.dispatch.TestIndexes;

/**
 * A national body is an organization offered with its country's code beside it, and filtering by it is not
 * filtering by its country: of two articles about Russia only the one naming the State Duma is the Duma's.
 */
class GovernmentBodiesApiTest {
    @TempDir static Path dir;
    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start(corpus());
    }

    /** The fixture corpus in a fresh folder (the cluster twin indexes the same one). */
    static Path corpus() throws IOException {
        TestIndexes.write(dir, "bodies.jsonl", String.join("\n",
                line("r1", "Duma vote", "Russia's State Duma approved the budget in Moscow on Tuesday."),
                line("r2", "Moscow weather", "Snow fell across Russia on Wednesday, and Moscow airports closed."),
                line("u1", "CIA report", "The CIA told lawmakers in Washington that the United States would act."))
                + "\n");
        return dir;
    }

    private static String line(String id, String title, String body) {
        return "{\"id\": \"" + id + "\", \"title\": \"" + title + "\", \"body\": \"" + body + "\"}";
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @Test
    void aNationalBodyIsOfferedWithItsCountrysCode() throws Exception {
        JsonNode organizations = server.json("/api/search?mentions=all").at("/facets/organizations");
        String duma = null, cia = null;
        for (JsonNode v : organizations) {
            if (v.get("value").asText().equals("State Duma")) duma = v.path("code").asText();
            if (v.get("value").asText().equals("Central Intelligence Agency")) cia = v.path("code").asText();
        }
        assertEquals("RU", duma, organizations.toString());
        assertEquals("US", cia, organizations.toString());
    }

    @Test
    void filteringByABodyIsNotFilteringByItsCountry() throws Exception {
        JsonNode hits = server.json("/api/search?mentions=all&organization=State+Duma").at("/hits");
        Set<String> ids = new HashSet<>();
        hits.forEach(h -> ids.add(h.get("id").asText()));
        assertEquals(Set.of("r1"), ids);
    }
}
