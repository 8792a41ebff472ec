package news.dispatch.search;

import java.util.List;
import java.util.Map;

import org.apache.lucene.search.Query;

/**
 * A user query as the engine read it, once: the Lucene query, the warnings about how it was read (loosely, unknown
 * fields), and the aliases it also matched — all derived from the same parsed query.
 *
 * @param readings the query as each analysis chain's articles read it, by chain (see
 *                 {@link QueryReader#read(String, java.util.Set)}); empty when {@code query} is the only reading
 */
public record ReadQuery(Query query, List<String> warnings, List<AliasNote> aliases, Map<String, Query> readings) {
    /** A query with one reading for every article. */
    public ReadQuery(Query query, List<String> warnings, List<AliasNote> aliases) {
        this(query, warnings, aliases, Map.of());
    }

    /**
     * What to highlight in an article of analysis chain {@code chain}: its chain's reading alone, so the highlighter
     * neither weighs the other chains' words nor looks for them in fields the article does not have.
     */
    public Query readingOf(String chain) {
        return readings.getOrDefault(chain, query);
    }
}
