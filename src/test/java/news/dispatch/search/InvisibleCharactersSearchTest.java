package news.dispatch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import news.dispatch.entity.Entities;
import news.dispatch.index.Indexer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A soft hyphen or zero-width character inside a word does not hide it from search. */
class InvisibleCharactersSearchTest {
    @TempDir Path dir;

    @Test
    void aWordWithInvisibleCharactersIsFoundByItsVisibleLetters() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("feed.jsonl"), """
                {"id": "soft", "title": "Scraped copy", "body": "Vladimir Pu\\u00adtin spoke at the forum."}
                {"id": "zw", "title": "Zero width", "body": "Olaf Sch\\u200bolz spoke in Berlin."}
                """);
        Path index = dir.resolve("index");
        new Indexer(index, text -> Entities.NONE, p -> { }, 1).run(List.of(corpus), false);
        try (LuceneSearcher searcher = LuceneSearcher.open(index, new QueryAliasMap(List.of()))) {
            assertEquals(List.of("soft"), searcher.search(SearchRequest.of("putin")).hits().stream().map(SearchResponse.Hit::id).toList());
            assertEquals(List.of("zw"), searcher.search(SearchRequest.of("scholz")).hits().stream().map(SearchResponse.Hit::id).toList());
        }
    }
}
