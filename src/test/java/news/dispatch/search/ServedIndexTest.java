package news.dispatch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A request that is still running while the served folder is replaced, twice, finishes on the index it began on; the
 * next request sees the newest index. (Replaced searchers close when their last request lets go, not under it.)
 */
class ServedIndexTest {
    @TempDir Path dir;

    @Test
    void anExportRunningWhileTheFolderIsReplacedTwiceWritesEveryRowOfTheIndexItBeganOn() throws IOException {
        Path index = dir.resolve("index");
        build(index, "first", 40);
        try (ServedIndex served = ServedIndex.open(index, message -> { })) {
            List<String> rows = new ArrayList<>();
            SearchRequest all = new SearchRequest("", List.of(), List.of(), null, null, SearchRequest.Sort.OLDEST, 10,
                    1, null, 0);
            served.export(all, false, row -> {
                if (rows.isEmpty()) {
                    replace(index, "second", 3);
                    served.maybeRefresh();
                    replace(index, "third", 2);
                    served.maybeRefresh();
                }
                rows.add(row.id());
            });

            assertEquals(40, rows.size());
            assertEquals(40, rows.stream().filter(id -> id.startsWith("first-")).count());
            assertEquals(2, served.search(all).total());
        }
    }

    /** A new index built beside {@code index} and moved into its place, as a rebuild does. */
    private void replace(Path index, String name, int articles) throws IOException {
        Path beside = dir.resolve(name + "-index");
        build(beside, name, articles);
        Files.move(index, dir.resolve(name + "-old"));
        Files.move(beside, index);
    }

    private void build(Path index, String name, int articles) throws IOException {
        Path corpus = Files.createDirectories(dir.resolve(name + "-corpus"));
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < articles; i++) {
            lines.append("{\"id\": \"").append(name).append('-').append(i).append("\", \"title\": \"Report ")
                    .append(i).append("\", \"body\": \"grain exports resumed\"}\n");
        }
        Files.writeString(corpus.resolve("feed.jsonl"), lines);
        TinyIndex.index(corpus, index);
    }
}
