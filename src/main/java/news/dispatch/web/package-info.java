/**
 * The HTTP server: the page's static files, the JSON API ({@link news.dispatch.web.ApiRoutes}, its parameters in
 * {@link news.dispatch.web.SearchParams} and {@link news.dispatch.web.TimelineParams}, its contract in
 * {@code openapi.json} beside it), saved searches as Atom and JSON feeds, and errors as JSON with a readable message
 * (400 for bad input, 503 when the backend cannot answer, never a stack trace).
 *
 * <p>It turns HTTP into {@code search} requests and responses into JSON; it may import every package below it, never
 * {@code cli} or {@code measure}.
 */
package news.dispatch.web;
