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

    /**
     * Values of {@code dim} named in the articles {@code within} selects, counted in the {@code mentions} mode, each
     * with its about and mention counts. Every value named is a candidate, also one no article is about, so a reader
     * looking for a name finds it and sees why it counts 0 ("0 about · 2 mention"); the mode's count orders them.
     */
    static List<FacetValue> find(FacetedSearcher searcher, Query within, String dim, MentionScope mentions, String prefix,
                                 int size) throws IOException {
        FacetsCollector collected = searcher.search(within, new FacetsCollectorManager());
        var counts = new SortedSetDocValuesFacetCounts(searcher.facetState, collected);
        FacetResult all = facetResultOrNone(counts, dim);
        if (all == null) return List.of();
        String wanted = fold(prefix);
        List<FacetValue> found = new java.util.ArrayList<>();
        for (var lv : all.labelValues) {
            if (!wanted.isEmpty() && !startsAWord(fold(lv.label), wanted)) continue;
            // Only entities have an about set: a language or an outlet is counted once, as the article has it.
            FacetValue v = EntityFacets.withBothCounts(counts, dim, EntityFacets.value(dim, lv.label, lv.value.intValue(),
                    null), dim, searcher.knowsAbout && news.dispatch.index.Schema.entityDims().contains(dim));
            int count = mentions == MentionScope.ABOUT && v.aboutCount() != null ? v.aboutCount() : v.count();
            found.add(new FacetValue(v.value(), v.code(), count, null, null, v.aboutCount(), v.mentionCount()));
        }
        return found.stream()
                .sorted(Comparator.comparingInt(FacetValue::count).reversed()
                        .thenComparing(Comparator.comparingInt(FacetValue::mentionCount).reversed())
                        .thenComparing(FacetValue::value))
                .limit(size).toList();
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
