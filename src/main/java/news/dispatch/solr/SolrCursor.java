package news.dispatch.solr;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import news.dispatch.search.BadRequestException;
import news.dispatch.search.SearchRequest;

/**
 * The API's opaque cursor over a cluster: Solr's cursorMark, the sort it belongs to, and how many hits came
 * before it (so the last page is known without asking for one hit more).
 */
record SolrCursor(SearchRequest.Sort sort, long seen, String mark) {

    String encode() {
        String raw = "solr:" + sort.name() + ":" + seen + ":" + mark;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static SolrCursor decode(SearchRequest.Sort sort, String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = raw.split(":", 4);
            if (parts.length == 4 && parts[0].equals("solr") && parts[1].equals(sort.name())) {
                return new SolrCursor(sort, Long.parseLong(parts[2]), parts[3]);
            }
        } catch (IllegalArgumentException ignored) {
            // Said below.
        }
        throw new BadRequestException("The cursor is not valid for this search (it belongs to another sort or was "
                + "altered); start again without it.");
    }
}
