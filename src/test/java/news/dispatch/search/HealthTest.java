package news.dispatch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Health says "starting" until searches can be answered; stats are computed once per index generation. */
class HealthTest {
    @TempDir static Path dir;
    static Path corpus;
    static Path index;

    @BeforeAll
    static void build() throws IOException {
        corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "Grain talks\n\nOfficials met in Kyiv.");
        index = dir.resolve("index");
        TinyIndex.index(corpus, index);
    }

    @Test
    void startingUntilTheAliasTablesAreReadyThenReady() throws IOException {
        CompletableFuture<QueryAliasMap> aliases = new CompletableFuture<>();
        try (LuceneSearcher searcher = LuceneSearcher.open(index, aliases)) {
            assertEquals(new Health(Health.STARTING, 0), searcher.health());
            aliases.complete(new QueryAliasMap(List.of()));
            assertEquals(new Health(Health.READY, 1), searcher.health());
            assertEquals(1, searcher.search(SearchRequest.of("kyiv")).total());
        }
    }

    @Test
    void aBrokenGazetteerFailsReadinessWithItsReasonAndNeverLooksHealthy() throws IOException {
        CompletableFuture<QueryAliasMap> aliases = new CompletableFuture<>();
        try (LuceneSearcher searcher = LuceneSearcher.open(index, aliases)) {
            aliases.completeExceptionally(new IllegalStateException("countries.tsv line 7: no name"));
            var failed = assertThrows(CompletionException.class, () -> searcher.ready().join());
            assertTrue(failed.getCause().getMessage().contains("countries.tsv line 7"), failed.toString());
            assertEquals(Health.STARTING, searcher.health().status());
        }
    }

    @Test
    void statsAreComputedOncePerIndexGeneration() throws IOException {
        Path own = Files.createDirectories(dir.resolve("growing"));
        Path ownIndex = dir.resolve("growing-index");
        Files.writeString(own.resolve("a.txt"), "Grain talks\n\nOfficials met in Kyiv.");
        TinyIndex.index(own, ownIndex);
        try (LuceneSearcher searcher = TinyIndex.open(ownIndex)) {
            IndexStats first = searcher.stats();
            assertSame(first, searcher.stats());
            Files.writeString(own.resolve("b.txt"), "Second note\n\nMore talks in Odesa.");
            TinyIndex.index(own, ownIndex);
            searcher.maybeRefresh();
            IndexStats second = searcher.stats();
            assertNotSame(first, second);
            assertEquals(2, second.articles());
            assertTrue(second.indexBytes() > 0);
        }
    }
}
