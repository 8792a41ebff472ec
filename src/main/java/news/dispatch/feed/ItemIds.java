package news.dispatch.feed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import news.dispatch.corpus.ArticleKeys;

/**
 * An item's id in the index: its guid (prefixed with the feed's address when it is not globally unique by itself,
 * such as "12345"), else its canonical link (tracking parameters and the fragment removed, host lower-cased), else
 * a hash of its content. The same item polled again gets the same id; an edited item keeps it.
 */
final class ItemIds {
    private static final List<String> TRACKING = load();

    private ItemIds() {
    }

    static String of(FeedItem item, String feedUrl) {
        if (item.guid() != null) {
            return looksGlobal(item.guid()) ? item.guid() : feedUrl + "#" + item.guid();
        }
        if (item.link() != null) return canonicalLink(item.link());
        return feedUrl + "#sha256:" + ArticleKeys.shortHash(item.title() + "\u0000" + item.html());
    }

    /** A URL or URN is unique by itself; a bare number or word is unique only within its feed. */
    private static boolean looksGlobal(String guid) {
        return guid.matches("(?i)^[a-z][a-z0-9+.-]*:.+");
    }

    static String canonicalLink(String link) {
        URI uri;
        try {
            uri = new URI(link.strip());
        } catch (URISyntaxException e) {
            return link.strip();
        }
        if (uri.getScheme() == null || uri.getRawAuthority() == null) return link.strip();
        String query = uri.getRawQuery();
        List<String> kept = new ArrayList<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) continue;
                String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
                if (!isTracking(name)) kept.add(pair);
            }
        }
        String authority = uri.getRawAuthority().toLowerCase(Locale.ROOT);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("http") && authority.endsWith(":80")) authority = authority.substring(0, authority.length() - 3);
        if (scheme.equals("https") && authority.endsWith(":443")) authority = authority.substring(0, authority.length() - 4);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return scheme + "://" + authority + path + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
    }

    private static boolean isTracking(String name) {
        for (String t : TRACKING) {
            if (t.endsWith("*") ? name.startsWith(t.substring(0, t.length() - 1)) : name.equals(t)) return true;
        }
        return false;
    }

    private static List<String> load() {
        var in = ItemIds.class.getResourceAsStream("tracking-parameters.txt");
        if (in == null) throw new IllegalStateException("tracking-parameters.txt is missing from the jar");
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
