package news.dispatch.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;

/**
 * The opaque position after a page's last hit, for deep paging with searchAfter. It names the sort it belongs to,
 * so a cursor from a relevance search cannot silently page a date-sorted one. Within one reader generation a walk
 * over cursors visits every hit once.
 */
public final class Cursor {
    private Cursor() {
    }

    static String encode(SearchRequest.Sort sort, ScoreDoc last) {
        String value = last instanceof FieldDoc fd ? String.valueOf(fd.fields[0]) : Float.toString(last.score);
        String raw = sort.name() + ":" + value + ":" + last.doc + ":" + last.shardIndex;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static ScoreDoc decode(SearchRequest.Sort sort, String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
            if (parts.length != 4 || !parts[0].equals(sort.name())) throw new IllegalArgumentException();
            int doc = number(parts[2]);
            int shard = number(parts[3]);
            // Only what encode gives out: a document number is never negative, a shard is one or none (-1), a score
            // is a finite number.
            if (doc < 0 || shard < -1) throw new IllegalArgumentException();
            if (sort == SearchRequest.Sort.RELEVANCE && !Float.isFinite(Float.parseFloat(parts[1]))) {
                throw new IllegalArgumentException();
            }
            if (sort != SearchRequest.Sort.RELEVANCE && !parts[1].matches("-?[0-9]{1,19}")) {
                throw new IllegalArgumentException();
            }
            return sort == SearchRequest.Sort.RELEVANCE
                    ? new ScoreDoc(doc, Float.parseFloat(parts[1]), shard)
                    // The date sort breaks ties by document: its position holds both values.
                    : new FieldDoc(doc, Float.NaN, new Object[] {Long.parseLong(parts[1]), doc}, shard);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("The cursor is not one this search gave out (or belongs to another sort).");
        }
    }

    /** A whole number as encode writes it: ASCII digits (parseInt alone also takes other scripts' digits, "１"). */
    private static int number(String text) {
        if (!text.matches("-?[0-9]{1,10}")) throw new IllegalArgumentException();
        return Integer.parseInt(text);
    }

    /**
     * A position in a collapsed search: the number of stories already shown. Stories have no single sort value to
     * search after (a story ranks by its best article), so the position is a count, bounded like pages are.
     */
    public static String encodeStories(SearchRequest.Sort sort, int shown) {
        String raw = "STORIES:" + sort.name() + ":" + shown;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static int decodeStories(SearchRequest.Sort sort, String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
            if (parts.length != 3 || !parts[0].equals("STORIES") || !parts[1].equals(sort.name())) {
                throw new IllegalArgumentException();
            }
            int shown = number(parts[2]);
            // A position past the pages a search reaches was never given out (and would overflow the page's end).
            if (shown < 0 || shown > LuceneSearch.EXACT_TOTAL_UP_TO) throw new IllegalArgumentException();
            return shown;
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("The cursor is not one this search gave out (it belongs to another sort, or to"
                    + " a search with collapse=false).");
        }
    }
}
