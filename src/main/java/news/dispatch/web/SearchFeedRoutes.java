package news.dispatch.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.javalin.http.Context;
import news.dispatch.search.BadRequestException;
import news.dispatch.search.NewsSearcher;
import news.dispatch.search.SearchRequest;
import news.dispatch.search.UnmatchedFilterValues;

/**
 * Every search as a feed of its newest matches: {@code /api/search.atom} (or {@code /api/search?format=atom}) and
 * {@code /api/search.feed.json} ({@code format=jsonfeed}), so any feed reader is an alert client.
 */
final class SearchFeedRoutes {
    static final int DEFAULT_SIZE = 20;
    /** Parameters that shape the page, not the search: left out of the feed's id and links. */
    private static final Set<String> NOT_THE_SEARCH = Set.of("format", "page", "cursor", "sort", "facets", "size");

    private final NewsSearcher searcher;

    SearchFeedRoutes(NewsSearcher searcher) {
        this.searcher = searcher;
    }

    void atom(Context ctx) throws IOException {
        ctx.contentType(AtomSearchFeed.CONTENT_TYPE).result(AtomSearchFeed.render(feed(ctx)));
    }

    void jsonFeed(Context ctx) throws IOException {
        ctx.contentType(JsonSearchFeed.CONTENT_TYPE).result(JsonSearchFeed.render(feed(ctx)));
    }

    /** {@code format=atom|jsonfeed} on {@code /api/search}: true when it answered. */
    boolean byFormat(Context ctx) throws IOException {
        String format = new SearchParams(ctx).single("format", v -> v);
        if (format == null || format.equals("json")) return false;
        switch (format) {
            case "atom" -> atom(ctx);
            case "jsonfeed" -> jsonFeed(ctx);
            default -> throw new BadRequestException("'format' must be json, atom or jsonfeed, not '" + format + "'.");
        }
        return true;
    }

    private SearchFeed feed(Context ctx) throws IOException {
        SearchParams params = new SearchParams(ctx);
        SearchRequest asked = params.request();
        Integer size = params.single("size", v -> SearchParams.number("size", v, 1, SearchRequest.MAX_SIZE));
        // Every filter of the search (organizations, all-of, exclusions, mentions), not just persons and countries.
        SearchRequest newest = asked.withPaging(SearchRequest.Sort.NEWEST, size == null ? DEFAULT_SIZE : size, 1, 0);
        return new SearchFeed(ctx.scheme() + "://" + ctx.host(), canonicalQuery(ctx.queryParamMap()),
                asked.query(), UnmatchedFilterValues.warned(searcher, newest, searcher.search(newest.withCollapse(asked.collapse()))),
                Instant.now());
    }

    /** The search's parameters sorted by name (values in the order given), so one search has one feed id. */
    static String canonicalQuery(Map<String, List<String>> params) {
        List<String> pairs = new ArrayList<>();
        new TreeMap<>(params).forEach((name, values) -> {
            if (NOT_THE_SEARCH.contains(name)) return;
            for (String v : values) {
                if (v.isBlank()) continue;
                pairs.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(v.strip(), StandardCharsets.UTF_8));
            }
        });
        return String.join("&", pairs);
    }
}
