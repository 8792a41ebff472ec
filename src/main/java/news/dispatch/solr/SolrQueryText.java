package news.dispatch.solr;

import news.dispatch.search.ReadQuery;

/**
 * What the cluster is asked to parse: the user's query as written when our reader read it strictly, its plain
 * words when our reader fell back to them (so both backends search the same thing), {@code *:*} for everything.
 */
final class SolrQueryText {
    /** QueryReader's fallback warning begins so. */
    static final String FALLBACK_WARNING = "The query could not be read as written";

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
        return q;
    }
}
