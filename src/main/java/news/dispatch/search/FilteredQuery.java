package news.dispatch.search;

import java.time.LocalDate;
import java.util.Map;

import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import news.dispatch.index.Schema;

/**
 * A request's query and filters as one drill-down query. Dimensions matched with "any of" and the date range are
 * drill-down dimensions, so DrillSideways counts their values as if their own filter were not applied; "all of"
 * values and exclusions are part of the base query, so every count is within them.
 */
final class FilteredQuery {
    private FilteredQuery() {
    }

    /** {@code mentions} picks the facet dimension every entity filter reads: the about set or every mention. */
    static DrillDownQuery of(FacetsConfig config, Query query, SearchRequest request, MentionScope mentions) {
        BooleanQuery.Builder base = new BooleanQuery.Builder().add(query, Occur.MUST);
        boolean constrained = false;
        for (Map.Entry<String, EntityFilter> e : request.entities().entrySet()) {
            String dim = mentions.facetDim(e.getKey());
            EntityFilter filter = e.getValue();
            if (!filter.sideways()) {
                for (String v : filter.values()) base.add(valueQuery(config, dim, v), Occur.FILTER);
                constrained |= !filter.values().isEmpty();
            }
            for (String v : filter.excluded()) base.add(valueQuery(config, dim, v), Occur.MUST_NOT);
            constrained |= !filter.excluded().isEmpty();
        }
        DrillDownQuery ddq = new DrillDownQuery(config, constrained ? base.build() : query);
        request.entities().forEach((dim, filter) -> {
            // One add per value: several values in one add would be a path in a hierarchy, not alternatives.
            if (filter.sideways()) filter.values().forEach(v -> ddq.add(mentions.facetDim(dim), v));
        });
        if (request.from() != null || request.to() != null) {
            // The date range is the day dimension's drill-down: the histogram counts around the selection.
            ddq.add(Schema.DAY_DIM, dateRange(request.from(), request.to()));
        }
        return ddq;
    }

    /** Articles naming a value of a facet dimension (the term the facet field indexes for drill-down). */
    static Query valueQuery(FacetsConfig config, String dim, String value) {
        return new TermQuery(DrillDownQuery.term(config.getDimConfig(dim).indexFieldName, dim, value));
    }

    static Query dateRange(LocalDate from, LocalDate to) {
        return LongField.newRangeQuery(Schema.DATE, DayRange.startOf(from), DayRange.endOf(to));
    }
}
