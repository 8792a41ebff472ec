package news.dispatch.measure.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.dispatch.cli.OrderedParallel;
import news.dispatch.entity.Entities;
import news.dispatch.entity.NewsEntityExtractor;

/**
 * Each BSNLP article's entities as the extractor gives them, in its own language; optionally kept in a JSON Lines
 * cache so that rules applied after extraction (the index-wide one-name-per-person step) are compared in seconds
 * instead of re-reading 2,700 articles for ten minutes.
 */
public final class BsnlpExtraction {
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Cached(String key, Entities entities) {
    }

    private BsnlpExtraction() {
    }

    /** The documents with their entities, in the documents' order: read from {@code cache} when it exists, else extracted (and written there when given). */
    public static List<Map.Entry<BsnlpDocument, Entities>> extract(List<BsnlpDocument> docs, int threads, Path cache)
            throws IOException, InterruptedException {
        List<Map.Entry<BsnlpDocument, Entities>> found = new ArrayList<>();
        if (cache != null && Files.exists(cache)) {
            Map<String, Entities> byKey = new HashMap<>();
            try (var lines = Files.lines(cache, StandardCharsets.UTF_8)) {
                for (String line : (Iterable<String>) lines::iterator) {
                    Cached c = JSON.readValue(line, Cached.class);
                    byKey.put(c.key(), c.entities());
                }
            }
            for (BsnlpDocument d : docs) {
                Entities e = byKey.get(key(d));
                if (e == null) throw new IOException(cache + " has no entities for " + key(d) + ": delete it to extract again");
                found.add(Map.entry(d, e));
            }
            return found;
        }
        NewsEntityExtractor extractor = NewsEntityExtractor.load();
        OrderedParallel.map(docs.iterator(), d -> Map.entry(d, extractor.extract(d.text(), d.lang())), found::add, threads);
        if (cache != null) {
            try (var out = Files.newBufferedWriter(cache, StandardCharsets.UTF_8)) {
                for (var e : found) {
                    out.write(JSON.writeValueAsString(new Cached(key(e.getKey()), e.getValue())));
                    out.write('\n');
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return found;
    }

    /** A document's story, language and id: ids are not unique across stories. */
    private static String key(BsnlpDocument d) {
        return d.story() + "/" + d.lang() + "/" + d.id();
    }
}
