package news.dispatch.search;

import java.io.IOException;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.search.Query;

import news.dispatch.search.SearchResponse.FacetValue;

/**
 * Facet values whose name has a word starting with a prefix, case- and accent-insensitively ("mac" finds Emmanuel
 * Macron), counted within a result set: the autocomplete of the facet filter boxes.
 */
public final class EntityLookup {
    private EntityLookup() {
    }

    /** Values of {@code dim} counted in the {@code mentions} mode, each with its about and mention counts. */
    static List<FacetValue> find(FacetedSearcher searcher, Query within, String dim, Mentions mentions, String prefix,
                                 int size) throws IOException {
        FacetsCollector collected = searcher.search(within, new FacetsCollectorManager());
        var counts = new SortedSetDocValuesFacetCounts(searcher.facetState, collected);
        FacetResult all = facetResultOrNone(counts, mentions.facetDim(dim));
        if (all == null) return List.of();
        String wanted = fold(prefix);
        List<FacetValue> found = new java.util.ArrayList<>();
        for (var lv : java.util.Arrays.stream(all.labelValues)
                .filter(lv -> wanted.isEmpty() || startsAWord(fold(lv.label), wanted))
                .sorted(Comparator.comparingInt((org.apache.lucene.facet.LabelAndValue lv) -> -lv.value.intValue())
                        .thenComparing(lv -> lv.label))
                .limit(size).toList()) {
            found.add(EntityFacets.withBothCounts(counts, dim, EntityFacets.value(dim, lv.label, lv.value.intValue(), null),
                    searcher.knowsAbout));
        }
        return found;
    }

    /** A dimension no article has (the about set of an index without entities) has no values, not an error. */
    private static FacetResult facetResultOrNone(SortedSetDocValuesFacetCounts counts, String dim) throws IOException {
        try {
            return counts.getAllChildren(dim);
        } catch (IllegalArgumentException unknownDim) {
            return null;
        }
    }

    /** Whether a word of {@code name} (folded) starts with {@code prefix} (folded). */
    public static boolean startsAWord(String name, String prefix) {
        if (name.startsWith(prefix)) return true;
        for (int i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1)) {
            if (name.startsWith(prefix, i + 1)) return true;
        }
        return false;
    }

    public static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
    }
}
