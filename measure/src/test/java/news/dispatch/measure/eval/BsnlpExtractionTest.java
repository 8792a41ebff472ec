package news.dispatch.measure.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import news.dispatch.entity.Entities;
import news.dispatch.entity.Entity;
import news.dispatch.entity.Mention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The BSNLP eval's entities cache: a file that exists is read instead of extracting (no model is loaded here). */
class BsnlpExtractionTest {
    private static final BsnlpDocument PUTIN = new BsnlpDocument("bsnlp/test/ru/1", "test", "ru", "Путин", List.of());

    @Test
    void anExistingCacheGivesEachArticlesEntitiesWithoutExtracting(@TempDir Path dir) throws Exception {
        Path cache = dir.resolve("cache.jsonl");
        Files.writeString(cache, "{\"key\":\"test/ru/bsnlp/test/ru/1\",\"entities\":{\"persons\":[{\"name\":\"Vladimir Putin\","
                + "\"code\":null,\"mentions\":[{\"start\":0,\"end\":5,\"text\":\"Путин\",\"reason\":\"slavic name\"}]}],"
                + "\"countries\":[],\"organizations\":[]}}\n");
        var found = BsnlpExtraction.extract(List.of(PUTIN), 1, cache);
        assertEquals(new Entities(List.of(new Entity("Vladimir Putin", null, List.of(new Mention(0, 5, "Путин", "slavic name")))),
                List.of(), List.of()), found.getFirst().getValue());
    }

    @Test
    void aCacheWithoutAnArticleSaysToDeleteIt(@TempDir Path dir) throws Exception {
        Path cache = dir.resolve("cache.jsonl");
        Files.writeString(cache, "");
        IOException e = assertThrows(IOException.class, () -> BsnlpExtraction.extract(List.of(PUTIN), 1, cache));
        assertTrue(e.getMessage().contains("test/ru/bsnlp/test/ru/1") && e.getMessage().contains("delete it"), e.getMessage());
    }
}
