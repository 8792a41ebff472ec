package news.dispatch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.facet.FacetsConfig;

import news.dispatch.index.Schema;

/** Counts without hits: a search's number found, a dimension's values by prefix, the values no article holds. */
final class LuceneCounts {
    private final SearcherLease lease;
    private final RequestDrillDown drillDown;
    private final FacetsConfig config;

    LuceneCounts(SearcherLease lease, RequestDrillDown drillDown, FacetsConfig config) {
        this.lease = lease;
        this.drillDown = drillDown;
        this.config = config;
    }

    /**
     * Values of a person or country dimension with a word starting with {@code prefix}, counted among the articles
     * that {@code within}'s query and filters select (its paging and sort are ignored).
     */
    List<SearchResponse.FacetValue> entities(String dim, String prefix, SearchRequest within, int size)
            throws IOException {
        if (!Schema.filterDims().contains(dim) && Schema.carriedName(dim) == null) {
            throw new BadRequestException("dim must be one of " + String.join(", ", Schema.filterDims()) + ", not '" + dim + "'.");
        }
        return lease.withinBudget((searcher, language, scope) -> {
            ReadQuery read = RequestDrillDown.read(searcher, language, within.query());
            MentionScope mentions = searcher.mentions(within);
            var values = EntityLookup.find(searcher, drillDown.of(searcher, read, within, mentions), dim, mentions, prefix, size);
            scope.check();
            return values;
        });
    }

    /** Counted on the filtered query alone: no drill-sideways, facets, stored fields or highlights. */
    long count(SearchRequest request) throws IOException {
        return lease.withinBudget((searcher, language, scope) -> (long) searcher.count(drillDown.of(searcher, language, request)));
    }

    /** How many articles a query matches, without filters, facets or highlights: the alias tables' checks. */
    int count(String query) throws IOException {
        QueryLanguage language = lease.language();
        return lease.current(searcher -> searcher.count(searcher.chainFilters.executable(
                language.reader().read(query, searcher.chains, searcher.carried).query())));
    }

    /** The term a filter reads, counted per value: a term's document frequency where no article was deleted. */
    List<String> unheld(String dim, List<String> values) throws IOException {
        return lease.current(searcher -> {
            String facetDim = MentionScope.ALL.facetDim(dim);
            List<String> unheld = new ArrayList<>();
            for (String value : values) {
                if (searcher.count(FilteredQuery.valueQuery(config, facetDim, value)) == 0) unheld.add(value);
            }
            return unheld;
        });
    }
}
