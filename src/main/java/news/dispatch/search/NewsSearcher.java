package news.dispatch.search;

import java.io.Closeable;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * What the web layer and the command line ask of a search backend. The embedded index ({@link LuceneSearcher}) is
 * one; a cluster backend is another. Callers never name the concrete class, only how they open it.
 *
 * <p>Contract for every implementation: a request it cannot honour as asked is a {@link BadRequestException} (a
 * 400), a request that used up its time budget a {@link SearchTimeoutException} (a 503); both carry a sentence for
 * the user. Limits are those of {@link QueryLimits}.
 */
public interface NewsSearcher extends Closeable {

    /** Highlighted hits, facets and the date histogram for one request. */
    SearchResponse search(SearchRequest request) throws IOException;

    /** The whole article with its entities and related coverage, or null when no article has that id. */
    ArticleView article(String id) throws IOException;

    /**
     * The article as {@link #article(String)}, with {@link ArticleView#matches()} saying where {@code query} (the
     * search it was opened from, read exactly as {@link #search} reads it) matches its title and body. A blank query
     * gives no matches; a backend that cannot locate matches may answer without them.
     */
    default ArticleView article(String id, String query) throws IOException {
        return article(id);
    }

    /**
     * The article as {@link #article(String, String)}, its matches from number {@code matchesFrom} on (a view holds
     * at most {@link ArticleViewCaps#MATCHES}; {@link ArticleView#matchesNext()} says where the next page starts).
     */
    default ArticleView article(String id, String query, int matchesFrom) throws IOException {
        return matchesFrom == 0 ? article(id, query) : article(id);
    }

    /**
     * Values of an entity dimension with a word starting with {@code prefix}, counted among the articles that
     * {@code within}'s query and filters select (its paging and sort are ignored).
     */
    List<SearchResponse.FacetValue> entities(String dim, String prefix, SearchRequest within, int size)
            throws IOException;

    /**
     * How many articles the request's query and filters select (its paging, sort and facets ignored): a count only,
     * with no hits, facets or highlights. The default asks {@link #search} for one hit and no facets.
     */
    default long count(SearchRequest request) throws IOException {
        return search(request.withPaging(request.sort(), 1, 1, 0)).total();
    }

    /**
     * The values of a filter dimension ({@code persons}, {@code languages}, …) that no article of the index holds as
     * a filter matches them (exactly, among every mention), in the order given. A backend answers it with a lookup
     * per value and nothing counted or listed; the default lists the dimension's values near each instead, and
     * claims nothing of a dimension it cannot list.
     */
    default List<String> unheld(String dim, List<String> values) throws IOException {
        SearchRequest everything = SearchRequest.of("").withMentions(MentionScope.ALL);
        List<String> unheld = new java.util.ArrayList<>();
        for (String value : values) {
            try {
                if (entities(dim, value, everything, QueryLimits.MAX_WARNINGS).stream()
                        .noneMatch(v -> v.value().equals(value))) unheld.add(value);
            } catch (BadRequestException e) {
                return List.of();
            }
        }
        return unheld;
    }

    /**
     * Every article the request's query and filters select (its paging is ignored), in its sort order, handed to
     * {@code sink} one at a time from one point-in-time view of the index; {@code snippets} adds the best passage
     * for the query. Memory stays that of one page whatever the number of matches. Returns the rows written.
     *
     * <p>The default walks {@link #search} page by page with its {@code next_cursor}, so any backend that pages
     * with cursors exports; the embedded index does it on one point-in-time view instead.
     */
    default long export(SearchRequest request, boolean snippets, ExportSink sink) throws IOException {
        return CursorExport.run(this, request, snippets, sink);
    }

    /**
     * Articles per period of each search (its query and filters; paging ignored) and their share of every article
     * of the period, from {@code from} to {@code to} (null: the span of the matches).
     */
    default Timeline timeline(List<Timeline.Wanted> series, Timeline.Interval interval, LocalDate from, LocalDate to)
            throws IOException {
        throw new BadRequestException("Comparing over time is not available with this search backend yet.");
    }

    /**
     * The fields a reader can search, filter and count: the index's own ({@link IndexField#builtIn}) and, where the
     * backend keeps them, those the articles' inputs carry.
     */
    default List<IndexField> fields() throws IOException {
        return IndexField.builtIn();
    }

    /** Counts and sizes of what is served; cheap to ask (computed once per index generation, not per call). */
    IndexStats stats() throws IOException;

    /** {@code starting} until searches can be answered, then {@code ready} with the articles served; cheap to ask. */
    Health health() throws IOException;

    /** Picks up what an indexer committed meanwhile; cheap when nothing changed. */
    void maybeRefresh() throws IOException;
}
