package news.dispatch.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.Query;

/** Each series' articles per period and every article's, counted on one generation within the time budget. */
final class LuceneTimeline {
    private final SearcherLease lease;
    private final RequestDrillDown drillDown;

    LuceneTimeline(SearcherLease lease, RequestDrillDown drillDown) {
        this.lease = lease;
        this.drillDown = drillDown;
    }

    Timeline of(List<Timeline.Wanted> series, Timeline.Interval interval, LocalDate from, LocalDate to)
            throws IOException {
        long started = System.nanoTime();
        return lease.withinBudget((searcher, language, scope) -> {
            List<Query> queries = new ArrayList<>();
            for (Timeline.Wanted w : series) queries.add(drillDown.of(searcher, language, w.request()));
            Timeline timeline = TimelineCounter.build(searcher, series, queries, interval, from, to, started);
            scope.check();
            return timeline;
        });
    }
}
