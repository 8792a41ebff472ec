package news.dispatch.solr;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;

import news.dispatch.index.Schema;
import news.dispatch.search.Timeline;
import news.dispatch.search.TimelineCounter;

/** Each series' articles per day and every article's, by the day facet, gathered into periods as embedded. */
final class SolrTimeline {
    private final SolrQueryReader reader;
    private final SolrSearchQuery query;
    private final SolrCalls calls;

    SolrTimeline(SolrQueryReader reader, SolrSearchQuery query, SolrCalls calls) {
        this.reader = reader;
        this.query = query;
        this.calls = calls;
    }

    Timeline of(List<Timeline.Wanted> series, Timeline.Interval interval, LocalDate from, LocalDate to)
            throws IOException {
        long started = System.nanoTime();
        List<TreeMap<String, Long>> perSeries = new ArrayList<>();
        for (Timeline.Wanted w : series) {
            perSeries.add(days(query.filtered(reader.guarded(w.request().query()), w.request())));
        }
        return TimelineCounter.build(series, perSeries, days(new SolrQuery("*:*")), interval, from, to, started);
    }

    /** The articles per day a query selects, within the time budget. */
    private TreeMap<String, Long> days(SolrQuery q) throws IOException {
        q.setRows(0);
        q.set("shards.tolerant", "true");
        q.setFacet(true).setFacetMinCount(1).addFacetField(Schema.DAY_DIM);
        q.set("f." + Schema.DAY_DIM + ".facet.limit", -1);
        QueryResponse r = calls.timed(q);
        Map<String, Long> counted = new LinkedHashMap<>();
        FacetField f = r.getFacetField(Schema.DAY_DIM);
        if (f != null && f.getValues() != null) f.getValues().forEach(c -> counted.put(c.getName(), c.getCount()));
        return TimelineCounter.days(counted);
    }
}
