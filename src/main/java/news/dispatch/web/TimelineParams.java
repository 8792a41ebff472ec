package news.dispatch.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.javalin.http.Context;
import news.dispatch.search.BadRequestException;
import news.dispatch.search.EntityFilter;
import news.dispatch.search.SearchRequest;
import news.dispatch.search.Timeline;

/**
 * The parameters of {@code /api/timeline}. Each {@code series} is the query string of a search, exactly as
 * {@code /api/search} takes it ({@code q=Putin&person=Vladimir+Putin}, plus an optional {@code label}), so a
 * series reads like the search it charts and is parsed by the same rules. Without {@code series} the request's own
 * search parameters are the one series. {@code from} and {@code to} bound the chart and every series.
 */
final class TimelineParams {
    static final int MAX_SERIES = 10;
    static final Set<String> KNOWN = SearchParams.withEntityParams("q", "from", "to", "series", "interval", "format", "bom");
    private static final Set<String> IN_A_SERIES = SearchParams.withEntityParams("q", "from", "to", "label");

    final List<Timeline.Wanted> series = new ArrayList<>();
    final Timeline.Interval interval;
    final SearchRequest bounds;
    final List<String> warnings;

    TimelineParams(Context ctx) {
        SearchParams top = new SearchParams(ctx);
        bounds = top.request();
        warnings = top.unknown(KNOWN);
        String name = top.single("interval", v -> v);
        interval = name == null ? Timeline.Interval.MONTH : Timeline.Interval.parse(name);
        List<String> given = ctx.queryParams("series").stream().filter(s -> !s.isBlank()).toList();
        if (given.size() > MAX_SERIES) throw new BadRequestException("At most " + MAX_SERIES + " series, not " + given.size() + ".");
        if (given.isEmpty()) {
            series.add(new Timeline.Wanted(label(bounds), ctx.queryString() == null ? "" : ctx.queryString(), bounds));
        }
        for (String s : given) {
            SearchParams one = new SearchParams(decode(s));
            one.refuseUnknown(IN_A_SERIES, "In series '" + s + "': ");
            SearchRequest request = one.request();
            // The chart's range applies to every series that sets none of its own.
            if (request.from() == null && request.to() == null) request = request.withDates(bounds.from(), bounds.to());
            String label = one.single("label", v -> v);
            series.add(new Timeline.Wanted(label == null ? label(request) : label, s, request));
        }
    }

    /** "a=1&b=x+y" as a parameter map; a malformed escape is a 400 naming the series. */
    static Map<String, List<String>> decode(String query) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            try {
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                params.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("The series '" + query + "' is not a query string (a bad %-escape).");
            }
        }
        return params;
    }

    /** What a series is, in words: "Putin · person: Vladimir Putin · not country: Russia". */
    static String label(SearchRequest r) {
        List<String> parts = new ArrayList<>();
        if (!r.query().isEmpty()) parts.add(r.query());
        r.entities().forEach((dim, f) -> {
            String name = EntityFilter.param(dim);
            if (!f.values().isEmpty()) {
                parts.add(name + (f.values().size() > 1 ? (f.match() == EntityFilter.Match.ALL ? " (all of)" : " (any of)") : "")
                        + ": " + String.join(", ", f.values()));
            }
            if (!f.excluded().isEmpty()) parts.add("not " + name + ": " + String.join(", ", f.excluded()));
        });
        return parts.isEmpty() ? "All articles" : String.join(" · ", parts);
    }
}
