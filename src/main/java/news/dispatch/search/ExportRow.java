package news.dispatch.search;

import java.util.List;
import java.util.Map;

/**
 * One article of an export, as plain text (no markup, nothing escaped: the writer of each format does that).
 *
 * @param entities the canonical names of each entity dimension ("persons", "countries", …)
 * @param about    the names of each entity dimension the article is about; null when the index does not know
 * @param snippet  the best passage for the query as plain text, or null when snippets were not asked for
 * @param story    the id of the article's story (copies and rewrites of one wire story share it)
 * @param author   who wrote it, or null
 * @param language the article's language (ISO 639-1), or null
 */
public record ExportRow(String id, String date, String title, String url, String source,
                        Map<String, List<String>> entities, Map<String, List<String>> about, String snippet,
                        String story, String author, String language, Map<String, List<String>> carried) {
    /** {@code carried}: the fields the article's input carries ({@code bias}, …), by name; never null. */
    public ExportRow {
        carried = carried == null ? Map.of() : carried;
    }

    /** A row of a backend that keeps no carried field. */
    public ExportRow(String id, String date, String title, String url, String source,
                     Map<String, List<String>> entities, Map<String, List<String>> about, String snippet,
                     String story, String author, String language) {
        this(id, date, title, url, source, entities, about, snippet, story, author, language, Map.of());
    }

    /** A row without the about set, a story id or an author (a backend that keeps none): a story of its own. */
    public ExportRow(String id, String date, String title, String url, String source,
                     Map<String, List<String>> entities, String snippet) {
        this(id, date, title, url, source, entities, null, snippet, id, null, null);
    }
}
