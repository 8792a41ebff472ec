package news.dispatch.solr;

import java.util.List;

import org.apache.solr.client.solrj.request.SolrQuery;

import news.dispatch.index.Schema;
import news.dispatch.search.Snippets;

/**
 * Solr's highlights made into the API's HTML: the text escaped exactly as the embedded backend escapes it, matches
 * in {@code <mark>}. Solr marks matches with private-use characters and does not escape, so no markup of its own
 * reaches the page.
 */
final class SolrHighlights {
    static final int SNIPPETS_PER_HIT = Snippets.SNIPPETS_PER_HIT;
    static final String PRE = "\uE000";
    static final String POST = "\uE001";

    private SolrHighlights() {
    }

    /** Asks for the highlights of a page of hits: cut and marked as the embedded highlighter cuts and marks them. */
    static void ask(SolrQuery q) {
        q.setHighlight(true);
        q.set("hl.method", "unified");
        q.set("hl.fl", Schema.TITLE + "," + Schema.BODY);
        q.set("hl.snippets", SNIPPETS_PER_HIT);
        q.set("f." + Schema.TITLE + ".hl.snippets", 1);
        // Whole sentences, as the embedded highlighter cuts them.
        q.set("hl.bs.type", "SENTENCE");
        q.set("hl.bs.language", "en");
        q.set("hl.fragsize", 1);
        q.set("hl.fragsizeIsMinimum", true);
        q.set("hl.maxAnalyzedChars", 1_000_000);
        q.set("hl.requireFieldMatch", true);
        q.set("hl.defaultSummary", false);
        // Markers outside any text: the text is escaped here, then they become <mark>.
        q.set("hl.tag.pre", PRE);
        q.set("hl.tag.post", POST);
    }

    static String title(String title, List<String> marked, String pre, String post) {
        if (title == null) return "";
        if (marked != null && marked.size() == 1) {
            String passage = marked.getFirst();
            String plain = passage.replace(pre, "").replace(post, "");
            // A title is shown whole: when the match is in one of its sentences only, fall back to all of it.
            if (title.strip().length() <= plain.strip().length() + 1) return html(passage, pre, post);
        }
        return escape(title);
    }

    static List<String> snippets(String body, List<String> marked, String pre, String post) {
        if (marked == null || marked.isEmpty()) return List.of(opening(body == null ? "" : body));
        return marked.stream().map(p -> html(p, pre, post)).toList();
    }

    private static String html(String passage, String pre, String post) {
        return escape(passage.strip().replaceAll("\\s+", " ")).replace(pre, "<mark>").replace(post, "</mark>");
    }

    private static String opening(String body) {
        return Snippets.opening(body);
    }

    private static String escape(String text) {
        return Snippets.escape(text);
    }
}
