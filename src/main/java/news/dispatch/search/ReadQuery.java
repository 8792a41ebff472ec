package news.dispatch.search;

import java.util.List;

import org.apache.lucene.search.Query;

/**
 * A user query as the engine read it, once: the Lucene query, the warnings about how it was read (loosely, unknown
 * fields), and the aliases it also matched — all derived from the same parsed query.
 */
public record ReadQuery(Query query, List<String> warnings, List<AliasNote> aliases) {
}
