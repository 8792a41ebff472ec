package news.dispatch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;

import news.dispatch.entity.CountryCodes;
import news.dispatch.index.Schema;
import news.dispatch.search.SearchResponse.FacetValue;

/** The top values of a person or country dimension; selected values always listed, and marked. */
public final class EntityFacets {
    private EntityFacets() {
    }

    static List<FacetValue> top(Facets facets, String dim, int n, List<String> selected) throws IOException {
        List<FacetValue> values = new ArrayList<>();
        Set<String> listed = new LinkedHashSet<>();
        FacetResult top = n > 0 ? facets.getTopChildren(n, dim) : null;
        if (top != null) {
            for (LabelAndValue lv : top.labelValues) {
                values.add(value(dim, lv.label, lv.value.intValue(), selected.contains(lv.label)));
                listed.add(lv.label);
            }
        }
        for (String s : selected) {
            if (listed.contains(s)) continue;
            Number count = facets.getSpecificValue(dim, s);
            values.add(value(dim, s, count == null ? 0 : Math.max(0, count.intValue()), true));
        }
        // Selected values first, so a reader sees what is applied without scrolling.
        values.sort((a, b) -> Boolean.compare(b.selected(), a.selected()));
        return values;
    }

    public static FacetValue value(String dim, String label, int count, Boolean selected) {
        String code = dim.equals(Schema.COUNTRIES_DIM) ? CountryCodes.codeOf(label).orElse(null) : null;
        return new FacetValue(label, code, count, selected);
    }
}
