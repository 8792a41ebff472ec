package news.dispatch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import news.dispatch.index.Schema;

/**
 * Why a filtered search found nothing, when the reason is a value no article holds: filters match the canonical
 * name exactly, so {@code country=russia} or {@code language=english} found nothing and said nothing. The one place
 * every surface (the API's search, timeline, exports and feeds, the command line) asks, so each says the same
 * sentence on every backend. Asked only of searches that found nothing, so a search with results costs no extra
 * lookup.
 */
public final class UnmatchedFilterValues {
    private static final int SUGGESTIONS = 3;

    private UnmatchedFilterValues() {
    }

    /**
     * The response with a warning added for each wanted value no article holds, when it found nothing (capped at
     * {@link QueryLimits#MAX_WARNINGS} by the caller, which may add warnings of its own).
     */
    public static SearchResponse warned(NewsSearcher searcher, SearchRequest request, SearchResponse response)
            throws IOException {
        if (response.total() != 0) return response;
        List<String> unmatched = unmatched(searcher, request);
        if (unmatched.isEmpty()) return response;
        List<String> all = new ArrayList<>(response.warnings());
        all.addAll(unmatched);
        return response.withWarnings(all);
    }

    /**
     * The warnings of a request whose matches are not at hand, as an export's before its first row is written: a
     * count of its matches (only when it filters by a value at all), then the lookups if it found nothing.
     */
    public static List<String> warnings(NewsSearcher searcher, SearchRequest request) throws IOException {
        boolean filtered = Schema.filterDims().stream().anyMatch(dim -> !request.filter(dim).values().isEmpty());
        if (!filtered) return List.of();
        SearchResponse count = searcher.search(request.withPaging(request.sort(), 1, 1, 0));
        return count.total() == 0 ? unmatched(searcher, request) : List.of();
    }

    /**
     * The warnings of each series of a timeline that counted nothing, named by its label when there are several
     * (series are in the order asked, as {@code timeline}'s are).
     */
    public static List<String> warnings(NewsSearcher searcher, List<Timeline.Wanted> wanted, Timeline timeline)
            throws IOException {
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < wanted.size() && i < timeline.series().size(); i++) {
            if (timeline.series().get(i).total() != 0) continue;
            String in = wanted.size() > 1 ? "In the series '" + wanted.get(i).label() + "': " : "";
            for (String w : unmatched(searcher, wanted.get(i).request())) warnings.add(in + w);
        }
        return warnings;
    }

    /** One sentence per wanted value that no article of the index holds, with the values it may have meant. */
    private static List<String> unmatched(NewsSearcher searcher, SearchRequest request) throws IOException {
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
                warnings.add(sentence(dim, value, near));
            }
        }
        return warnings;
    }

    // Says how values are written without naming a surface: the API and the command line list them differently.
    private static String sentence(String dim, String value, List<SearchResponse.FacetValue> near) {
        String sentence = "No article has the " + Schema.storedField(dim) + " '" + value
                + "': a filter matches a value exactly as the entities of '" + dim + "' list it";
        List<String> meant = near.stream().map(SearchResponse.FacetValue::value)
                .filter(v -> v.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT))).toList();
        return meant.isEmpty() ? sentence + "." : sentence + "; did you mean '" + String.join("', '", meant) + "'?";
    }
}
