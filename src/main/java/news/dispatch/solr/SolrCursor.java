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

    /**
     * Solr's cursorMark positioned just after a hit with these sort values, as Solr itself serializes one
     * ({@code CursorMark#getSerializedTotem}: the sort values, javabin, Base64). A numbered page that started at an
     * offset has no mark of Solr's; this gives it its {@code next_cursor}. An undated hit sorts as the configset's
     * {@code sortMissingLast} puts it: after every dated one, in either order.
     */
    static String markAfter(SearchRequest.Sort sort, Float score, Long date, String id) {
        java.util.List<Object> values = new java.util.ArrayList<>();
        switch (sort) {
            case RELEVANCE -> values.add(score);
            case NEWEST -> values.add(date == null ? Long.MIN_VALUE : date);
            case OLDEST -> values.add(date == null ? Long.MAX_VALUE : date);
        }
        values.add(id);
        try (var codec = new org.apache.solr.common.util.JavaBinCodec();
             var out = new java.io.ByteArrayOutputStream(64)) {
            codec.marshal(values, out);
            return Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

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
