package news.dispatch.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fields an input carries on the real command line: a field left out is reported once by the index run, and
 * exports filter on the outlet and on a carried field.
 */
class CarriedFieldsCliTest {
    static final Duration RUN = Duration.ofMinutes(3);

    @TempDir
    Path dir;

    @Test
    void anIgnoredFieldIsReportedOnceAndExportsFilterOnOutletAndCarriedFields() throws Exception {
        Path corpus = Files.writeString(dir.resolve("news.jsonl"), """
                {"id": "a1", "source": "Reuters", "bias": "center", "image": {"url": "https://x/1.jpg"}, "title": "Tariff talks resume", "body": "Negotiators met to resume tariff talks."}
                {"id": "a2", "source": "Vox", "bias": "left", "image": {"url": "https://x/2.jpg"}, "title": "Debate night recap", "body": "Twenty candidates took the stage."}
                {"id": "a3", "source": "Vox", "bias": "left", "title": "Trade on the trail", "body": "Candidates argued about the trade war."}
                """);
        String index = dir.resolve("index").toString();
        try (ChildJvm run = ChildJvm.run(RUN, "index", "--threads", "1", "--index", index, "--corpus", corpus.toString())) {
            assertEquals(0, run.exitCode(), run.stderr());
            String said = run.stdout() + run.stderr();
            assertEquals(1, said.lines().filter(l -> l.contains("field 'image' ignored: a nested object")).count(), said);
        }
        try (ChildJvm export = ChildJvm.run(RUN, "export", "--index", index, "--fields", "id,source,meta.bias",
                "--sort", "oldest", "--source", "Vox")) {
            assertEquals(0, export.exitCode(), export.stderr());
            assertEquals(List.of("id,source,meta.bias", "a2,Vox,left", "a3,Vox,left"), export.stdout().strip().lines().toList());
        }
        try (ChildJvm export = ChildJvm.run(RUN, "export", "--index", index, "--fields", "id", "--with", "meta.bias=center")) {
            assertEquals(0, export.exitCode(), export.stderr());
            assertEquals(List.of("id", "a1"), export.stdout().strip().lines().toList());
        }
        try (ChildJvm search = ChildJvm.run(RUN, "search", "--index", index, "bias:left")) {
            assertEquals(0, search.exitCode(), search.stderr());
            assertTrue(search.stdout().contains("Trade on the trail") && search.stdout().contains("Debate night recap"),
                    search.stdout());
        }
    }
}
