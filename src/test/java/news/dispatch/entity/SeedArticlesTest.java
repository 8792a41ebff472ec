package news.dispatch.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Set;
import news.dispatch.SharedData;
import org.junit.jupiter.api.Test;

class SeedArticlesTest {

    private static Entities seed(String name) throws IOException {
        return Extracted.of(Files.readString(SharedData.require("seeds/" + name), StandardCharsets.UTF_8));
    }

    @Test
    void kremlinArticleHasExactlyItsFivePersons() throws IOException {
        assertEquals(Set.of("Joe Biden", "Vladimir Putin", "Dmitry Peskov", "Emmanuel Macron", "Sergey Lavrov"),
                Extracted.names(seed("kremlin-us-recognition-talks.txt").persons()));
    }

    @Test
    void kremlinArticleHasExactlyItsFourCountries() throws IOException {
        assertEquals(Set.of("Russia", "Ukraine", "United States", "France"),
                Extracted.names(seed("kremlin-us-recognition-talks.txt").countries()));
    }

    @Test
    void newTerritoriesArticleHasExactlyItsNinePersons() throws IOException {
        assertEquals(Set.of("Joe Biden", "Vladimir Putin", "Emmanuel Macron", "Olaf Scholz", "Dmitry Peskov",
                "Sergey Lavrov", "John Kerry", "Antonio Tajani", "Justin Welby"),
                Extracted.names(seed("russia-new-territories-peace-talks.txt").persons()));
    }

    @Test
    void newTerritoriesArticleHasExactlyItsSixCountries() throws IOException {
        assertEquals(Set.of("Russia", "Ukraine", "United States", "France", "Germany", "Italy"),
                Extracted.names(seed("russia-new-territories-peace-talks.txt").countries()));
    }

    @Test
    void everyMentionOfTheSeedsIsTheSubstringAtItsOffsets() throws IOException {
        for (String name : new String[] {"kremlin-us-recognition-talks.txt", "russia-new-territories-peace-talks.txt"}) {
            String text = Files.readString(SharedData.require("seeds/" + name), StandardCharsets.UTF_8);
            Entities e = Extracted.of(text);
            for (Entity entity : e.persons()) entity.mentions().forEach(m -> assertEquals(text.substring(m.start(), m.end()), m.text()));
            for (Entity entity : e.countries()) entity.mentions().forEach(m -> assertEquals(text.substring(m.start(), m.end()), m.text()));
        }
    }
}
