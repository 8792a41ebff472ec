package news.dispatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.dispatch.corpus.Article;
import news.dispatch.entity.Entities;
import news.dispatch.entity.Entity;
import news.dispatch.entity.Mention;
import news.dispatch.index.LiveIndexWriter;
import news.dispatch.search.ArticleViewCaps;

/**
 * A long article naming a few persons thousands of times, and one naming thousands of persons: one view answers a
 * bounded amount (the first mentions of each entity, a page of matches) and says what it left out; the rest of the
 * matches come page by page with {@code matches_from}.
 */
class LargeArticleApiTest {
    @TempDir static Path dir;
    static final int REPEATS = 3_000;
    static final String SENTENCE = "Vladimir Putin met Joe Biden in Geneva and talks went on. ";
    static TestServer server;

    /** Names every "Putin", "Biden" and "NameXxx Zz" of the text as a person: a stand-in for the model, not for Lucene. */
    static Entities everyName(String text) {
        List<Entity> persons = new ArrayList<>();
        for (String name : List.of("Putin", "Biden")) {
            List<Mention> mentions = new ArrayList<>();
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                mentions.add(new Mention(at, at + name.length(), name, "test"));
            }
            if (!mentions.isEmpty()) persons.add(new Entity(name.equals("Putin") ? "Vladimir Putin" : "Joe Biden", null,
                    mentions));
        }
        Matcher m = Pattern.compile("Name[a-z]+ Zz").matcher(text);
        while (m.find()) {
            persons.add(new Entity(m.group(), null, List.of(new Mention(m.start(), m.end(), m.group(), "test"))));
        }
        return new Entities(persons, List.of(), List.of());
    }

    @BeforeAll
    static void index() throws Exception {
        try (LiveIndexWriter writer = LiveIndexWriter.open(dir.resolve("index"), LargeArticleApiTest::everyName)) {
            writer.write(articles(dir), p -> { });
        }
        server = TestServer.serve(dir.resolve("index"));
    }

    /** The long article and the crowd (the cluster twin indexes the same two). */
    static List<Article> articles(Path dir) {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 6_000; i++) many.append(name(i)).append(" Zz spoke. ");
        return List.of(
                new Article("long", "Putin and Biden", SENTENCE.repeat(REPEATS), Instant.parse("2026-11-30T10:00:00Z"),
                        "Outlet", null, "en", dir.resolve("long.txt"), 0),
                new Article("crowd", "A crowd", many.toString(), Instant.parse("2026-11-30T10:00:00Z"), "Outlet",
                        null, "en", dir.resolve("crowd.txt"), 0));
    }

    static String name(int i) {
        StringBuilder s = new StringBuilder("Name");
        do {
            s.append((char) ('a' + i % 26));
            i /= 26;
        } while (i > 0);
        return s.toString();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static JsonNode person(JsonNode article, String name) {
        for (JsonNode p : article.get("persons")) if (p.get("name").asText().equals(name)) return p;
        throw new AssertionError(name + " not in " + article.get("persons"));
    }

    @Test
    void eachEntityListsItsFirstMentionsAndCountsThemAll() throws Exception {
        JsonNode a = server.json("/api/articles/long");
        JsonNode putin = person(a, "Vladimir Putin");
        assertEquals(ArticleViewCaps.MENTIONS_PER_ENTITY, putin.get("mentions").size());
        assertEquals(REPEATS + 1, putin.get("mention_count").asInt(), "the title's mention too");
        assertEquals(2 * (REPEATS + 1 - ArticleViewCaps.MENTIONS_PER_ENTITY), a.get("mentions_left_out").asInt());
        // The first ones, in order: the title's, then the body's from its start.
        assertEquals("title", putin.at("/mentions/0/field").asText());
        assertEquals(SENTENCE.indexOf("Putin"), putin.at("/mentions/1/start").asInt());
    }

    @Test
    void anEntityWithFewMentionsListsThemAllWithoutACount() throws Exception {
        JsonNode a = server.json("/api/articles/crowd");
        JsonNode first = person(a, name(0) + " Zz");
        assertEquals(1, first.get("mentions").size());
        assertFalse(first.has("mention_count"));
    }

    @Test
    void aViewOfThousandsOfDistinctNamesListsABoundedNumberOfMentionsInAll() throws Exception {
        JsonNode a = server.json("/api/articles/crowd");
        int listed = 0;
        for (JsonNode p : a.get("persons")) listed += p.get("mentions").size();
        assertEquals(6_000, a.get("persons").size(), "every entity is still named");
        assertEquals(ArticleViewCaps.MENTIONS, listed);
        assertEquals(6_000 - ArticleViewCaps.MENTIONS, a.get("mentions_left_out").asInt());
    }

    @Test
    void aCommonWordsMatchesComeAPageAtATimeWithTheirTotal() throws Exception {
        JsonNode a = server.json("/api/articles/long?q=talks");
        assertEquals(REPEATS, a.get("matches_total").asInt());
        assertEquals(ArticleViewCaps.MATCHES, a.get("matches").size());
        assertEquals(0, a.get("matches_from").asInt());
        assertEquals(ArticleViewCaps.MATCHES, a.get("matches_next").asInt());
        assertTrue(server.get("/api/articles/long?q=talks").body().length() < 400_000,
                "a view of a 170 KB article stays near its size");
    }

    @Test
    void pagingWithMatchesFromGivesEveryMatchOnceInTextOrder() throws Exception {
        Set<Integer> starts = new HashSet<>();
        int previous = -1;
        String body = null;
        Integer from = 0;
        int pages = 0;
        while (from != null) {
            JsonNode a = server.json("/api/articles/long?q=talks&matches_from=" + from);
            body = a.get("body").asText();
            for (JsonNode m : a.get("matches")) {
                int start = m.get("start").asInt();
                assertTrue(start > previous, "in text order");
                previous = start;
                assertEquals("talks", body.substring(start, m.get("end").asInt()));
                starts.add(start);
            }
            from = a.get("matches_next").isNull() ? null : a.get("matches_next").asInt();
            pages++;
        }
        assertEquals(REPEATS, starts.size());
        assertEquals((REPEATS + ArticleViewCaps.MATCHES - 1) / ArticleViewCaps.MATCHES, pages);
    }

    @Test
    void matchesFromPastTheEndIsAnEmptyLastPageAndABadOneA400() throws Exception {
        JsonNode a = server.json("/api/articles/long?q=talks&matches_from=999999");
        assertEquals(0, a.get("matches").size());
        assertEquals(REPEATS, a.get("matches_total").asInt());
        assertTrue(a.get("matches_next").isNull());
        assertEquals(400, server.get("/api/articles/long?q=talks&matches_from=-1").statusCode());
        assertEquals(400, server.get("/api/articles/long?q=talks&matches_from=ten").statusCode());
    }
}
