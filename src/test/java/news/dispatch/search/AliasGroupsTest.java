package news.dispatch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.queryparser.classic.QueryParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.dispatch.SharedData;
import news.dispatch.TestIndexes;
import news.dispatch.entity.Entities;
import news.dispatch.index.Indexer;

/**
 * Every alias group of the gazetteers (about 1,500, each with two or more spellings) finds the same articles from
 * each of its spellings, typed as a reader would type them: on the seed index and on a larger real one (Reuters and
 * the worldwide newswire, skipped without ../shared). Prints the groups with matches as a table.
 */
class AliasGroupsTest {
    @TempDir Path dir;

    @Test
    void everySpellingOfAGroupFindsTheSameArticlesOnTheSeedIndex() throws IOException {
        Map<String, Integer> found = checkEveryGroup(TestIndexes.seedCorpus());
        assertEquals(1, found.get("Kyiv"), found::toString);
    }

    @Test
    void multiWordAliasesWithStopWordsWorkBothWays() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        TestIndexes.write(corpus, "feed.jsonl", """
                {"id": "rok", "title": "Seoul budget", "body": "The Republic of Korea raised spending."}
                {"id": "sk", "title": "Chip exports", "body": "South Korea exported more chips."}
                {"id": "drc", "title": "Kinshasa talks", "body": "The Democratic Republic of the Congo held talks."}
                {"id": "drc2", "title": "Mining", "body": "DR Congo cobalt output rose."}
                {"id": "apart", "title": "Republic day", "body": "A republic of traders by the Congo river."}
                """);
        Map<String, Integer> found = checkEveryGroup(corpus);
        assertEquals(2, found.get("South Korea"), found::toString);
        assertEquals(2, found.get("Democratic Republic of the Congo"), found::toString);
        // "Congo" alone is the Republic of the Congo's alias (the table's choice), and matches every Congo.
        assertEquals(3, found.get("Republic of the Congo"), found::toString);
    }

    @Test
    void everySpellingOfAGroupFindsTheSameArticlesOnALargerIndex() throws IOException {
        Path reuters = SharedData.require("data/reuters21578/reuters.jsonl");
        Path newswire = SharedData.require("data/worldwide-newswire/worldwide-newswire.jsonl");
        Map<String, Integer> found = checkEveryGroup(reuters, newswire);
        assertTrue(found.getOrDefault("South Korea", 0) > 100, found::toString);
        assertTrue(found.getOrDefault("Democratic Republic of the Congo", 0) > 0, found::toString);
    }

    /** Totals per group (by its first spelling) of the groups that match anything; fails on any disagreement. */
    private Map<String, Integer> checkEveryGroup(Path... corpus) throws IOException {
        Path index = dir.resolve("index");
        new Indexer(index, text -> Entities.NONE, p -> { }, 2).run(List.of(corpus), false);
        Map<String, Integer> found = new TreeMap<>();
        List<String> disagreements = new ArrayList<>();
        int spellings = 0;
        try (LuceneSearcher searcher = LuceneSearcher.open(index)) {
            List<List<String>> groups = searcher.aliases().groups();
            for (List<String> group : groups) {
                List<Integer> totals = new ArrayList<>();
                for (String spelling : group) totals.add(searcher.count(QueryParser.escape(spelling)));
                spellings += group.size();
                if (totals.stream().distinct().count() > 1) disagreements.add(group + " -> " + totals);
                if (totals.getFirst() > 0) found.put(group.getFirst(), totals.getFirst());
            }
            System.out.printf("%,d alias groups, %,d spellings, %,d groups with matches, %,d disagreements%n",
                    groups.size(), spellings, found.size(), disagreements.size());
            System.out.println("| group | spellings | articles from each spelling |\n| --- | ---: | ---: |");
            for (String name : List.of("South Korea", "North Korea", "Democratic Republic of the Congo",
                    "Republic of the Congo", "United Kingdom", "Ukraine", "Kyiv")) {
                groups.stream().filter(g -> g.getFirst().equals(name)).findFirst().ifPresent(g ->
                        System.out.println("| " + String.join(" / ", g) + " | " + g.size() + " | "
                                + found.getOrDefault(name, 0) + " |"));
            }
        }
        assertEquals(List.of(), disagreements);
        return found;
    }
}
