package news.dispatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

/** {@code extract} says each article's language: the one its input gives, else the detected one. */
class ExtractLanguageTest {
    @TempDir Path dir;

    @Test
    void eachResultCarriesTheGivenOrDetectedLanguage() throws Exception {
        Path file = Files.writeString(dir.resolve("news.jsonl"), """
                {"id": "ru", "lang": "ru", "text": "Президент принял делегацию в Москве."}
                {"id": "pl", "text": "Premier spotkał się wczoraj z delegacją w Warszawie. Rozmowy dotyczyły gazu, sankcji i bezpieczeństwa regionu."}
                """);
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new ExtractCommand()).setOut(new PrintWriter(out));
        assertEquals(0, cli.execute("--jsonl", "--threads", "1", file.toString()));
        List<String> languages = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : out.toString().strip().split("\n")) languages.add(json.readTree(line).get("language").asText());
        assertEquals(List.of("ru", "pl"), languages);
    }
}
