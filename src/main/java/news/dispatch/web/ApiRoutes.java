package news.dispatch.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import news.dispatch.search.IndexMissingException;
import news.dispatch.search.NewsSearcher;
import news.dispatch.search.SearchRequest;
import news.dispatch.search.SearchResponse;

/** The JSON API's handlers: each reads its parameters, asks the searcher, and writes JSON. */
final class ApiRoutes {
    private static final Set<String> ENTITIES = Set.of("dim", "prefix", "size", "q", "person", "country", "from", "to");

    private final NewsSearcher searcher;
    private final java.util.function.Supplier<List<news.dispatch.feed.FeedStatus>> feeds;

    ApiRoutes(NewsSearcher searcher, java.util.function.Supplier<List<news.dispatch.feed.FeedStatus>> feeds) {
        this.searcher = searcher;
        this.feeds = feeds;
    }

    /** The stats with each watched feed's last poll, status and counts (only when the server watches feeds). */
    record StatsWithFeeds(@com.fasterxml.jackson.annotation.JsonUnwrapped HeapStats.ServerStats server,
                          List<news.dispatch.feed.FeedStatus> feeds) {
    }

    void search(Context ctx) throws IOException {
        SearchParams params = new SearchParams(ctx);
        SearchResponse response = searcher.search(params.request());
        List<String> unknown = params.unknown(SearchParams.SEARCH);
        if (!unknown.isEmpty()) {
            List<String> warnings = new ArrayList<>(response.warnings());
            warnings.addAll(unknown);
            response = response.withWarnings(SearchParams.capped(warnings));
        }
        ctx.json(response);
    }

    void article(Context ctx) throws IOException {
        // q: the search the article was opened from; its words come back as match offsets (ArticleView.matches).
        // The searcher reads it as a search query (a bad one is a 400, as in /api/search).
        String q = new SearchParams(ctx).single("q", v -> v);
        var article = searcher.article(ctx.pathParam("id"), q);
        if (article == null) throw new NotFoundResponse("No article has the id '" + ctx.pathParam("id") + "'.");
        ctx.json(article);
    }

    void entities(Context ctx) throws IOException {
        SearchParams params = new SearchParams(ctx);
        String dim = params.single("dim", v -> v);
        if (dim == null) throw new news.dispatch.search.BadRequestException("'dim' is required: persons or countries.");
        String prefix = params.single("prefix", v -> v);
        Integer size = params.single("size", v -> SearchParams.number("size", v, 1, 100));
        SearchRequest within = params.request();
        var values = searcher.entities(dim, prefix == null ? "" : prefix, within, size == null ? 10 : size);
        ctx.json(Map.of("dim", dim, "values", values, "warnings", params.unknown(ENTITIES)));
    }

    /** 200 "ready" with the count of what is served, or 503 "index_missing" while there is no index to serve. */
    void health(Context ctx) throws IOException {
        try {
            ctx.json(searcher.health());
        } catch (IndexMissingException e) {
            ctx.status(503).json(Map.of("status", "index_missing", "articles", 0, "message", e.getMessage()));
        }
    }

    void stats(Context ctx) throws IOException {
        var stats = new HeapStats.ServerStats(searcher.stats(), HeapStats.now());
        if (feeds == null) ctx.json(stats);
        else ctx.json(new StatsWithFeeds(stats, feeds.get()));
    }
}
