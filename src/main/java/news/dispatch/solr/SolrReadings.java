package news.dispatch.solr;

import java.util.Set;

import org.apache.solr.client.solrj.request.SolrQuery;

import news.dispatch.index.ArabicSpellings;
import news.dispatch.index.CrossScriptAnalyzer;
import news.dispatch.index.LanguageChains;
import news.dispatch.index.Schema;

/**
 * The query as every analysis chain of the collection reads it, as the embedded reader builds it
 * ({@link news.dispatch.search.QueryReader#read(String, Set)}): per chain, edismax over that chain's title and body
 * (and over the cross-script keys at half weight, as written and, for a Cyrillic name, as English spells it, or for
 * English over the query spelled in Latin letters), limited to
 * the chain's articles, the readings OR'ed. The user's text travels in parameters ({@code uq}, {@code lq}), never
 * inside the outer query.
 */
final class SolrReadings {
    private SolrReadings() {
    }

    /**
     * Sets the query and its parser: {@code text} for edismax over title and body when English is the only chain (as
     * before languages), else every chain's reading.
     */
    static void apply(SolrQuery q, String text, Set<String> chains) {
        if (text.equals("-*:*")) {
            // Nothing: edismax reads "*:*" as a match-all only when it is the whole query; here, with the fields
            // limited by uf, it would search the characters and the negation would list every article.
            q.setQuery(text);
            q.set("defType", "lucene");
            return;
        }
        if (text.equals("*:*") || chains.isEmpty() || chains.equals(Set.of(LanguageChains.ENGLISH))) {
            q.setQuery(text);
            q.set("defType", "edismax");
            return;
        }
        q.set("uq", text);
        String latin = CrossScriptAnalyzer.latinSpelling(text);
        q.set("qf_latin", Schema.TITLE_LATIN + " " + Schema.BODY_LATIN + "^0.5");
        if (!latin.equals(text)) q.set("lq", latin);
        // Arabic articles reach Latin and Cyrillic names through the entity table (Putin → بوتين), as embedded.
        String arabic = chains.contains(LanguageChains.ARABIC) ? ArabicSpellings.standard().arabic(text) : text;
        if (!arabic.equals(text)) q.set("aq", arabic);
        StringBuilder any = new StringBuilder("{!lucene q.op=OR}");
        for (String chain : chains) {
            String qf = "qf_" + chain;
            q.set(qf, Schema.titleField(chain) + "^2 " + Schema.bodyField(chain));
            String reading = nested(qf, "uq");
            if (chain.equals(LanguageChains.ENGLISH)) {
                if (!latin.equals(text)) reading += " " + nested(qf, "lq");
            } else {
                reading += " " + nested("qf_latin", "uq");
                // The English spelling of a Cyrillic name part, which the embedded reader's CrossScriptAnalyzer adds
                // at the word's position (Трамп: "tramp" or "trump") and the configset's query chain cannot know.
                if (!latin.equals(text)) reading += " " + nested("qf_latin", "lq");
                if (chain.equals(LanguageChains.ARABIC) && !arabic.equals(text)) reading += " " + nested(qf, "aq");
            }
            any.append("(+(").append(reading).append(") +").append(Schema.ANALYSIS).append(':').append(chain).append(") ");
        }
        q.setQuery(any.toString().strip());
        // Solr honours local parameters in q ({!lucene …}) only when the request's parser is lucene; each reading
        // names edismax itself, and takes q.op, sow and uf from the request as the single reading does.
        q.set("defType", "lucene");
    }

    private static String nested(String qf, String text) {
        return "_query_:\"{!edismax qf=$" + qf + " v=$" + text + "}\"";
    }
}
