package news.dispatch.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;

import news.dispatch.index.Schema;
import news.dispatch.search.BadRequestException;
import news.dispatch.search.MentionScope;
import news.dispatch.search.SearchRequest;
import news.dispatch.search.SearchResponse.FacetValue;

/** Counts without hits: a search's number found, a dimension's values by prefix, the values no article holds. */
final class SolrCounts {
    private final SolrQueryReader reader;
    private final SolrSearchQuery query;
    private final SolrCalls calls;

    SolrCounts(SolrQueryReader reader, SolrSearchQuery query, SolrCalls calls) {
        this.reader = reader;
        this.query = query;
        this.calls = calls;
    }

    /** The filtered query's number found alone: no rows, facets or highlights. */
    long count(SearchRequest request) throws IOException {
        SolrQuery q = query.filtered(reader.guarded(request.query()), request);
        q.setRows(0);
        return calls.timed(q).getResults().getNumFound();
    }

    List<FacetValue> entities(String dim, String prefix, SearchRequest within, int size) throws IOException {
        if (!Schema.filterDims().contains(dim) && Schema.carriedName(dim) == null) {
            throw new BadRequestException("dim must be one of " + String.join(", ", Schema.filterDims()) + ", not '"
                    + dim + "'.");
        }
        SolrQuery q = query.filtered(reader.guarded(within.query(), Set.of()), within);
        q.setRows(0);
        // Every value named is a candidate (also one no article is about), with both counts, as embedded.
        boolean entity = Schema.entityDims().contains(dim);
        q.setFacet(true).setFacetMinCount(1).setFacetLimit(-1).addFacetField(dim);
        if (entity) q.addFacetField(Schema.aboutDim(dim));
        QueryResponse r = calls.timed(q);
        return SolrFacets.lookup(r.getFacetField(dim), entity ? r.getFacetField(Schema.aboutDim(dim)) : null, dim,
                SolrSearchQuery.mentions(within), prefix, size);
    }

    /**
     * One request for all the values: a facet query per value on the term a filter reads (the value passed as a
     * parameter, so no character of it needs escaping). A shard that cannot answer makes no claim.
     */
    List<String> unheld(String dim, List<String> values) throws IOException {
        if (values.isEmpty()) return List.of();
        String field = MentionScope.ALL.facetDim(dim);
        SolrQuery q = new SolrQuery("*:*").setRows(0).setFacet(true);
        q.set("shards.tolerant", "true");
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            keys.add("{!term f=" + field + " v=$value" + i + "}");
            q.addFacetQuery(keys.getLast());
            q.set("value" + i, values.get(i));
        }
        QueryResponse r = calls.query(q);
        if (SolrCalls.partial(r)) return List.of();
        Map<String, Integer> counts = r.getFacetQuery() == null ? Map.of() : r.getFacetQuery();
        List<String> unheld = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (counts.getOrDefault(keys.get(i), 0) == 0) unheld.add(values.get(i));
        }
        return unheld;
    }
}
