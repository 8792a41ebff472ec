package news.dispatch.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import news.dispatch.search.BackendUnavailableException;
import news.dispatch.search.BadRequestException;
import news.dispatch.search.IndexMissingException;
import news.dispatch.search.NewsSearcher;
import news.dispatch.search.SearchTimeoutException;

/**
 * The Dispatch web server: the JSON API under {@code /api} and the static page from {@code web/}. Built from its
 * dependencies so tests can start the real thing on a free port.
 */
public final class DispatchServer {
    private static final Logger LOG = LoggerFactory.getLogger(DispatchServer.class);
    /** The page loads only its own scripts, styles and images: article text can never bring in code. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";
    /** Bytes of an answer held before any is sent: a search page of 10 hits with facets is ~16 KB, 50 hits ~60 KB. */
    static final int RESPONSE_BUFFER = 64 * 1024;

    private DispatchServer() {
    }

    public static Javalin create(NewsSearcher searcher, Path webDir) {
        return create(searcher, webDir, null);
    }

    /** @param feeds the watched feeds' statuses for {@code /api/stats}, or null when the server watches none */
    public static Javalin create(NewsSearcher searcher, Path webDir,
                                 java.util.function.Supplier<java.util.List<news.dispatch.feed.FeedStatus>> feeds) {
        ApiRoutes api = new ApiRoutes(searcher, feeds);
        SearchFeedRoutes searchFeeds = new SearchFeedRoutes(searcher);
        ObjectMapper json = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        return Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.http.prefer405over404 = true;
            cfg.jsonMapper(new JavalinJackson(json, false));
            // A 10,000-character query must reach the API (which explains its limit), not Jetty's 8 KB default.
            cfg.jetty.modifyHttpConfiguration(http -> {
                http.setRequestHeaderSize(64 * 1024);
                // An answer that fits the buffer leaves in one write with its Content-Length. With Jetty's defaults
                // (32 KB buffer, writes of a quarter of it or more not aggregated) a 16 KB search answer went out
                // chunked, its last chunk in a second write: a second packet and a second wake-up of the client
                // for every search (seen with strace; issue 29).
                http.setOutputBufferSize(RESPONSE_BUFFER);
                http.setOutputAggregationSize(RESPONSE_BUFFER);
            });
            cfg.jetty.modifyServer(server -> {
                server.setErrorHandler(new JsonErrorHandler());
                HeaderDeadline.install(server);
            });
            cfg.jetty.modifyServletContextHandler(handler -> handler.addFilter(IgnoredHeaders.class, "/*",
                    java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST)));
            if (webDir != null && Files.isDirectory(webDir)) {
                cfg.staticFiles.add(sf -> {
                    sf.hostedPath = "/";
                    sf.directory = webDir.toAbsolutePath().toString();
                    sf.location = Location.EXTERNAL;
                });
            }
            cfg.routes.before(DispatchServer::securityHeaders);
            cfg.routes.before("/api/*", ctx -> PercentEncoding.check(ctx.queryString()));
            cfg.routes.get("/api/search", ctx -> {
                if (!searchFeeds.byFormat(ctx)) api.search(ctx);
            });
            cfg.routes.get("/api/search.atom", searchFeeds::atom);
            cfg.routes.get("/api/search.feed.json", searchFeeds::jsonFeed);
            cfg.routes.get("/api/articles/{id}", api::article);
            cfg.routes.get("/api/entities", api::entities);
            cfg.routes.get("/api/export", api::export);
            cfg.routes.get("/api/export/facets", api::facetsCsv);
            cfg.routes.get("/api/timeline", api::timeline);
            cfg.routes.get("/api/health", api::health);
            cfg.routes.get("/api/stats", api::stats);
            cfg.routes.get("/api/fields", api::fields);
            cfg.routes.get("/api/openapi.json", OpenApiDocument::serve);

            cfg.routes.exception(BadRequestException.class,
                    (e, ctx) -> error(ctx, 400, "bad_request", e.getMessage()));
            cfg.routes.exception(IndexMissingException.class,
                    (e, ctx) -> error(ctx, 503, "index_unavailable", e.clientMessage()));
            // A cluster that cannot answer now: the request is fine and may succeed later.
            cfg.routes.exception(BackendUnavailableException.class,
                    (e, ctx) -> error(ctx, 503, "unavailable", e.getMessage()));
            cfg.routes.exception(SearchTimeoutException.class,
                    (e, ctx) -> error(ctx, 503, "time_budget_exceeded", e.getMessage()));
            cfg.routes.exception(HttpResponseException.class,
                    (e, ctx) -> error(ctx, e.getStatus(), errorCode(e.getStatus()), e.getMessage()));
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                error(ctx, 500, "internal_error", "Something went wrong on the server; it has been logged.");
            });
            cfg.routes.error(404, ctx -> {
                String article = ctx.path().startsWith(ARTICLES) ? ctx.path().substring(ARTICLES.length()) : "";
                if (article.contains("/")) {
                    // Most ids hold a '/' (folder/path.txt, a url): typed as is, they miss the route with no hint.
                    error(ctx, 404, "not_found", "No such endpoint: an article id holding '/' is written percent-encoded, "
                            + "as in " + ARTICLES + URLEncoder.encode(article, StandardCharsets.UTF_8).replace("+", "%20") + ".");
                } else if (ctx.result() == null || ctx.result().isEmpty() || !ctx.res().getContentType().contains("json")) {
                    error(ctx, 404, "not_found", "Nothing here: " + ctx.path());
                }
            });
            cfg.routes.error(405, ctx -> error(ctx, 405, "method_not_allowed",
                    ctx.method() + " is not allowed here; the API answers GET."));
        });
    }

    private static final String ARTICLES = "/api/articles/";

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
    }

    private static void error(Context ctx, int status, String code, String message) {
        // An export that failed before its first rows left (the index gone, say) has only its header buffered: the
        // error replaces it rather than following it, and is no longer offered as a file.
        if (!ctx.res().isCommitted()) {
            ctx.res().resetBuffer();
            ctx.res().setHeader("Content-Disposition", null);
        }
        ctx.status(status).json(new ApiError(code, message));
    }

    private static String errorCode(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            default -> "error";
        };
    }
}
