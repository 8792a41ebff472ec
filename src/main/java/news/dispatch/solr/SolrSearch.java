package news.dispatch.solr;

import static news.dispatch.solr.SolrStored.str;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.params.CursorMarkParams;

import news.dispatch.index.Schema;
import news.dispatch.search.BadRequestException;
import news.dispatch.search.Cursor;
import news.dispatch.search.DayRange;
import news.dispatch.search.MentionScope;
import news.dispatch.search.ReadQuery;
import news.dispatch.search.SearchRequest;
import news.dispatch.search.SearchResponse;
import news.dispatch.search.SearchResponse.Filters;
import news.dispatch.search.SearchResponse.Hit;

/**
 * A search: one page of hits, or of stories when collapsed, with its facets, the query as read and the cursor to
 * the next page. Deep paging is Solr's {@code cursorMark}; numbered pages reach {@link #MAX_PAGE_DEPTH} hits.
 */
final class SolrSearch {
    static final int MAX_PAGE_DEPTH = 10_000;

    private final SolrQueryReader reader;
    private final SolrSearchQuery query;
    private final SolrSearchFacets facets;
    private final SolrCalls calls;

    SolrSearch(SolrQueryReader reader, SolrSearchQuery query, SolrSearchFacets facets, SolrCalls calls) {
        this.reader = reader;
        this.query = query;
        this.facets = facets;
        this.calls = calls;
    }

    SearchResponse search(SearchRequest request) throws IOException {
        long started = System.nanoTime();
        // Read by every chain of the collection for the notes (a Cyrillic word's Latin spelling); Solr parses the text.
        ReadQuery read = reader.guarded(request.query());
        if (request.collapse()) return collapsed(read, request, started);
        SolrQuery q = query.filtered(read, request);
        int offset = request.cursor() == null ? (request.page() - 1) * request.size() : 0;
        if (offset + request.size() > MAX_PAGE_DEPTH) {
            throw new BadRequestException("Pages reach only the first " + MAX_PAGE_DEPTH
                    + " hits; go further with the cursor (next_cursor).");
        }
        SolrCursor cursor = request.cursor() == null ? null : SolrCursor.decode(request.sort(), request.cursor());
        q.setRows(request.size());
        SolrSearchQuery.hitFields(q);
        SolrSearchQuery.sort(q, request.sort());
        // Page 1 starts a cursor; later numbered pages use start, and their next_cursor is made from their last hit.
        if (cursor != null) {
            q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor.mark());
        } else if (offset == 0) {
            q.set(CursorMarkParams.CURSOR_MARK_PARAM, CursorMarkParams.CURSOR_MARK_START);
        } else {
            q.setStart(offset);
        }
        MentionScope mentions = SolrSearchQuery.mentions(request);
        facets.ask(q, request, mentions);
        SolrHighlights.ask(q);
        QueryResponse r = calls.timed(q);

        long total = r.getResults().getNumFound();
        List<Hit> hits = SolrHits.of(r, r.getResults());
        long seen = (cursor == null ? offset : cursor.seen()) + hits.size();
        String next = seen < total && !hits.isEmpty()
                ? new SolrCursor(request.sort(), seen, SolrHits.nextMark(r, request.sort())).encode() : null;
        return answered(read, request, mentions, r, started).total(total).hits(hits).nextCursor(next)
                .partial(SolrCalls.partial(r)).build();
    }

    /**
     * One hit per story ({@link SolrStoryCollapse}): totals count articles, {@code stories} counts stories, each hit
     * is a story's leading article with its other matching articles, and the cursor counts the stories shown.
     */
    private SearchResponse collapsed(ReadQuery read, SearchRequest request, long started) throws IOException {
        int offset = request.cursor() == null ? (request.page() - 1) * request.size()
                : Cursor.decodeStories(request.sort(), request.cursor());
        if ((long) offset + request.size() > MAX_PAGE_DEPTH) {
            throw new BadRequestException("Pages reach only the first " + MAX_PAGE_DEPTH
                    + " stories; narrow the search, or page through articles with collapse=false and the cursor.");
        }
        SolrQuery q = query.filtered(read, request);
        q.setStart(offset).setRows(request.size());
        SolrSearchQuery.hitFields(q);
        q.addField(Schema.STORY);
        SolrSearchQuery.sort(q, request.sort());
        MentionScope mentions = SolrSearchQuery.mentions(request);
        facets.ask(q, request, mentions);
        SolrHighlights.ask(q);
        SolrStoryCollapse.group(q, 1);
        QueryResponse r = calls.timed(q);

        List<SolrStoryCollapse.Card> page = SolrStoryCollapse.cards(r);
        Map<String, String> leaderByStory = new LinkedHashMap<>();
        for (SolrStoryCollapse.Card c : page) {
            leaderByStory.put(str(c.leader(), Schema.STORY), str(c.leader(), Schema.ID));
        }
        Map<String, List<SearchResponse.StoryArticle>> others = Map.of();
        boolean partial = SolrCalls.partial(r);
        if (!page.isEmpty()) {
            SolrQuery second = query.filtered(read, request);
            SolrSearchQuery.sort(second, request.sort());
            QueryResponse listed = calls.timed(SolrStoryCollapse.others(second, List.copyOf(leaderByStory.keySet())));
            others = SolrStoryCollapse.others(listed, leaderByStory);
            partial |= SolrCalls.partial(listed);
        }
        List<Hit> hits = SolrHits.of(r, page.stream().map(SolrStoryCollapse.Card::leader).toList());
        List<Hit> cards = new ArrayList<>(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            cards.add(hits.get(i).asStory((int) page.get(i).matching() - 1,
                    others.getOrDefault(hits.get(i).story(), List.of())));
        }
        long stories = SolrStoryCollapse.stories(r);
        String next = offset + cards.size() < stories && !cards.isEmpty()
                ? Cursor.encodeStories(request.sort(), offset + cards.size()) : null;
        return answered(read, request, mentions, r, started).total(SolrStoryCollapse.articles(r)).hits(cards)
                .nextCursor(next).partial(partial).stories(stories).build();
    }

    /** What a plain and a collapsed search answer alike: the query as read, its filters, facets, page and time. */
    private SearchResponse.Builder answered(ReadQuery read, SearchRequest request, MentionScope mentions,
                                            QueryResponse r, long started) throws IOException {
        return SearchResponse.builder()
                .tookMs((System.nanoTime() - started) / 1_000_000)
                .query(read.query().toString())
                .warnings(read.warnings())
                .aliases(read.aliases())
                .filters(filters(request, mentions))
                .facets(facets.read(r, read, request, mentions))
                .page(request.cursor() == null ? request.page() : 0).size(request.size());
    }

    /** The filters applied, echoed back. */
    private static Filters filters(SearchRequest request, MentionScope mentions) {
        return new Filters(request.persons(), request.countries(), DayRange.text(request.from()),
                DayRange.text(request.to()), request.entities(), mentions);
    }
}
