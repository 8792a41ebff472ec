package news.dispatch.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One search, as the user asked for it. Values are already valid (the caller checks its own input); the
 * engine still rejects a request it cannot honour with {@link BadRequestException}.
 *
 * @param query     the user's query in the query language; blank means every article, newest first
 * @param persons   person filters, OR'ed
 * @param countries country filters, OR'ed
 * @param from      first day included, or null
 * @param to        last day included, or null
 * @param sort      order of hits
 * @param size      hits per page
 * @param page      1-based page, used when {@code cursor} is null
 * @param cursor    opaque position after the previous page's last hit, or null
 * @param facets    values per facet dimension
 */
public record SearchRequest(String query, List<String> persons, List<String> countries, LocalDate from, LocalDate to,
                            Sort sort, int size, int page, String cursor, int facets) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 10;
    public static final int DEFAULT_FACETS = 10;

    public enum Sort { RELEVANCE, NEWEST, OLDEST }

    public SearchRequest {
        query = query == null ? "" : query.strip();
        persons = List.copyOf(persons);
        countries = List.copyOf(countries);
        if (sort == null) sort = query.isEmpty() ? Sort.NEWEST : Sort.RELEVANCE;
    }

    /** A plain query with defaults for everything else. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, List.of(), List.of(), null, null, null, DEFAULT_SIZE, 1, null, DEFAULT_FACETS);
    }

    /** The same request continuing after a page's {@code next_cursor}. */
    public SearchRequest withCursor(String after) {
        return new SearchRequest(query, persons, countries, from, to, sort, size, page, after, facets);
    }
}
