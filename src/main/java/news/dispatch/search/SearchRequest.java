package news.dispatch.search;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import news.dispatch.index.Schema;

/**
 * One search, as the user asked for it. Values are already valid (the caller checks its own input); the
 * engine still rejects a request it cannot honour with {@link BadRequestException}.
 *
 * @param query     the user's query in the query language; blank means every article, newest first
 * @param entities  the filter of each entity dimension that has one, by facet dimension ("persons", "countries", …)
 * @param from      first day included, or null
 * @param to        last day included, or null
 * @param sort      order of hits
 * @param size      hits per page
 * @param page      1-based page, used when {@code cursor} is null
 * @param cursor    opaque position after the previous page's last hit, or null
 * @param facets    values per facet dimension
 * @param mentions  whether entity filters and counts read the entities articles are about or every one they
 *                  mention; null when not asked: the backend's default ({@link MentionScope#ABOUT} where it knows it)
 * @param collapse  one hit per story (copies and rewrites of one wire story), else one per article
 */
public record SearchRequest(String query, Map<String, EntityFilter> entities, LocalDate from, LocalDate to,
                            Sort sort, int size, int page, String cursor, int facets, MentionScope mentions,
                            boolean collapse) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 10;
    public static final int DEFAULT_FACETS = 10;

    public enum Sort { RELEVANCE, NEWEST, OLDEST }

    public SearchRequest {
        query = query == null ? "" : query.strip();
        Map<String, EntityFilter> kept = new LinkedHashMap<>();
        entities.forEach((dim, f) -> {
            if (f != null && !f.isEmpty()) kept.put(dim, f);
        });
        entities = java.util.Collections.unmodifiableMap(kept);
        if (sort == null) sort = query.isEmpty() ? Sort.NEWEST : Sort.RELEVANCE;
    }

    /**
     * A request with the backend's default for {@code mentions} and one hit per article (no story collapse: what the
     * API asks for with {@code collapse=false}).
     */
    public SearchRequest(String query, Map<String, EntityFilter> entities, LocalDate from, LocalDate to, Sort sort,
                         int size, int page, String cursor, int facets) {
        this(query, entities, from, to, sort, size, page, cursor, facets, null, false);
    }

    /** The same request with story collapse on or off. */
    public SearchRequest withCollapse(boolean on) {
        return new SearchRequest(query, entities, from, to, sort, size, page, cursor, facets, mentions, on);
    }

    /** Persons and countries OR'ed within each dimension: the form before match modes and exclusions. */
    public SearchRequest(String query, List<String> persons, List<String> countries, LocalDate from, LocalDate to,
                         Sort sort, int size, int page, String cursor, int facets) {
        this(query, Map.of(Schema.PERSONS_DIM, EntityFilter.anyOf(persons), Schema.COUNTRIES_DIM,
                EntityFilter.anyOf(countries)), from, to, sort, size, page, cursor, facets);
    }

    /** A plain query with defaults for everything else. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, Map.of(), null, null, null, DEFAULT_SIZE, 1, null, DEFAULT_FACETS);
    }

    /** The filter of a dimension; {@link EntityFilter#NONE} when it has none. */
    public EntityFilter filter(String dim) {
        return entities.getOrDefault(dim, EntityFilter.NONE);
    }

    /** The wanted persons (whatever the match mode). */
    public List<String> persons() {
        return filter(Schema.PERSONS_DIM).values();
    }

    public List<String> countries() {
        return filter(Schema.COUNTRIES_DIM).values();
    }

    public SearchRequest withFilter(String dim, EntityFilter filter) {
        Map<String, EntityFilter> changed = new LinkedHashMap<>(entities);
        changed.put(dim, filter);
        return new SearchRequest(query, changed, from, to, sort, size, page, cursor, facets, mentions, collapse);
    }

    public SearchRequest withPersons(String... values) {
        return withFilter(Schema.PERSONS_DIM, EntityFilter.anyOf(List.of(values)));
    }

    public SearchRequest withCountries(String... values) {
        return withFilter(Schema.COUNTRIES_DIM, EntityFilter.anyOf(List.of(values)));
    }

    public SearchRequest withDates(LocalDate first, LocalDate last) {
        return new SearchRequest(query, entities, first, last, sort, size, page, cursor, facets, mentions, collapse);
    }

    /** The same request continuing after a page's {@code next_cursor}. */
    public SearchRequest withCursor(String after) {
        return new SearchRequest(query, entities, from, to, sort, size, page, after, facets, mentions, collapse);
    }

    public SearchRequest withQuery(String text) {
        return new SearchRequest(text, entities, from, to, sort, size, page, cursor, facets, mentions, collapse);
    }

    public SearchRequest withMentions(MentionScope which) {
        return new SearchRequest(query, entities, from, to, sort, size, page, cursor, facets, which, collapse);
    }

    /**
     * The same search (filters, dates, mentions, collapse) with another order, page size, page and number of facet
     * values.
     */
    public SearchRequest withPaging(Sort order, int pageSize, int pageNumber, int facetValues) {
        return new SearchRequest(query, entities, from, to, order, pageSize, pageNumber, null, facetValues, mentions,
                collapse);
    }
}
