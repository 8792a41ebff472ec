package news.dispatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import news.dispatch.index.Schema;
import news.dispatch.search.ServedIndex;

/**
 * An index written before entities carried their about set (no about dimension, no document scheme in the commit)
 * is served without errors: searches read every mention, say so, and give no about counts.
 */
class OlderIndexAboutTest {
    @TempDir static Path dir;
    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        Path index = dir;
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(index), new IndexWriterConfig(Schema.indexAnalyzer()))) {
            writer.addDocument(older("o1", "Joe Biden", "France"));
            writer.addDocument(older("o2", "Joe Biden", "Germany"));
            writer.addDocument(older("o3", "Olaf Scholz", "Germany"));
            writer.setLiveCommitData(Map.of("indexed_at", "2026-01-01T00:00:00Z").entrySet());
            writer.commit();
        }
        ServedIndex served = ServedIndex.open(index, message -> { });
        served.ready().join();
        server = TestServer.over(served);
    }

    private static Document older(String id, String person, String country) throws IOException {
        Document doc = new Document();
        doc.add(new KeywordField(Schema.ID, id, Store.YES));
        doc.add(new TextField(Schema.TITLE, "Story " + id, Store.YES));
        doc.add(new TextField(Schema.BODY, person + " spoke in " + country + ".", Store.YES));
        doc.add(new TextField(Schema.PERSON, person, Store.YES));
        doc.add(new SortedSetDocValuesFacetField(Schema.PERSONS_DIM, person));
        doc.add(new TextField(Schema.COUNTRY, country, Store.YES));
        doc.add(new SortedSetDocValuesFacetField(Schema.COUNTRIES_DIM, country));
        doc.add(new StoredField(Schema.ENTITIES, "{\"persons\":[{\"name\":\"" + person + "\",\"code\":null,\"mentions\":[]}],"
                + "\"countries\":[{\"name\":\"" + country + "\",\"code\":null,\"mentions\":[]}]}"));
        return Schema.facetsConfig().build(doc);
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @Test
    void filtersAndCountsFallBackToEveryMention() throws Exception {
        JsonNode r = server.json("/api/search?person=Joe+Biden");
        assertEquals(2, r.get("total").asInt());
        assertEquals("all", r.at("/filters/mentions").asText());
        JsonNode biden = r.at("/facets/persons/0");
        assertEquals(2, biden.get("count").asInt());
        assertEquals(2, biden.get("mention_count").asInt());
        assertFalse(biden.has("about_count"), biden.toString());
        assertFalse(r.at("/hits/0").has("about"), "the index does not know what the hit is about");
        assertTrue(r.get("warnings").isEmpty(), "the default asks nothing the index cannot do");
    }

    @Test
    void askingForTheAboutSetSaysTheIndexHasNone() throws Exception {
        JsonNode r = server.json("/api/search?mentions=about&country=Germany");
        assertEquals(2, r.get("total").asInt());
        assertTrue(r.get("warnings").toString().contains("Index again"), r.get("warnings").toString());
    }

    @Test
    void everyEndpointAnswersWithoutTheAboutSet() throws Exception {
        for (String path : List.of("/api/articles/o1", "/api/entities?dim=persons", "/api/timeline?person=Joe+Biden",
                "/api/export?format=ndjson", "/api/export/facets", "/api/search.atom?person=Joe+Biden")) {
            assertEquals(200, server.get(path).statusCode(), path);
        }
        assertFalse(server.json("/api/articles/o1").at("/persons/0").has("about"));
        assertEquals(List.of("id", "persons_about"), List.of(server.get("/api/export?fields=id,persons_about").body()
                .lines().findFirst().orElseThrow().split(",")));
    }
}
