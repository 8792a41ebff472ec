package news.dispatch.solr;

import news.dispatch.search.ReadQuery;

/**
 * What the cluster is asked to parse: the user's query as written when our reader read it strictly, its plain
 * words when our reader fell back to them (so both backends search the same thing), {@code *:*} for everything.
 */
final class SolrQueryText {
    /** QueryReader's fallback warning begins so. */
    static final String FALLBACK_WARNING = "The query could not be read as written";
    /** QueryReader's warning for fields outside Schema.QUERY_FIELDS begins so, then lists them. */
    static final String UNKNOWN_FIELD_WARNING = "Not a searchable field: ";

    private SolrQueryText() {
    }

    static String of(String userQuery, ReadQuery read) {
        String q = userQuery.replaceAll("\\p{Cntrl}", " ").strip();
        if (q.isEmpty() || q.equals("*") || q.equals("*:*")) return "*:*";
        if (read.warnings().stream().anyMatch(w -> w.startsWith(FALLBACK_WARNING))) {
            // QueryReader.loose: the same characters stripped; edismax then reads plain words.
            String words = q.replaceAll("[\"()*~+|\\-:\\[\\]{}^!/\\\\&?]", " ").strip();
            return words.isEmpty() ? "-*:*" : words;
        }
        // A field the reader refused (it warned) gives no clause there; edismax would search it as words.
        for (String w : read.warnings()) {
            if (!w.startsWith(UNKNOWN_FIELD_WARNING)) continue;
            for (String field : w.substring(UNKNOWN_FIELD_WARNING.length()).split(" \\(")[0].split(",\\s*")) {
                q = q.replaceAll("(?<![\\w.])" + java.util.regex.Pattern.quote(field.strip())
                        + ":(\"[^\"]*\"|\\S+)", " ");
            }
        }
        q = q.strip();
        // Only refused fields: the embedded query has no clause left and matches nothing.
        return q.isEmpty() ? "-*:*" : q;
    }
}
