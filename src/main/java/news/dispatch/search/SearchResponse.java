package news.dispatch.search;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The answer to a {@link SearchRequest}: hits of one page, facet counts, and how the query was read. */
public record SearchResponse(long total, boolean totalIsLowerBound, long tookMs, String query, List<String> warnings,
                             List<AliasNote> aliases, Filters filters, List<Hit> hits, Facets facets, int page, int size, String nextCursor,
                             boolean partial) {

    /**
     * A complete answer. {@code partial} is true when a cluster answered without some shards (a node down): the
     * hits and counts are those of the shards that answered.
     */
    public SearchResponse(long total, boolean totalIsLowerBound, long tookMs, String query, List<String> warnings,
                          List<AliasNote> aliases, Filters filters, List<Hit> hits, Facets facets, int page, int size,
                          String nextCursor) {
        this(total, totalIsLowerBound, tookMs, query, warnings, aliases, filters, hits, facets, page, size, nextCursor,
                false);
    }

    /** The same answer with other warnings. */
    public SearchResponse withWarnings(List<String> newWarnings) {
        return new SearchResponse(total, totalIsLowerBound, tookMs, query, List.copyOf(newWarnings), aliases, filters,
                hits, facets, page, size, nextCursor);
    }

    /** The filters applied, echoed back. */
    public record Filters(List<String> persons, List<String> countries, String from, String to) {
    }

    /**
     * One article in the hit list. {@code title} and {@code snippets} are HTML: the article's text escaped, with
     * the query's matches in {@code <mark>}.
     */
    public record Hit(String id, String title, String date, String source, String url, Float score,
                      List<String> persons, List<String> countries, List<String> snippets) {
    }

    public record Facets(List<FacetValue> persons, List<FacetValue> countries, DateCounts dates) {
    }

    /** A facet value; {@code code} is the ISO country code, for countries only. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FacetValue(String value, String code, int count, Boolean selected) {
    }

    /** Counts for a histogram, in date order; {@code day} is empty when the span is too long to list by day. */
    public record DateCounts(List<FacetValue> year, List<FacetValue> month, List<FacetValue> day, int undated) {
    }
}
