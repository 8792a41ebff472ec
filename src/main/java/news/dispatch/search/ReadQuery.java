package news.dispatch.search;

import java.util.List;

import org.apache.lucene.search.Query;

/** A user query as the engine read it: the Lucene query, and warnings when it had to be read loosely. */
public record ReadQuery(Query query, List<String> warnings) {
}
