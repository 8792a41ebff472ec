package news.dispatch.search;

import java.io.IOException;

import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;

/**
 * A request's query as one reader generation runs it: read by the generation's analysis chains, refused when it
 * would expand too far, then in its cheapest equal form on that generation with the request's filters.
 */
final class RequestDrillDown {
    private final FacetsConfig config;

    RequestDrillDown(FacetsConfig config) {
        this.config = config;
    }

    /** The query text read by this generation's chains, refused before searching when it expands too far. */
    static ReadQuery read(FacetedSearcher searcher, QueryLanguage language, String query) throws IOException {
        ReadQuery read = language.reader().read(query, searcher.chains, searcher.carried);
        ExpansionGuard.check(read.query(), searcher.getIndexReader());
        return read;
    }

    /** The request's query read and filtered, in the mentions mode the request asks for. */
    DrillDownQuery of(FacetedSearcher searcher, QueryLanguage language, SearchRequest request) throws IOException {
        return of(searcher, read(searcher, language, request.query()), request, searcher.mentions(request));
    }

    /** The query to run: the read query (in its cheapest equal form on this generation) with the filters. */
    DrillDownQuery of(FacetedSearcher searcher, ReadQuery read, SearchRequest request, MentionScope mentions)
            throws IOException {
        return FilteredQuery.of(config, searcher.chainFilters.executable(read.query()), request, mentions);
    }
}
