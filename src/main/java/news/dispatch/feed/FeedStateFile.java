package news.dispatch.feed;

import news.dispatch.corpus.FileBesideIndex;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Each feed's validators and counts in a small JSON file beside the index, replaced atomically (written to a temp
 * file, forced to disk, renamed over the old one), so a crash leaves the old state or the new one, never half.
 *
 * <p>What was seen is the index itself (each article's id and content hash): the state is written only after the
 * index committed, so a crash in between makes the next poll fetch again and find every item unchanged.
 */
public final class FeedStateFile {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path file;

    public FeedStateFile(Path file) {
        this.file = file;
    }

    /** The state file kept beside an index folder: {@code index} → {@code index.feeds.json}. */
    public static FeedStateFile besideIndex(Path index) {
        return new FeedStateFile(FileBesideIndex.of(index, "feeds.json"));
    }

    public Path path() {
        return file;
    }

    /** The saved statuses by feed address; empty when there is no file (a damaged one is reported and ignored). */
    public Map<String, FeedStatus> read() throws IOException {
        if (!Files.exists(file)) return new LinkedHashMap<>();
        try {
            List<FeedStatus> list = JSON.readValue(file.toFile(), new TypeReference<List<FeedStatus>>() {
            });
            Map<String, FeedStatus> map = new LinkedHashMap<>();
            for (FeedStatus s : list) map.put(s.url(), s);
            return map;
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            System.err.println(file + ": unreadable feed state (" + e.getOriginalMessage()
                    + "); every feed will be fetched in full once");
            return new LinkedHashMap<>();
        }
    }

    public synchronized void write(List<FeedStatus> statuses) throws IOException {
        FileBesideIndex.replace(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(statuses));
    }
}
