package news.dispatch.corpus;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One news article as read from the corpus, before any analysis.
 *
 * @param id       stable id: the one given, else the url, else the corpus folder's name and the file's path in it
 *                 (with {@code :line} for line-based formats)
 * @param title    never null; may be empty
 * @param body     never null; may be empty
 * @param date     publication instant, or null when unknown
 * @param source   outlet name, or null
 * @param url      article URL, or null
 * @param language language code such as "en", or null
 * @param file     the file it came from (absolute, normalized)
 * @param line     1-based line in {@code file} for line-based formats, 0 otherwise
 * @param author   who wrote it as the source names them ("Jane Doe, John Roe" for several), or null
 * @param fields   the other fields its input carries ({@link CarriedFields}: AllSides' {@code bias}, a front matter's
 *                 {@code section}), by name, each with its values; never null
 */
public record Article(String id, String title, String body, Instant date, String source, String url,
                      String language, Path file, int line, String author, Map<String, List<String>> fields) {

    public Article {
        fields = fields == null ? Map.of() : fields;
    }

    /** An article that carries no field beyond the ones read. */
    public Article(String id, String title, String body, Instant date, String source, String url, String language,
                   Path file, int line, String author) {
        this(id, title, body, date, source, url, language, file, line, author, Map.of());
    }

    /** An article whose author is not known. */
    public Article(String id, String title, String body, Instant date, String source, String url, String language,
                   Path file, int line) {
        this(id, title, body, date, source, url, language, file, line, null);
    }

    /** This article with another text (a feed item's summary replaced by its page's article text). */
    public Article withBody(String newBody) {
        return new Article(id, title, newBody, date, source, url, language, file, line, author, fields);
    }
}
