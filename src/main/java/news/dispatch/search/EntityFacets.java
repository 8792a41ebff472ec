package news.dispatch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;

import news.dispatch.entity.organization.OrganizationGazetteer;
import news.dispatch.entity.place.CountryCodes;
import news.dispatch.index.Schema;
import news.dispatch.search.SearchResponse.FacetValue;

/** The top values of an entity dimension; selected and excluded values always listed, and marked. */
public final class EntityFacets {
    private EntityFacets() {
    }

    /**
     * Every entity dimension of the schema, each with its filter's values marked: the top values of the dimension
     * {@code mentions} reads, each with both counts when {@code knowsAbout} (the index has the about set).
     */
    static Map<String, List<FacetValue>> all(Facets facets, int n, SearchRequest request, MentionScope mentions,
                                             boolean knowsAbout) throws IOException {
        Map<String, List<FacetValue>> byDim = new LinkedHashMap<>();
        for (String dim : Schema.entityDims()) {
            EntityFilter filter = request.filter(dim);
            List<FacetValue> values = new ArrayList<>();
            String counted = mentions.facetDim(dim);
            for (FacetValue v : top(facets, counted, n, filter.values())) {
                values.add(withBothCounts(facets, dim, v, counted, knowsAbout));
            }
            for (String x : filter.excluded()) {
                if (!filter.values().contains(x)) values.add(new FacetValue(x, value(dim, x, 0, null).code(), 0, false, true));
            }
            byDim.put(dim, values);
        }
        // Languages: one per article, so one count; listed after the entities.
        byDim.put(Schema.LANGUAGES_DIM, top(facets, Schema.LANGUAGES_DIM, n,
                request.filter(Schema.LANGUAGES_DIM).values()));
        // Outlets: one per article too, as the input names them.
        byDim.put(Schema.SOURCES_DIM, plain(facets, Schema.SOURCES_DIM, n, request));
        return byDim;
    }

    /**
     * The values of each carried field that is a facet ({@link IndexField#facet}), by its name, each marked as the
     * request's filter on it ({@code meta.bias=left}) selects or excludes it.
     */
    static Map<String, List<FacetValue>> carried(Facets facets, int n, SearchRequest request, List<IndexField> fields)
            throws IOException {
        Map<String, List<FacetValue>> byName = new LinkedHashMap<>();
        for (IndexField field : fields) {
            if (field.facet()) byName.put(field.name(), plain(facets, field.dim(), n, request));
        }
        return byName;
    }

    /** A dimension of plain values (no about set): its top values, then the excluded ones, listed to be taken back. */
    private static List<FacetValue> plain(Facets facets, String dim, int n, SearchRequest request) throws IOException {
        EntityFilter filter = request.filter(dim);
        List<FacetValue> values = top(facets, dim, n, filter.values());
        for (String x : filter.excluded()) {
            if (!filter.values().contains(x)) values.add(new FacetValue(x, null, 0, false, true));
        }
        return values;
    }

    /**
     * The value with its about and mention counts (the mention count alone when the index has no about set).
     * {@code v}'s count was read from {@code counted} (the dimension or its about set) by these same facets: that one
     * is not looked up again. Why: each lookup is a binary search over the facet labels, and a search asked two per
     * listed value (about 4 % of a collapsed search's CPU on Reuters, issue 29); one is enough: collapsed 1.086x ->
     * 1.075x plain thread CPU, Dispatch 1.047x -> 1.038x (five interleaved pairs, same answers).
     */
    static FacetValue withBothCounts(Facets facets, String dim, FacetValue v, String counted, boolean knowsAbout)
            throws IOException {
        String about = Schema.aboutDim(dim);
        int mentioning = counted.equals(dim) ? v.count() : count(specificOrNone(facets, dim, v.value()));
        Integer aboutCount = !knowsAbout ? null
                : counted.equals(about) ? v.count() : count(specificOrNone(facets, about, v.value()));
        return v.withCounts(aboutCount, mentioning);
    }

    private static int count(Number n) {
        return n == null ? 0 : Math.max(0, n.intValue());
    }

    static List<FacetValue> top(Facets facets, String dim, int n, List<String> selected) throws IOException {
        List<FacetValue> values = new ArrayList<>();
        Set<String> listed = new LinkedHashSet<>();
        FacetResult top = n > 0 ? topOrNone(facets, n, dim) : null;
        if (top != null) {
            for (LabelAndValue lv : top.labelValues) {
                values.add(value(dim, lv.label, lv.value.intValue(), selected.contains(lv.label)));
                listed.add(lv.label);
            }
        }
        for (String s : selected) {
            if (listed.contains(s)) continue;
            Number count = specificOrNone(facets, dim, s);
            values.add(value(dim, s, count == null ? 0 : Math.max(0, count.intValue()), true));
        }
        // Selected values first, so a reader sees what is applied without scrolling.
        values.sort((a, b) -> Boolean.compare(b.selected(), a.selected()));
        return values;
    }

    /** A dimension no article has yet (a new one, before re-indexing) has no values rather than an error. */
    private static FacetResult topOrNone(Facets facets, int n, String dim) throws IOException {
        try {
            return facets.getTopChildren(n, dim);
        } catch (IllegalArgumentException unknownDim) {
            return null;
        }
    }

    private static Number specificOrNone(Facets facets, String dim, String label) throws IOException {
        try {
            return facets.getSpecificValue(dim, label);
        } catch (IllegalArgumentException unknownDim) {
            return null;
        }
    }

    /**
     * A facet value with its {@code code}: a country's ISO code, and for a national body (an organization of
     * government-bodies.tsv) its country's, so the country is offered beside it without the filter being the country's.
     */
    public static FacetValue value(String dim, String label, int count, Boolean selected) {
        boolean country = dim.equals(Schema.COUNTRIES_DIM) || dim.equals(Schema.aboutDim(Schema.COUNTRIES_DIM));
        boolean organization = dim.equals(Schema.ORGANIZATIONS_DIM)
                || dim.equals(Schema.aboutDim(Schema.ORGANIZATIONS_DIM));
        String code = country ? CountryCodes.codeOf(label).orElse(null)
                : organization ? OrganizationGazetteer.standard().countryOf(label).orElse(null) : null;
        return new FacetValue(label, code, count, selected);
    }
}
