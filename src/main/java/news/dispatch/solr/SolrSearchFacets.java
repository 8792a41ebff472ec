package news.dispatch.solr;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;

import news.dispatch.index.Schema;
import news.dispatch.search.IndexField;
import news.dispatch.search.MentionScope;
import news.dispatch.search.ReadQuery;
import news.dispatch.search.SearchRequest;
import news.dispatch.search.SearchResponse;
import news.dispatch.search.SearchResponse.FacetValue;

/**
 * A search's facets: asked with the page of hits (multi-select, {@code {!tag}}/{@code {!ex}}, via
 * {@link SolrFacets}, the other counts via {@link SolrOtherCounts}), read from its answer into the response's facets
 * and date histogram.
 */
final class SolrSearchFacets {
    private final SolrSearchQuery query;
    private final SolrCalls calls;
    private final SolrCarriedFields carried;

    SolrSearchFacets(SolrSearchQuery query, SolrCalls calls, SolrCarriedFields carried) {
        this.query = query;
        this.calls = calls;
        this.carried = carried;
    }

    /** Asks for every dimension's facet, the other set's top values, each carried facet and the day histogram. */
    void ask(SolrQuery q, SearchRequest request, MentionScope mentions) throws IOException {
        q.setFacet(true).setFacetMinCount(1);
        q.add("facet.field", "{!ex=" + Schema.DAY_DIM + "}" + Schema.DAY_DIM);
        q.set("f." + Schema.DAY_DIM + ".facet.limit", -1);
        for (String dim : Schema.filterDims()) {
            SolrFacets.dimension(q, dim, mentions.facetDim(dim), request.filter(dim), request.facets());
        }
        for (String dim : Schema.entityDims()) SolrOtherCounts.askTop(q, dim, mentions, request.facets());
        for (IndexField f : carried.fields()) {
            String dim = Schema.carriedField(f.name());
            if (f.facet()) SolrFacets.dimension(q, dim, dim, request.filter(dim), request.facets());
        }
    }

    /**
     * Every dimension's facet values and the date histogram of an answer; each entity value with both its about and
     * its mention count, as embedded: the count the answer has not got is read from the other set's top values it
     * carries, else asked of the same search in one more request.
     */
    SearchResponse.Facets read(QueryResponse r, ReadQuery read, SearchRequest request, MentionScope mentions)
            throws IOException {
        Map<String, List<FacetValue>> byDim = new LinkedHashMap<>();
        for (String dim : Schema.entityDims()) byDim.put(dim, SolrFacets.entity(r, dim, request.filter(dim)));
        Map<String, Map<String, Integer>> known = SolrOtherCounts.known(r, byDim, request.facets());
        SolrQuery other = query.filtered(read, request);
        QueryResponse counted = null;
        if (SolrOtherCounts.askMissing(other, byDim, mentions, known)) counted = calls.timed(other);
        SolrOtherCounts.withBothCounts(counted, byDim, mentions, known);
        byDim.put(Schema.LANGUAGES_DIM, SolrFacets.entity(r, Schema.LANGUAGES_DIM, request.filter(Schema.LANGUAGES_DIM)));
        byDim.put(Schema.SOURCES_DIM, SolrFacets.entity(r, Schema.SOURCES_DIM, request.filter(Schema.SOURCES_DIM)));
        // Each carried field that is a facet, by its name, as embedded (EntityFacets.carried).
        Map<String, List<FacetValue>> fields = new LinkedHashMap<>();
        for (IndexField f : carried.fields()) {
            if (!f.facet()) continue;
            String dim = Schema.carriedField(f.name());
            fields.put(f.name(), SolrFacets.entity(r, dim, request.filter(dim)));
        }
        return new SearchResponse.Facets(byDim, SolrFacets.dates(r), fields);
    }
}
