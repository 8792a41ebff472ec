package news.dispatch.feed;

import news.dispatch.corpus.FileBesideIndex;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
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

    /**
     * The saved statuses by feed address; empty when there is no file. A damaged file (cut short by a full disk,
     * edited by hand, a null or a wrong type where a status belongs) is read as far as it goes: every entry that names
     * its feed is kept, a field of the wrong type takes its default, and the damage is reported once, here. A feed
     * whose state is lost is fetched in full once; nothing else is.
     */
    public Map<String, FeedStatus> read() throws IOException {
        Map<String, FeedStatus> map = new LinkedHashMap<>();
        if (!Files.exists(file)) return map;
        List<String> damage = SalvagedJson.read(JSON, file, JsonToken.START_ARRAY, "a list of feeds",
                (name, entry, entryDamage) -> {
                    FeedStatus status = status(entry, entryDamage);
                    if (status != null) map.put(status.url(), status);
                });
        if (!damage.isEmpty()) {
            System.err.println(file + ": damaged feed state: " + String.join("; ", damage) + ". Kept the state of "
                    + map.size() + " feeds; any other is fetched in full once.");
        }
        return map;
    }

    /** One entry, its wrong fields at their defaults; null (and reported) when it names no feed. */
    private static FeedStatus status(JsonNode entry, List<String> damage) {
        String url = entry == null ? null : text(entry.get("url"));
        if (url == null || url.isBlank()) {
            damage.add("an entry names no feed (" + (entry == null || entry.isNull() ? "null" : entry.getNodeType())
                    + "), dropped");
            return null;
        }
        List<String> wrong = new ArrayList<>();
        JsonNode v = entry.get("validators");
        Validators validators = v != null && v.isObject()
                ? new Validators(text(v.get("etag")), text(v.get("lastModified"))) : Validators.NONE;
        if (v != null && !v.isNull() && !v.isObject()) wrong.add("validators");
        String status = text(entry.get("status"));
        FeedStatus read = new FeedStatus(url, text(entry.get("lastPoll")), status == null ? "never polled" : status,
                text(entry.get("message")), validators, (int) count(entry, "items", wrong),
                (int) count(entry, "itemProblems", wrong), count(entry, "added", wrong), count(entry, "updated", wrong),
                count(entry, "polls", wrong), count(entry, "failures", wrong));
        for (String field : List.of("lastPoll", "status", "message")) {
            JsonNode f = entry.get(field);
            if (f != null && !f.isNull() && !f.isTextual()) wrong.add(field);
        }
        if (!wrong.isEmpty()) damage.add(url + ": " + String.join(", ", wrong) + " unreadable, reset");
        return read;
    }

    private static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.asText() : null;
    }

    /** A count: a whole number from 0 up (an int's range where the status keeps an int), else 0 and noted. */
    private static long count(JsonNode entry, String field, List<String> wrong) {
        JsonNode node = entry.get(field);
        if (node == null || node.isNull()) return 0;
        boolean small = field.equals("items") || field.equals("itemProblems");
        if (node.isIntegralNumber() && (small ? node.canConvertToInt() : node.canConvertToLong()) && node.asLong() >= 0) {
            return node.asLong();
        }
        wrong.add(field);
        return 0;
    }

    public synchronized void write(List<FeedStatus> statuses) throws IOException {
        FileBesideIndex.replace(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(statuses));
    }
}
