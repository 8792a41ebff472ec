package news.dispatch.search;

import java.util.List;
import java.util.Map;

/**
 * One article of an export, as plain text (no markup, nothing escaped: the writer of each format does that).
 *
 * @param entities the canonical names of each entity dimension ("persons", "countries", …)
 * @param snippet  the best passage for the query as plain text, or null when snippets were not asked for
 * @param story    the id of the article's story (copies and rewrites of one wire story share it)
 * @param author   who wrote it, or null
 */
public record ExportRow(String id, String date, String title, String url, String source,
                        Map<String, List<String>> entities, String snippet, String story, String author) {
    /** A row with its story and no author. */
    public ExportRow(String id, String date, String title, String url, String source,
                     Map<String, List<String>> entities, String snippet, String story) {
        this(id, date, title, url, source, entities, snippet, story, null);
    }

    /** A row without a story id (a backend that has none): the article is a story of its own. */
    public ExportRow(String id, String date, String title, String url, String source,
                     Map<String, List<String>> entities, String snippet) {
        this(id, date, title, url, source, entities, snippet, id, null);
    }
}
