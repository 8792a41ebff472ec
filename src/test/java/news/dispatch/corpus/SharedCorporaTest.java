package news.dispatch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import news.dispatch.SharedData;
import org.junit.jupiter.api.Test;

/** The corpora the project ships or is tested against, read whole: nothing may be lost. */
class SharedCorporaTest {

    @Test
    void readsTheSeedArticlesInTheProjectCorpus() throws IOException {
        Collected c = Collected.walk(Path.of("corpus"));
        assertTrue(c.problems.isEmpty(), c.problems::toString);
        assertEquals(List.of(Instant.parse("2022-12-02T00:00:00Z"), Instant.parse("2022-12-03T00:00:00Z")),
                c.articles.stream().map(Article::date).toList());
        Article kremlin = c.articles.get(0);
        Article peace = c.articles.get(1);
        assertEquals("Kremlin spokesman on US non-recognition of the annexed regions and possible Biden–Putin talks",
                kremlin.title());
        assertTrue(kremlin.title().length() > 0 && peace.title().startsWith("Same story from another outlet"));
        assertTrue(kremlin.body().startsWith("The fact that Washington"), kremlin.body());
        assertTrue(peace.body().startsWith("Russia has said"), peace.body());
        assertEquals("corpus/kremlin-us-recognition-talks.txt", kremlin.id());
    }

    @Test
    void readsTheSeedArticlesAsReceivedWithoutFrontMatter() throws IOException {
        Collected c = Collected.walk(SharedData.require("seeds"));
        List<Article> seeds = c.articles.stream().filter(a -> a.file().toString().endsWith(".txt")).toList();
        assertEquals(2, seeds.size());
        seeds.forEach(a -> assertTrue(a.date() == null && !a.title().isEmpty() && !a.body().startsWith("\n")));
    }

    @Test
    void readsAllOfReutersWithoutSkipping() throws IOException {
        Collected c = count(SharedData.require("data/reuters21578/reuters.jsonl"));
        assertEquals(17_999, c.stats.articles());
        assertEquals(0, c.stats.articlesSkipped() + c.stats.filesSkipped(), c.problems::toString);
    }

    @Test
    void readsAllFourAllsidesParts() throws IOException {
        Path folder = SharedData.require("data/allsides-news");
        int articles = 0;
        int titles = 0;
        int bodies = 0;
        for (int part = 1; part <= 4; part++) {
            Collected c = count(folder.resolve("allsides-news-" + part + "-of-4.jsonl"));
            // The only problems are warnings about repaired mojibake (see MojibakeTest); nothing is skipped.
            for (Problem p : c.problems) {
                assertTrue(!p.skipped() && p.reason().startsWith("repaired doubly-encoded UTF-8"), p::toString);
                if (p.reason().contains(" in the title: ")) titles++;
                else bodies++;
            }
            articles += c.stats.articles();
        }
        System.out.printf("AllSides: mojibake repaired in %d titles and %d bodies%n", titles, bodies);
        assertEquals(20_000, articles);
    }

    /** Walks without keeping the articles: these corpora are large. */
    private static Collected count(Path file) throws IOException {
        Collected c = new Collected() {
            @Override
            public void article(Article article) {
            }
        };
        c.stats = Corpus.walk(file, c);
        return c;
    }
}
