package news.dispatch.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;

import news.dispatch.index.Schema;

/**
 * Drill sideways where an entity dimension and its about dimension are twins: the sideways counts of the one that is
 * filtered are also the counts of the other. So when "persons about X" is the filter, a person's "mentioned" count is
 * taken over the same articles as its "about" count (every filter but the persons one), and the two counts a value
 * shows answer the same question. Both dimensions share one facet field, so the counting pass is the one Lucene
 * makes anyway.
 */
public final class TwinDrillSideways extends DrillSideways {
    TwinDrillSideways(FacetedSearcher searcher, FacetsConfig config) {
        super(searcher, config, searcher.facetState);
    }

    /**
     * Over any searcher of the index and its facet state: the bench's "plain Lucene, same facets" baseline counts
     * the twins the same way, so its counts equal the answer's.
     */
    public TwinDrillSideways(IndexSearcher searcher, FacetsConfig config, SortedSetDocValuesReaderState state) {
        super(searcher, config, state);
    }

    @Override
    protected Facets buildFacetsResult(FacetsCollector drillDowns, FacetsCollector[] drillSideways,
                                       String[] drillSidewaysDims) throws IOException {
        Facets drillDownFacets = new SortedSetDocValuesFacetCounts(state, drillDowns);
        if (drillSideways == null || drillSideways.length == 0) return drillDownFacets;
        Map<String, Facets> sideways = new HashMap<>();
        for (int i = 0; i < drillSideways.length; i++) {
            Facets counts = new SortedSetDocValuesFacetCounts(state, drillSideways[i]);
            sideways.put(drillSidewaysDims[i], counts);
            String twin = Schema.twinDim(drillSidewaysDims[i]);
            if (twin != null) sideways.putIfAbsent(twin, counts);
        }
        return new MultiFacets(sideways, drillDownFacets);
    }
}
