package news.dispatch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.grouping.FirstPassGroupingCollector;
import org.apache.lucene.search.grouping.GroupDocs;
import org.apache.lucene.search.grouping.SearchGroup;
import org.apache.lucene.search.grouping.TopGroups;
import org.apache.lucene.search.grouping.TopGroupsCollector;
import org.apache.lucene.util.BytesRef;

import news.dispatch.index.Schema;

/**
 * A page of stories instead of articles (lucene-grouping): the first pass ranks stories by their best article in the
 * request's order, ranks articles too, and counts articles per story, beside the drill-sideways facets; the second
 * pass fetches, for the page's stories only, their other matching articles. When no story up to the page's end has
 * another matching article, the first pass's best articles are the page and there is no second pass; when one has,
 * the second pass scores only the page stories' matches, not the whole query again (issue 29: the default search
 * at the cost of plain Lucene's). Facet counts stay counts of articles.
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
        int n = offset + size + 1;
        var result = new TwinDrillSideways(searcher, config).search(query, new FirstPass(sort, n));
        FirstPass.Collected first = result.collectorResult;
        Collection<SearchGroup<BytesRef>> groups = first.groups.getTopGroups(0);
        List<Card> cards = new ArrayList<>();
        boolean more = false;
        if (groups != null && groups.size() > offset) {
            List<SearchGroup<BytesRef>> best = new ArrayList<>(groups);
            List<SearchGroup<BytesRef>> page = best.subList(offset, best.size());
            more = page.size() > size;
            if (more) page = page.subList(0, size);
            if (first.counts.single(best.subList(0, offset + page.size()))) {
                cards = leaders(first.top.topDocs(), offset, page.size());
            } else {
                cards = withOthers(searcher, query, first.counts.docsOf(page), sort, page);
            }
        }
        return new Page(cards, first.counts.articles(), first.counts.stories(), more, result.facets);
    }

    /**
     * The page when every story up to its end has one matching article: the articles ranked first are the stories'
     * leaders, in the same order (a story's best article ranks no lower than any of its others), so the first pass
     * already holds the page and the query is not run a second time.
     */
    private static List<Card> leaders(org.apache.lucene.search.TopDocs top, int offset, int count) {
        List<Card> cards = new ArrayList<>(count);
        for (int i = offset; i < offset + count; i++) cards.add(new Card(top.scoreDocs[i], 1, List.of()));
        return cards;
    }

    /**
     * The second pass: for the page's stories only, their other matching articles, best first. It scores only the
     * page stories' matches the first pass found ({@code docs}), not every match of the query again.
     */
    private static List<Card> withOthers(FacetedSearcher searcher, DrillDownQuery query, int[] docs, Sort sort,
                                         List<SearchGroup<BytesRef>> page) throws IOException {
        StorySelector selector = new StorySelector();
        selector.setGroups(page);
        var second = new TopGroupsCollector<>(selector, page, sort, sort, MAX_SIMILAR + 1, false);
        Query within = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                .add(new DocSetQuery(docs), BooleanClause.Occur.FILTER).build();
        TopGroups<BytesRef> top = searcher.search(within, new SingleCollectorManager<>(second)).getTopGroups(0);
        var fields = searcher.storedFields();
        List<Card> cards = new ArrayList<>();
        for (GroupDocs<BytesRef> g : top.groups) {
            if (g.scoreDocs().length == 0) continue;
            List<SearchResponse.StoryArticle> others = new ArrayList<>();
            for (int i = 1; i < g.scoreDocs().length && others.size() < MAX_SIMILAR; i++) {
                Document d = fields.document(g.scoreDocs()[i].doc, StoryArticleFields.FIELDS);
                others.add(StoryArticleFields.of(d));
            }
            cards.add(new Card(g.scoreDocs()[0], (int) g.totalHits().value(), others));
        }
        return cards;
    }

    /**
     * The first pass: top stories, the articles ranked first (the page itself when no story on it has a second
     * matching article), and articles counted per story. One slice (no executor).
     */
    private record FirstPass(Sort sort, int n) implements CollectorManager<Collector, FirstPass.Collected> {
        record Collected(FirstPassGroupingCollector<BytesRef> groups, TopFieldCollector top, StoryCounts counts) {
        }

        @Override
        public Collector newCollector() throws IOException {
            // Totals are exact (every match is counted per story anyway): no threshold to skip hits by.
            return new Holder(new FirstPassGroupingCollector<>(new StorySelector(), sort, n),
                    new TopFieldCollectorManager(sort, n, null, Integer.MAX_VALUE).newCollector(), new StoryCounts());
        }

        @Override
        public Collected reduce(Collection<Collector> collectors) {
            if (collectors.size() != 1) throw new IllegalStateException("story collapse runs on one slice");
            Holder h = (Holder) collectors.iterator().next();
            return new Collected(h.groups, h.top, h.counts);
        }
    }

    /** The three first-pass collectors as one. */
    private static final class Holder extends org.apache.lucene.search.FilterCollector {
        final FirstPassGroupingCollector<BytesRef> groups;
        final TopFieldCollector top;
        final StoryCounts counts;

        Holder(FirstPassGroupingCollector<BytesRef> groups, TopFieldCollector top, StoryCounts counts) {
            super(MultiCollector.wrap(groups, top, counts));
            this.groups = groups;
            this.top = top;
            this.counts = counts;
        }
    }

    /**
     * Matching articles per story (the story's grouping value, as {@link StorySelector} reads it): the number of
     * stories, of articles, and whether the first stories have one article each.
     */
    private static final class StoryCounts extends SimpleCollector {
        private final StorySelector selector = new StorySelector();
        /** Per story: its matching documents (global numbers), in {@code [1..]}, and how many in {@code [0]}. */
        private final Map<BytesRef, int[]> perStory = new HashMap<>();
        private int docBase;
        private long articles;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            selector.setNextReader(context);
            docBase = context.docBase;
        }

        @Override
        public void collect(int doc) throws IOException {
            selector.advanceTo(doc);
            BytesRef story = selector.currentValue();
            int[] docs = perStory.get(story);
            if (docs == null) {
                perStory.put(selector.copyValue(), new int[] {1, docBase + doc});
            } else {
                int n = ++docs[0];
                if (n == docs.length) perStory.put(story, docs = java.util.Arrays.copyOf(docs, 2 * n));
                docs[n] = docBase + doc;
            }
            articles++;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        long articles() {
            return articles;
        }

        int stories() {
            return perStory.size();
        }

        /** Whether each of these stories has one matching article. */
        boolean single(List<SearchGroup<BytesRef>> stories) {
            for (SearchGroup<BytesRef> g : stories) {
                int[] n = perStory.get(g.groupValue);
                if (n == null || n[0] != 1) return false;
            }
            return true;
        }

        /** The matching documents of these stories. */
        int[] docsOf(List<SearchGroup<BytesRef>> stories) {
            int size = 0;
            for (SearchGroup<BytesRef> g : stories) size += perStory.get(g.groupValue)[0];
            int[] all = new int[size];
            int at = 0;
            for (SearchGroup<BytesRef> g : stories) {
                int[] docs = perStory.get(g.groupValue);
                System.arraycopy(docs, 1, all, at, docs[0]);
                at += docs[0];
            }
            return all;
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
