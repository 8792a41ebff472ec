package news.dispatch.feed;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A state file beside the index (a JSON list or object of entries) read as far as it goes. Such a file can be cut
 * short by a full disk or edited by hand; losing it whole would make every feed be fetched, and every page read,
 * again. So it is streamed entry by entry: each readable entry reaches the caller, and what was damaged comes back as
 * short phrases for one report.
 */
final class SalvagedJson {
    /** One top-level entry: its name in an object (null in a list), its value, and where to note its own damage. */
    interface Entry {
        void read(String name, JsonNode value, List<String> damage);
    }

    private SalvagedJson() {
    }

    /**
     * @param top   the container the file must be: {@link JsonToken#START_ARRAY} or {@link JsonToken#START_OBJECT}
     * @param shape what the file is, for the report ("a list of feeds")
     * @return the damage found, empty for a sound file
     */
    static List<String> read(ObjectMapper json, Path file, JsonToken top, String shape, Entry entry) {
        List<String> damage = new ArrayList<>();
        JsonToken end = top == JsonToken.START_ARRAY ? JsonToken.END_ARRAY : JsonToken.END_OBJECT;
        int n = 0;
        try (JsonParser parser = json.createParser(file.toFile())) {
            if (parser.nextToken() != top) {
                damage.add("not " + shape);
                return damage;
            }
            for (JsonToken t = parser.nextToken(); t != end; t = parser.nextToken()) {
                if (t == null) {
                    damage.add("cut short after entry " + n);
                    break;
                }
                String name = null;
                if (top == JsonToken.START_OBJECT) {
                    name = parser.currentName();
                    parser.nextToken();
                }
                n++;
                entry.read(name, parser.readValueAsTree(), damage);
            }
        } catch (JacksonException e) {
            damage.add("unreadable after entry " + n + " (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            // Not a file that can be read at all (a folder in its place, no permission): the state starts afresh.
            damage.add("could not be read (" + e.getMessage() + ")");
        }
        return damage;
    }
}
