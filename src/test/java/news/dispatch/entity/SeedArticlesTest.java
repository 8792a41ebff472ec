package news.dispatch.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeedArticlesTest {

    /** The seed articles ship in the repository's corpus/ folder: no ../shared needed. */
    private static String seedText(String name) throws IOException {
        return Files.readString(Path.of("corpus", name), StandardCharsets.UTF_8);
    }

    private static Entities seed(String name) throws IOException {
        return Extracted.of(seedText(name));
    }

    @Test
    void kremlinArticleHasExactlyItsFivePersons() throws IOException {
        assertEquals(Set.of("Joe Biden", "Vladimir Putin", "Dmitry Peskov", "Emmanuel Macron", "Sergey Lavrov"),
                Extracted.personNames(seed("kremlin-us-recognition-talks.txt")));
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
                Extracted.personNames(seed("russia-new-territories-peace-talks.txt")));
    }

    @Test
    void newTerritoriesArticleHasExactlyItsSixCountries() throws IOException {
        assertEquals(Set.of("Russia", "Ukraine", "United States", "France", "Germany", "Italy"),
                Extracted.names(seed("russia-new-territories-peace-talks.txt").countries()));
    }

    @Test
    void everyMentionOfTheSeedsIsTheSubstringAtItsOffsets() throws IOException {
        for (String name : new String[] {"kremlin-us-recognition-talks.txt", "russia-new-territories-peace-talks.txt"}) {
            String text = seedText(name);
            Entities e = Extracted.of(text);
            for (Entity entity : e.persons()) entity.mentions().forEach(m -> assertEquals(text.substring(m.start(), m.end()), m.text()));
            for (Entity entity : e.countries()) entity.mentions().forEach(m -> assertEquals(text.substring(m.start(), m.end()), m.text()));
        }
    }
}
