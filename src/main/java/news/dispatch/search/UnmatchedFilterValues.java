package news.dispatch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import news.dispatch.index.Schema;

/**
 * Why a filtered search found nothing, when the reason is a value no article holds: filters match the canonical
 * name exactly, so {@code country=russia} or {@code language=english} found nothing and said nothing. The one place
 * every surface (the API's search, timeline, exports and feeds, the command line) asks, so each says the same
 * sentence on every backend. Asked only of searches that found nothing, so a search with results costs no extra
 * lookup; where the matches are not at hand (an export) the values are looked up first, one term each, and the
 * search counted only when one of them is held by no article.
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
        List<String> unmatched = sentences(searcher, unheld(searcher, request));
        if (unmatched.isEmpty()) return response;
        List<String> all = new ArrayList<>(response.warnings());
        all.addAll(unmatched);
        return response.withWarnings(all);
    }

    /**
     * The warnings of a request whose matches are not at hand, as an export's before its first row is written: a
     * lookup of each value it filters by, then, only when one is held by no article, a count of its matches (a value
     * no article holds may stand beside one that matches: {@code country=russia&country=Russia}).
     */
    public static List<String> warnings(NewsSearcher searcher, SearchRequest request) throws IOException {
        Map<String, List<String>> unheld = unheld(searcher, request);
        if (unheld.isEmpty() || searcher.count(request) != 0) return List.of();
        return sentences(searcher, unheld);
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
            for (String w : sentences(searcher, unheld(searcher, wanted.get(i).request()))) warnings.add(in + w);
        }
        return warnings;
    }

    /** The wanted values no article of the index holds, by dimension: one lookup per value, nothing counted. */
    private static Map<String, List<String>> unheld(NewsSearcher searcher, SearchRequest request) throws IOException {
        Map<String, List<String>> unheld = new LinkedHashMap<>();
        for (String dim : Schema.filterDims()) {
            List<String> values = request.filter(dim).values();
            if (values.isEmpty()) continue;
            List<String> none = searcher.unheld(dim, values);
            if (!none.isEmpty()) unheld.put(dim, none);
        }
        return unheld;
    }

    /** One sentence per value no article holds, with the values it may have meant. */
    private static List<String> sentences(NewsSearcher searcher, Map<String, List<String>> unheld) throws IOException {
        List<String> warnings = new ArrayList<>();
        SearchRequest everything = SearchRequest.of("").withMentions(MentionScope.ALL);
        for (Map.Entry<String, List<String>> e : unheld.entrySet()) {
            for (String value : e.getValue()) {
                // At most as many suggestion lists as an answer shows warnings: 50 values of a dimension cost no more.
                if (warnings.size() == QueryLimits.MAX_WARNINGS) return warnings;
                List<SearchResponse.FacetValue> near;
                try {
                    near = searcher.entities(e.getKey(), value, everything, SUGGESTIONS);
                } catch (BadRequestException cannotList) {
                    near = List.of(); // a backend that cannot list this dimension's values: no suggestion
                }
                warnings.add(sentence(e.getKey(), value, near));
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
