package news.dispatch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Doubly-encoded UTF-8 repaired at ingest only when the repair is unambiguous; real accents are left alone. */
class MojibakeTest {
    @TempDir
    Path dir;

    @Test
    void twiceEncodedQuotesAndDashesComeBack() {
        // Titles as they are stored in the AllSides corpus.
        assertEquals("Obama’s week goes from bad to worse", Mojibake.repair("ObamaÃ¢â‚¬â„¢s week goes from bad to worse"));
        assertEquals("Bill would ban therapies to ‘change’ young gays",
                Mojibake.repair("Bill would ban therapies to Ã¢â‚¬ËœchangeÃ¢â‚¬â„¢ young gays"));
        assertEquals("Obama, Putin cool — especially to each other",
                Mojibake.repair("Obama, Putin cool Ã¢â‚¬â€\u009d especially to each other"));
    }

    @Test
    void onceEncodedTextIsRepairedToo() {
        assertEquals("Don’t — café", Mojibake.repair("Donâ€™t â€” cafÃ©"));
    }

    @Test
    void realAccentsAndLoneSymbolsAreNotTouched() {
        for (String real : new String[] {"São Paulo", "café au lait", "naïve Ångström", "Â", "½ price, 20°C",
                "Ærø — a Danish island", "Москва", "plain ASCII"}) {
            assertSame(real, Mojibake.repair(real), real);
        }
    }

    @Test
    void aRunThatIsNotWholeUtf8IsLeftAsItIs() {
        // "Ã¢â‚¬" is cut off: its last character could have been one of several, so the run is kept.
        String cut = "a cut-off Ã¢â‚¬ sequence";
        assertSame(cut, Mojibake.repair(cut));
    }

    /**
     * The AllSides corpus (../shared, skipped when absent): prints how many titles the repair changes, and checks
     * that a title still showing an encoded quote kept it whole rather than half repaired.
     */
    @Test
    void theAllSidesTitlesLoseTheirMojibake() throws IOException {
        Path folder = news.dispatch.SharedData.require("data/allsides-news");
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        int titles = 0;
        int changed = 0;
        java.util.List<String> left = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : java.nio.file.Files.readAllLines(file)) {
                    String title = json.readTree(line).path("title").asText("");
                    String fixed = Mojibake.repair(title);
                    titles++;
                    if (fixed != title) changed++;
                    if (fixed.contains("â€") || fixed.contains("Ã¢")) left.add(fixed);
                }
            }
        }
        System.out.printf("AllSides: %d of %d titles repaired; %d keep an encoded run that lost a byte%n", changed,
                titles, left.size());
        // What is left was left whole (the closing quote's last byte is missing there), never half repaired.
        for (String title : left) {
            assertTrue(title.contains("Ã¢â‚¬"), title);
        }
    }

    @Test
    void theCorpusRepairsTitlesAndBodiesAndSaysSoAsAWarning() throws IOException {
        Collected c = Collected.read(dir, "news.jsonl",
                "{\"title\": \"ObamaÃ¢â‚¬â„¢s week\", \"body\": \"It wasnÃ¢â‚¬â„¢t good.\"}\n");
        assertEquals("Obama’s week", c.only().title());
        assertEquals("It wasn’t good.", c.only().body());
        assertEquals(2, c.problems.size(), c.problems.toString());
        for (Problem p : c.problems) {
            assertFalse(p.skipped());
        }
        assertEquals("repaired doubly-encoded UTF-8 in the title: \"ObamaÃ¢â‚¬â„¢s week\" → \"Obama’s week\"",
                c.problems.getFirst().reason());
    }
}
