package news.dispatch.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import news.dispatch.index.Schema;
import news.dispatch.search.BadRequestException;
import news.dispatch.search.MentionScope;
import news.dispatch.search.NewsSearcher;
import news.dispatch.search.QueryLimits;
import news.dispatch.search.SearchRequest;
import news.dispatch.search.SearchResponse;

/**
 * Why a filtered search found nothing, when the reason is a value no article holds: filters match the canonical
 * name exactly, so {@code country=russia} or {@code language=english} found nothing and said nothing. Asked only of
 * searches that found nothing, so a search with results costs no extra lookup.
 */
final class UnmatchedFilterValues {
    private static final int SUGGESTIONS = 3;

    private UnmatchedFilterValues() {
    }

    /** One sentence per wanted value that no article of the index holds, with the values it may have meant. */
    static List<String> warnings(NewsSearcher searcher, SearchRequest request) throws IOException {
        List<String> warnings = new ArrayList<>();
        SearchRequest everything = SearchRequest.of("").withMentions(MentionScope.ALL);
        for (String dim : Schema.filterDims()) {
            for (String value : request.filter(dim).values()) {
                // At most as many lookups as an answer shows warnings: 50 values of a dimension cost no more.
                if (warnings.size() == QueryLimits.MAX_WARNINGS) return warnings;
                List<SearchResponse.FacetValue> near;
                try {
                    near = searcher.entities(dim, value, everything, SUGGESTIONS);
                } catch (BadRequestException e) {
                    continue; // a backend that cannot list this dimension's values: no claim either way
                }
                if (near.stream().anyMatch(v -> v.value().equals(value))) continue;
                String param = Schema.storedField(dim);
                String sentence = "No article has the " + param + " '" + value + "': values are written as /api/entities?dim="
                        + dim + " lists them";
                List<String> meant = near.stream().map(SearchResponse.FacetValue::value)
                        .filter(v -> v.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT))).toList();
                warnings.add(meant.isEmpty() ? sentence + "." : sentence + "; did you mean '" + String.join("', '", meant) + "'?");
            }
        }
        return warnings;
    }
}
