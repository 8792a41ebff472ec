package news.dispatch.solr;

import static news.dispatch.solr.SolrStored.day;
import static news.dispatch.solr.SolrStored.str;
import static news.dispatch.solr.SolrStored.strings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;

import news.dispatch.index.Schema;
import news.dispatch.search.SearchRequest;
import news.dispatch.search.SearchResponse.Hit;

/** An answer's documents as the response's hits, with their highlights, and where the next page starts after them. */
final class SolrHits {

    private SolrHits() {
    }

    /** These documents of an answer as hits, with the answer's highlights. */
    static List<Hit> of(QueryResponse r, List<SolrDocument> docs) {
        Map<String, Map<String, List<String>>> marked = r.getHighlighting();
        List<Hit> hits = new ArrayList<>();
        for (SolrDocument d : docs) {
            String id = str(d, Schema.ID);
            Map<String, List<String>> h = marked == null ? Map.of() : marked.getOrDefault(id, Map.of());
            Object score = d.getFieldValue("score");
            Map<String, List<String>> about = new LinkedHashMap<>();
            for (String dim : Schema.entityDims()) about.put(dim, strings(d, Schema.aboutField(dim)));
            hits.add(Hit.builder().id(id)
                    .title(SolrHighlights.title(str(d, Schema.TITLE), h.get(Schema.TITLE), SolrHighlights.PRE, SolrHighlights.POST))
                    .date(day(d)).source(str(d, Schema.SOURCE)).url(str(d, Schema.URL))
                    .score(score instanceof Number n ? n.floatValue() : null)
                    .persons(strings(d, Schema.PERSON)).countries(strings(d, Schema.COUNTRY))
                    .organizations(strings(d, Schema.ORGANIZATION)).about(about)
                    .snippets(SolrHighlights.snippets(str(d, Schema.BODY), h.get(Schema.BODY), SolrHighlights.PRE, SolrHighlights.POST))
                    // An article of a collection indexed before stories is a story of its own, as embedded.
                    .story(d.getFirstValue(Schema.STORY) == null ? id : str(d, Schema.STORY))
                    .author(str(d, Schema.AUTHOR)).language(str(d, Schema.LANGUAGE))
                    .fields(SolrCarriedFields.of(d)).build());
        }
        return hits;
    }

    /**
     * Solr's next mark when it started a cursor; after a numbered page (which started at an offset) the mark is made
     * from the page's last hit, as Solr would have made it.
     */
    static String nextMark(QueryResponse r, SearchRequest.Sort sort) {
        if (r.getNextCursorMark() != null) return r.getNextCursorMark();
        SolrDocument last = r.getResults().getLast();
        Object score = last.getFieldValue("score");
        Object date = last.getFirstValue(Schema.DATE);
        return SolrCursor.markAfter(sort, score instanceof Number n ? n.floatValue() : null,
                date instanceof Number n ? n.longValue() : null, str(last, Schema.ID));
    }
}
