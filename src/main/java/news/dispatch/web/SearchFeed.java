package news.dispatch.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import org.jsoup.Jsoup;

import news.dispatch.search.SearchResponse;

/**
 * What the Atom and JSON feeds of a search share: the feed's ids, title and links, and each hit's stable id, plain
 * title, summary and date. Built from a {@link SearchResponse} alone, so any {@code NewsSearcher} backend serves it.
 *
 * @param base      the server's address as the client reached it ({@code http://host:port})
 * @param query     the search's own parameters in a canonical order (no format, page or cursor)
 * @param words     the query as the user typed it (the response holds it as the engine read it)
 * @param generated when the feed was made: its {@code updated} when no hit has a date
 */
record SearchFeed(String base, String query, String words, SearchResponse response, Instant generated) {
    /** A tag URI authority of our own: ids stay the same whichever host or port serves them. */
    private static final String TAG = "tag:dispatch.news,2026:";

    String id() {
        return TAG + "search?" + query;
    }

    String title() {
        String q = words == null || words.isBlank() ? "all articles" : "“" + words + "”";
        var f = response.filters();
        StringBuilder title = new StringBuilder("Dispatch: ").append(q);
        if (f != null) {
            if (!f.persons().isEmpty()) title.append(", persons ").append(String.join(" or ", f.persons()));
            if (!f.countries().isEmpty()) title.append(", countries ").append(String.join(" or ", f.countries()));
            if (f.from() != null) title.append(", from ").append(f.from());
            if (f.to() != null) title.append(", to ").append(f.to());
        }
        return title.toString();
    }

    /** The search's warnings (a filter value no article holds, say) as one text, or null when it has none. */
    String warnings() {
        List<String> w = response.warnings();
        return w == null || w.isEmpty() ? null : String.join(" ", w);
    }

    String pageUrl() {
        return base + "/" + (query.isEmpty() ? "" : "?" + query);
    }

    String feedUrl(String path) {
        return base + path + (query.isEmpty() ? "" : "?" + query);
    }

    List<SearchResponse.Hit> hits() {
        return response.hits();
    }

    /** The newest hit's day, else when the feed was made. */
    Date updated() {
        return response.hits().stream().map(SearchFeed::date).filter(d -> d != null).max(Date::compareTo)
                .orElse(Date.from(generated));
    }

    /** One id per article for ever: readers use it to tell new entries from seen ones. */
    static String entryId(SearchResponse.Hit hit) {
        return TAG + "article:" + URLEncoder.encode(hit.id(), StandardCharsets.UTF_8);
    }

    /** The article's own page when it has an http(s) one, else its view in Dispatch. */
    String entryLink(SearchResponse.Hit hit) {
        String url = hit.url();
        if (url != null && (url.startsWith("http://") || url.startsWith("https://"))) return url;
        return base + "/?article=" + URLEncoder.encode(hit.id(), StandardCharsets.UTF_8);
    }

    /** Hit titles are HTML (escaped text with {@code <mark>}); a feed title is plain text. */
    static String plainTitle(SearchResponse.Hit hit) {
        return Jsoup.parse(hit.title()).text();
    }

    /** The snippets, as HTML (escaped article text with {@code <mark>} around the matches). */
    static String summaryHtml(SearchResponse.Hit hit) {
        return hit.snippets() == null ? "" : String.join(" … ", hit.snippets());
    }

    static Date date(SearchResponse.Hit hit) {
        if (hit.date() == null || hit.date().isBlank()) return null;
        try {
            return Date.from(LocalDate.parse(hit.date().substring(0, Math.min(10, hit.date().length())))
                    .atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
