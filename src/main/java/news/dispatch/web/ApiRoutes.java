package news.dispatch.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import java.time.LocalDate;
import java.time.ZoneOffset;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import news.dispatch.export.ArticleExport;
import news.dispatch.export.ExportField;
import news.dispatch.export.ExportFormat;
import news.dispatch.index.Schema;
import news.dispatch.search.BadRequestException;
import news.dispatch.export.TableExport;
import news.dispatch.search.IndexMissingException;
import news.dispatch.search.NewsSearcher;
import news.dispatch.search.QueryLimits;
import news.dispatch.search.Timeline;
import news.dispatch.search.UnmatchedFilterValues;
import news.dispatch.search.SearchRequest;
import news.dispatch.search.SearchResponse;

/** The JSON API's handlers: each reads its parameters, asks the searcher, and writes JSON. */
final class ApiRoutes {
    static final Set<String> ENTITIES = SearchParams.withEntityParams("dim", "prefix", "size", "q", "from", "to");

    static final Set<String> FACETS_CSV = SearchParams.withEntityParams("q", "from", "to", "facets", "bom");
    static final Set<String> EXPORT = SearchParams.withEntityParams("q", "from", "to", "sort", "format", "fields", "bom");

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
        SearchRequest request = params.request();
        SearchResponse response = UnmatchedFilterValues.warned(searcher, request, searcher.search(request));
        List<String> unknown = params.unknown(SearchParams.SEARCH);
        if (!unknown.isEmpty() || response.warnings().size() > QueryLimits.MAX_WARNINGS) {
            List<String> warnings = new ArrayList<>(response.warnings());
            warnings.addAll(unknown);
            response = response.withWarnings(SearchParams.capped(warnings));
        }
        ctx.json(response);
    }

    void article(Context ctx) throws IOException {
        // q: the search the article was opened from; its words come back as match offsets (ArticleView.matches).
        // The searcher reads it as a search query (a bad one is a 400, as in /api/search).
        // matches_from: a view holds at most ArticleViewCaps.MATCHES matches; matches_next says where the next start.
        SearchParams params = new SearchParams(ctx);
        String q = params.single("q", v -> v);
        Integer from = params.single("matches_from", v -> SearchParams.number("matches_from", v, 0, Integer.MAX_VALUE));
        var article = searcher.article(ctx.pathParam("id"), q, from == null ? 0 : from);
        if (article == null) throw new NotFoundResponse("No article has the id '" + ctx.pathParam("id") + "'.");
        ctx.json(article);
    }

    void entities(Context ctx) throws IOException {
        SearchParams params = new SearchParams(ctx);
        String dim = params.single("dim", v -> v);
        if (dim == null) {
            throw new BadRequestException("'dim' is required: one of " + String.join(", ", Schema.filterDims()) + ".");
        }
        String prefix = params.single("prefix", v -> v);
        Integer size = params.single("size", v -> SearchParams.number("size", v, 1, 100));
        SearchRequest within = params.request();
        var values = searcher.entities(dim, prefix == null ? "" : prefix, within, size == null ? 10 : size);
        ctx.json(Map.of("dim", dim, "values", values, "warnings", params.unknown(ENTITIES)));
    }

    /**
     * Every match of a search as CSV or NDJSON, streamed: {@code format=csv|ndjson}, {@code fields=id,title,…},
     * {@code bom=true} for a UTF-8 byte order mark. Parameters are checked before the first byte goes out, so a
     * wrong one is still a JSON 400.
     */
    void export(Context ctx) throws IOException {
        SearchParams params = new SearchParams(ctx);
        SearchRequest request = params.request();
        params.refuseUnknown(EXPORT, "");
        ExportFormat format = params.single("format", v -> checked(() -> ExportFormat.parse(v)));
        if (format == null) format = ExportFormat.CSV;
        List<ExportField> fields = params.single("fields", v -> checked(() -> ExportField.parse(v)));
        if (fields == null) fields = ExportField.defaults();
        boolean bom = Boolean.TRUE.equals(params.single("bom", SearchParams::bool));
        warningHeaders(ctx, UnmatchedFilterValues.warnings(searcher, request));
        attachment(ctx, format, ArticleExport.fileName(request, format.extension, LocalDate.now(ZoneOffset.UTC)));
        // Each page is sent when done and held to a time budget: a client gone or an expensive query stops the work.
        // Written to the servlet's own stream: Javalin's compressing one ignores flush(), so pages would wait for a
        // full buffer and a client gone would go unnoticed for many pages (exports are therefore not gzipped).
        ArticleExport.serve(searcher, request, fields, format, bom, ctx.res().getOutputStream());
    }

    /** Counts per period of one or more searches and their shares of all articles; {@code format=csv} as a table. */
    void timeline(Context ctx) throws IOException {
        TimelineParams params = new TimelineParams(ctx);
        // A timeline is json or csv; the export's message ("csv or ndjson") would send a user the wrong way.
        ExportFormat format = new SearchParams(ctx).single("format", v -> switch (v) {
            case "json" -> null;
            case "csv" -> ExportFormat.CSV;
            default -> throw new BadRequestException("'format' of a timeline must be json or csv, not '" + v + "'.");
        });
        Timeline timeline = searcher.timeline(params.series, params.interval, params.bounds.from(), params.bounds.to());
        List<String> warnings = new ArrayList<>(params.warnings);
        warnings.addAll(UnmatchedFilterValues.warnings(searcher, params.series, timeline));
        if (format == ExportFormat.CSV) {
            warningHeaders(ctx, warnings);
            boolean bom = Boolean.TRUE.equals(new SearchParams(ctx).single("bom", SearchParams::bool));
            attachment(ctx, format, "dispatch-timeline-" + params.interval.param() + "-"
                    + LocalDate.now(ZoneOffset.UTC) + ".csv");
            TableExport.timeline(timeline, bom, ctx.outputStream());
            return;
        }
        ctx.json(Map.of("interval", timeline.interval(), "periods", timeline.periods(), "all", timeline.all(),
                "series", timeline.series(), "took_ms", timeline.tookMs(), "warnings", SearchParams.capped(warnings)));
    }

    /** The facet counts of a search (every entity dimension, {@code facets} values each) as CSV. */
    void facetsCsv(Context ctx) throws IOException {
        SearchParams params = new SearchParams(ctx);
        params.refuseUnknown(FACETS_CSV, "");
        Integer n = params.single("facets", v -> SearchParams.number("facets", v, 1, 1000));
        SearchRequest base = params.request();
        SearchRequest request = base.withPaging(base.sort(), 1, 1, n == null ? 100 : n);
        SearchResponse response = UnmatchedFilterValues.warned(searcher, request, searcher.search(request));
        warningHeaders(ctx, response.warnings());
        boolean bom = Boolean.TRUE.equals(params.single("bom", SearchParams::bool));
        attachment(ctx, ExportFormat.CSV, ArticleExport.fileName(request, "facets.csv", LocalDate.now(ZoneOffset.UTC)));
        TableExport.facets(response.facets(), bom, ctx.outputStream());
    }

    private static void attachment(Context ctx, ExportFormat format, String fileName) {
        ctx.contentType(format.contentType);
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }

    /**
     * A file is no place for a warning, so a download says them in headers: one {@value #WARNING_HEADER} each, the
     * first {@link QueryLimits#MAX_WARNINGS}. A header is Latin-1 at best, so '%' and every character outside
     * printable ASCII is written %-escaped UTF-8 (a name like Zürich survives the trip; decode as a URL component).
     */
    static void warningHeaders(Context ctx, List<String> warnings) {
        for (String warning : SearchParams.capped(warnings)) ctx.res().addHeader(WARNING_HEADER, headerSafe(warning));
    }

    static final String WARNING_HEADER = "Dispatch-Warning";

    private static String headerSafe(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 0x20 && c < 0x7f && c != '%') out.append((char) c);
            else out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                    .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
        }
        return out.toString();
    }

    /** An {@link IllegalArgumentException} of the export's own parsing, as a 400. */
    static <T> T checked(java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    /** 200 "ready" with the count of what is served, or 503 "index_missing" while there is no index to serve. */
    void health(Context ctx) throws IOException {
        try {
            ctx.json(searcher.health());
        } catch (IndexMissingException e) {
            ctx.status(503).json(Map.of("status", "index_missing", "articles", 0, "message", e.clientMessage()));
        }
    }

    /**
     * The fields a reader can search ({@code name:value}), filter and count: the index's own and those the articles'
     * inputs carry ({@code bias}, {@code topic}), each with its kind and whether it is a facet.
     */
    void fields(Context ctx) throws IOException {
        List<String> warnings = new SearchParams(ctx).unknown(Set.of());
        ctx.json(Map.of("fields", searcher.fields(), "warnings", warnings));
    }

    void stats(Context ctx) throws IOException {
        var stats = new HeapStats.ServerStats(searcher.stats(), HeapStats.now());
        if (feeds == null) ctx.json(stats);
        else ctx.json(new StatsWithFeeds(stats, feeds.get().stream().map(news.dispatch.feed.FeedStatus::shown).toList()));
    }
}
