package news.dispatch.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line says a filter value no article holds, as /api/search does, with the name it may have meant. */
class UnmatchedFilterValueCliTest {
    static final Duration RUN = Duration.ofMinutes(3);

    @TempDir
    Path dir;

    /** An index of one article naming Russia, made by the real command line. */
    String index() throws Exception {
        Path corpus = Files.writeString(dir.resolve("news.jsonl"), """
                {"id": "r1", "date": "2022-02-24", "title": "Putin addresses Russia", "body": "Vladimir Putin spoke in Moscow, Russia."}
                """);
        String index = dir.resolve("index").toString();
        try (ChildJvm run = ChildJvm.run(RUN, "index", "--threads", "1", "--index", index, "--corpus", corpus.toString())) {
            assertEquals(0, run.exitCode(), run.stderr());
        }
        return index;
    }

    @Test
    void anExportOfACountryNoArticleHoldsNotesItOnStandardErrorAndWritesOnlyTheHeader() throws Exception {
        try (ChildJvm export = ChildJvm.run(RUN, "export", "--index", index(), "--fields", "id", "--country", "russia")) {
            assertEquals(0, export.exitCode(), export.stderr());
            assertEquals("id", export.stdout().strip());
            assertTrue(export.stderr().contains("note: No article has the country 'russia'")
                    && export.stderr().contains("did you mean 'Russia'"), export.stderr());
        }
    }

    @Test
    void aSearchForACountryNoArticleHoldsNotesItAndTheNameItMayHaveMeant() throws Exception {
        String index = index();
        try (ChildJvm search = ChildJvm.run(RUN, "search", "--index", index, "--country", "russia")) {
            assertEquals(0, search.exitCode(), search.stderr());
            assertTrue(search.stdout().contains("note: No article has the country 'russia'")
                    && search.stdout().contains("did you mean 'Russia'"), search.stdout());
        }
    }
}
