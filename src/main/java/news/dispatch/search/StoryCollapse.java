package news.dispatch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TotalHitCountCollector;
import org.apache.lucene.search.grouping.AllGroupsCollector;
import org.apache.lucene.search.grouping.FirstPassGroupingCollector;
import org.apache.lucene.search.grouping.GroupDocs;
import org.apache.lucene.search.grouping.SearchGroup;
import org.apache.lucene.search.grouping.TopGroups;
import org.apache.lucene.search.grouping.TopGroupsCollector;
import org.apache.lucene.util.BytesRef;

import news.dispatch.index.Schema;

/**
 * A page of stories instead of articles (lucene-grouping): the first pass ranks stories by their best article in the
 * request's order and counts stories and articles, beside the drill-sideways facets; the second pass fetches, for
 * the page's stories only, their other matching articles. Facet counts stay counts of articles.
 */
final class StoryCollapse {
    /** Other articles listed under a card; the count says how many there are in all. */
    static final int MAX_SIMILAR = 20;

    /** One story on the page: its leading article, and the others that match, best first. */
    record Card(ScoreDoc leader, int matching, List<SearchResponse.StoryArticle> others) {
    }

    record Page(List<Card> cards, long articles, int stories, boolean more, Facets facets) {
    }

    private StoryCollapse() {
    }

    static Page search(FacetedSearcher searcher, FacetsConfig config, DrillDownQuery query, Sort sort, int offset,
                       int size) throws IOException {
        var result = new TwinDrillSideways(searcher, config).search(query, new FirstPass(sort,
                offset + size + 1));
        FirstPass.Collected first = result.collectorResult;
        Collection<SearchGroup<BytesRef>> groups = first.groups.getTopGroups(offset);
        List<Card> cards = new ArrayList<>();
        boolean more = false;
        if (groups != null && !groups.isEmpty()) {
            List<SearchGroup<BytesRef>> page = new ArrayList<>(groups);
            more = page.size() > size;
            if (more) page = page.subList(0, size);
            StorySelector selector = new StorySelector();
            selector.setGroups(page);
            var second = new TopGroupsCollector<>(selector, page, sort, sort, MAX_SIMILAR + 1, false);
            TopGroups<BytesRef> top = searcher.search(query, new SingleCollectorManager<>(second)).getTopGroups(0);
            var fields = searcher.storedFields();
            for (GroupDocs<BytesRef> g : top.groups) {
                if (g.scoreDocs().length == 0) continue;
                List<SearchResponse.StoryArticle> others = new ArrayList<>();
                for (int i = 1; i < g.scoreDocs().length && others.size() < MAX_SIMILAR; i++) {
                    Document d = fields.document(g.scoreDocs()[i].doc, StoryArticleFields.FIELDS);
                    others.add(StoryArticleFields.of(d));
                }
                cards.add(new Card(g.scoreDocs()[0], (int) g.totalHits().value(), others));
            }
        }
        return new Page(cards, first.total.getTotalHits(), first.stories.getGroupCount(), more, result.facets);
    }

    /** The first pass: top stories, every story counted, every article counted. One slice (no executor). */
    private record FirstPass(Sort sort, int n) implements CollectorManager<Collector, FirstPass.Collected> {
        record Collected(FirstPassGroupingCollector<BytesRef> groups, AllGroupsCollector<BytesRef> stories,
                         TotalHitCountCollector total) {
        }

        @Override
        public Collector newCollector() throws IOException {
            return new Holder(new FirstPassGroupingCollector<>(new StorySelector(), sort, n),
                    new AllGroupsCollector<>(new StorySelector()), new TotalHitCountCollector());
        }

        @Override
        public Collected reduce(Collection<Collector> collectors) {
            if (collectors.size() != 1) throw new IllegalStateException("story collapse runs on one slice");
            Holder h = (Holder) collectors.iterator().next();
            return new Collected(h.groups, h.stories, h.total);
        }
    }

    /** The three first-pass collectors as one. */
    private static final class Holder extends org.apache.lucene.search.FilterCollector {
        final FirstPassGroupingCollector<BytesRef> groups;
        final AllGroupsCollector<BytesRef> stories;
        final TotalHitCountCollector total;

        Holder(FirstPassGroupingCollector<BytesRef> groups, AllGroupsCollector<BytesRef> stories,
               TotalHitCountCollector total) {
            super(MultiCollector.wrap(groups, stories, total));
            this.groups = groups;
            this.stories = stories;
            this.total = total;
        }
    }

    /** A collector manager for a collector that is already made (one slice). */
    private record SingleCollectorManager<C extends Collector>(C collector) implements CollectorManager<C, C> {
        @Override
        public C newCollector() {
            return collector;
        }

        @Override
        public C reduce(Collection<C> collectors) {
            return collector;
        }
    }

    /** The story id of a document: its story doc value, else (an index from before stories) its own id. */
    static String storyOf(org.apache.lucene.index.IndexReader reader, int doc, String id) throws IOException {
        var leaves = reader.leaves();
        var leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
        var values = leaf.reader().getBinaryDocValues(Schema.STORY);
        return values != null && values.advanceExact(doc - leaf.docBase) ? values.binaryValue().utf8ToString() : id;
    }

    /** What an article under a card shows. */
    static final class StoryArticleFields {
        static final java.util.Set<String> FIELDS = java.util.Set.of(Schema.ID, Schema.TITLE, Schema.DATE, Schema.SOURCE,
                Schema.URL);

        static SearchResponse.StoryArticle of(Document d) {
            return new SearchResponse.StoryArticle(d.get(Schema.ID), d.get(Schema.TITLE), StoredArticle.day(d),
                    d.get(Schema.SOURCE), d.get(Schema.URL));
        }
    }
}
