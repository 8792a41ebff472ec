package news.dispatch.search;

import java.util.Map;

/**
 * What the index holds.
 *
 * @param facetValues number of distinct values per facet dimension
 */
public record IndexStats(int articles, long indexBytes, String lastIndexed, Map<String, Integer> facetValues) {
}
