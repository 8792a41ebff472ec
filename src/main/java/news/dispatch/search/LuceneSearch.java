package news.dispatch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;

import news.dispatch.index.Schema;
import news.dispatch.search.SearchResponse.Facets;
import news.dispatch.search.SearchResponse.Filters;
import news.dispatch.search.SearchResponse.Hit;

/**
 * A search: one page of hits, or of stories when collapsed, with its drill-sideways facets, the query as read and the
 * cursor to the next page, on one generation within the time budget. Numbered pages reach
 * {@link #EXACT_TOTAL_UP_TO} hits; the cursor goes further.
 */
final class LuceneSearch {
    /** Totals are exact up to here, then a lower bound: counting every match of a broad query costs time. */
    static final int EXACT_TOTAL_UP_TO = 10_000;

    private final SearcherLease lease;
    private final RequestDrillDown drillDown;
    private final FacetsConfig config;

    LuceneSearch(SearcherLease lease, RequestDrillDown drillDown, FacetsConfig config) {
        this.lease = lease;
        this.drillDown = drillDown;
        this.config = config;
    }

    SearchResponse search(SearchRequest request) throws IOException {
        long started = System.nanoTime();
        return lease.withinBudget((searcher, language, scope) -> {
            ReadQuery read = RequestDrillDown.read(searcher, language, request.query());
            MentionScope mentions = searcher.mentions(request);
            DrillDownQuery ddq = drillDown.of(searcher, read, request, mentions);
            if (request.collapse()) return collapsed(searcher, language, read, ddq, request, mentions, started, scope);

            int offset = request.cursor() == null ? (request.page() - 1) * request.size() : 0;
            if (offset + request.size() > EXACT_TOTAL_UP_TO) {
                throw new BadRequestException("Pages reach only the first " + EXACT_TOTAL_UP_TO
                        + " hits; go further with the cursor (next_cursor).");
            }
            ScoreDoc after = request.cursor() == null ? null : Cursor.decode(request.sort(), request.cursor());
            // One hit more than the page shows tells whether there is a next page.
            var result = new TwinDrillSideways(searcher, config)
                    .search(ddq, collector(request.sort(), offset + request.size() + 1, after, EXACT_TOTAL_UP_TO));
            scope.check();
            TopDocs top = result.collectorResult;
            int end = Math.min(offset + request.size(), top.scoreDocs.length);
            ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(offset, end), end);

            List<Hit> hits = LuceneHits.of(searcher, language, read, page);
            scope.check();
            Facets facets = facets(searcher, result.facets, request, mentions);
            boolean more = top.scoreDocs.length > end;
            String next = more && page.length > 0 ? Cursor.encode(request.sort(), page[page.length - 1]) : null;
            return answer(searcher, read, request, mentions, started)
                    .total(top.totalHits.value())
                    .totalIsLowerBound(top.totalHits.relation() == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO)
                    .hits(hits).facets(facets).nextCursor(next).build();
        });
    }

    /** One hit per story: see {@link StoryCollapse}. Totals count articles, {@code stories} counts stories. */
    private SearchResponse collapsed(FacetedSearcher searcher, QueryLanguage language, ReadQuery read,
                                     DrillDownQuery ddq, SearchRequest request, MentionScope mentions, long started,
                                     SearchBudget.Scope scope)
            throws IOException {
        int offset = request.cursor() == null ? (request.page() - 1) * request.size()
                : Cursor.decodeStories(request.sort(), request.cursor());
        if ((long) offset + request.size() > EXACT_TOTAL_UP_TO) {
            throw new BadRequestException("Pages reach only the first " + EXACT_TOTAL_UP_TO
                    + " stories; narrow the search, or page through articles with collapse=false and the cursor.");
        }
        StoryCollapse.Page page = StoryCollapse.search(searcher, config, ddq, groupSort(searcher, request.sort()), offset,
                request.size());
        scope.check();
        ScoreDoc[] leaders = page.cards().stream().map(StoryCollapse.Card::leader).toArray(ScoreDoc[]::new);
        List<Hit> hits = LuceneHits.of(searcher, language, read, leaders);
        List<Hit> cards = new ArrayList<>(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            StoryCollapse.Card card = page.cards().get(i);
            cards.add(hits.get(i).asStory(card.matching() - 1, card.others()));
        }
        scope.check();
        Facets facets = facets(searcher, page.facets(), request, mentions);
        String next = page.more() ? Cursor.encodeStories(request.sort(), offset + cards.size()) : null;
        return answer(searcher, read, request, mentions, started)
                .total(page.articles()).hits(cards).facets(facets).nextCursor(next).stories((long) page.stories()).build();
    }

    /** What a plain and a collapsed answer share: how the query was read, the filters echoed, the page asked for. */
    private static SearchResponse.Builder answer(FacetedSearcher searcher, ReadQuery read, SearchRequest request,
                                                 MentionScope mentions, long started) {
        return SearchResponse.builder()
                .tookMs((System.nanoTime() - started) / 1_000_000)
                .query(read.query().toString())
                .warnings(withAboutWarning(read.warnings(), searcher, request))
                .aliases(read.aliases())
                .filters(new Filters(request.persons(), request.countries(), DayRange.text(request.from()),
                        DayRange.text(request.to()), request.entities(), mentions))
                .page(request.cursor() == null ? request.page() : 0)
                .size(request.size());
    }

    /** The entity, date and carried-field facets of a plain or a collapsed search, from the same counts. */
    private static Facets facets(FacetedSearcher searcher, org.apache.lucene.facet.Facets counted,
                                 SearchRequest request, MentionScope mentions) throws IOException {
        return new Facets(EntityFacets.all(counted, request.facets(), request, mentions, searcher.knowsAbout),
                DateHistogram.of(counted),
                EntityFacets.carried(counted, request.facets(), request, searcher.carriedFields()));
    }

    /**
     * The query's warnings, and one more when "about" was asked for explicitly of an index that does not have it:
     * the search then reads every mention (the echoed {@code filters.mentions} says so too).
     */
    private static List<String> withAboutWarning(List<String> warnings, FacetedSearcher searcher, SearchRequest request) {
        if (searcher.knowsAbout || request.mentions() != MentionScope.ABOUT) return warnings;
        List<String> more = new ArrayList<>(warnings);
        more.add("This index was written before articles carried what they are about: filters and counts are over "
                + "every mention. Index again (./dispatch index) to get the about set.");
        return more;
    }

    /**
     * Stories ranked by their best article in the request's order. Ties go by article id, not by document number:
     * wire copies share a date, and document numbers move with merges and re-extraction, so a story's leading
     * article (the one a feed entry and a card show) would change between two identical requests.
     */
    private static Sort groupSort(FacetedSearcher searcher, SearchRequest.Sort sort) {
        SortField byId = searcher.idOrder.sortField();
        if (sort == SearchRequest.Sort.RELEVANCE) return new Sort(SortField.FIELD_SCORE, byId);
        boolean newest = sort == SearchRequest.Sort.NEWEST;
        return new Sort(LongField.newSortField(Schema.DATE, newest, SortedNumericSelector.Type.MIN,
                newest ? Long.MIN_VALUE : Long.MAX_VALUE), byId);
    }

    /** The top {@code n} after {@code after} in the request's order; totals exact up to {@code countUpTo}. */
    static CollectorManager<?, ? extends TopDocs> collector(SearchRequest.Sort sort, int n, ScoreDoc after,
                                                            int countUpTo) {
        if (sort == SearchRequest.Sort.RELEVANCE) return new TopScoreDocCollectorManager(n, after, countUpTo);
        boolean newest = sort == SearchRequest.Sort.NEWEST;
        // Undated articles go last either way.
        SortField byDate = LongField.newSortField(Schema.DATE, newest, SortedNumericSelector.Type.MIN,
                newest ? Long.MIN_VALUE : Long.MAX_VALUE);
        return new TopFieldCollectorManager(new Sort(byDate, SortField.FIELD_DOC), n, (FieldDoc) after, countUpTo);
    }
}
