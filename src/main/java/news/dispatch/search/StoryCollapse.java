package news.dispatch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.internal.hppc.LongIntHashMap;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.grouping.FirstPassGroupingCollector;
import org.apache.lucene.search.grouping.SearchGroup;
import org.apache.lucene.util.BytesRef;

import news.dispatch.index.Schema;

/**
 * A page of stories instead of articles (lucene-grouping), in one pass beside the drill-sideways facets: it ranks
 * stories by their best article in the request's order, and keeps each story's matching articles (with their
 * scores). When no story up to the page's end has another matching article, those single articles are the page; when
 * one has, the page stories' kept articles are sorted in the request's order, and the query is not run a
 * second time (issue 29: the default search at the cost of plain Lucene's). Facet counts stay counts of articles.
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
        Collection<SearchGroup<Long>> groups = first.groups.getTopGroups(0);
        List<Card> cards = new ArrayList<>();
        boolean more = false;
        if (groups != null && groups.size() > offset) {
            List<SearchGroup<Long>> best = new ArrayList<>(groups);
            List<SearchGroup<Long>> page = best.subList(offset, best.size());
            more = page.size() > size;
            if (more) page = page.subList(0, size);
            if (first.counts.single(best.subList(0, offset + page.size()))) {
                cards = first.counts.leaders(page);
            } else {
                cards = withOthers(searcher, first.counts, sort, page);
            }
        }
        return new Page(cards, first.counts.articles(), first.counts.stories(), more, result.facets);
    }

    /**
     * For the page's stories, their matching articles best first, from what the first pass kept of each (document,
     * score): sorted as a second grouping pass would sort them (the request's order, then article id), without
     * running the query again (issue 29: the second pass was about 6 % of a collapsed search's CPU on Reuters).
     */
    private static List<Card> withOthers(FacetedSearcher searcher, StoryCounts counts, Sort sort,
                                         List<SearchGroup<Long>> page) throws IOException {
        MatchOrder order = new MatchOrder(searcher.getIndexReader(), sort);
        var fields = searcher.storedFields();
        List<Card> cards = new ArrayList<>();
        for (SearchGroup<Long> g : page) {
            Matches matches = counts.matches(g.groupValue);
            List<ScoreDoc> best = order.best(matches, MAX_SIMILAR + 1);
            List<SearchResponse.StoryArticle> others = new ArrayList<>();
            for (int i = 1; i < best.size(); i++) {
                others.add(StoryArticleFields.of(fields.document(best.get(i).doc, StoryArticleFields.FIELDS)));
            }
            // The leader's own score when the order is by relevance (the second grouping pass this replaced gave none:
            // every card of such a page said "score: null"). A page of single-article stories still shows none: see
            // StoryCounts.leaders.
            ScoreDoc leader = best.getFirst();
            cards.add(new Card(new ScoreDoc(leader.doc, counts.scored ? leader.score : Float.NaN), matches.size(), others));
        }
        return cards;
    }

    /** A story's matching documents (global numbers) and, when the order needs them, their scores. */
    private record Matches(int size, int[] docs, float[] scores) {
    }

    /**
     * The order of a group sort ({@link LuceneSearch}'s: score or date, then article id) over a few documents, as
     * Lucene's comparators apply it: higher score first; date by its first value, a missing one as the sort field's
     * missing value; ids as bytes; document number last.
     */
    private static final class MatchOrder {
        private final org.apache.lucene.index.IndexReader reader;
        private final org.apache.lucene.search.SortField[] fields;

        MatchOrder(org.apache.lucene.index.IndexReader reader, Sort sort) {
            this.reader = reader;
            this.fields = sort.getSort();
            for (var f : fields) {
                boolean known = f.getType() == org.apache.lucene.search.SortField.Type.SCORE
                        || f.getField().equals(Schema.DATE) || f.getField().equals(Schema.ID);
                if (!known) throw new IllegalArgumentException("stories are not sorted by " + f);
            }
        }

        /** @param date the first date value, null when the article has none */
        private record Candidate(ScoreDoc doc, Long date, BytesRef id) {
        }

        List<ScoreDoc> best(Matches matches, int n) throws IOException {
            List<Candidate> all = new ArrayList<>(matches.size());
            var leaves = reader.leaves();
            for (int i = 0; i < matches.size(); i++) {
                int doc = matches.docs()[i];
                var leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
                all.add(new Candidate(new ScoreDoc(doc, matches.scores()[i]), date(leaf, doc - leaf.docBase),
                        id(leaf, doc - leaf.docBase)));
            }
            all.sort(this::compare);
            List<ScoreDoc> top = new ArrayList<>(Math.min(n, all.size()));
            for (int i = 0; i < Math.min(n, all.size()); i++) top.add(all.get(i).doc());
            return top;
        }

        private int compare(Candidate a, Candidate b) {
            for (var f : fields) {
                int c;
                if (f.getType() == org.apache.lucene.search.SortField.Type.SCORE) {
                    c = Float.compare(b.doc().score, a.doc().score);
                } else if (f.getField().equals(Schema.DATE)) {
                    long missing = (Long) f.getMissingValue();
                    c = Long.compare(a.date() == null ? missing : a.date(), b.date() == null ? missing : b.date());
                    if (f.getReverse()) c = -c;
                } else {
                    c = a.id().compareTo(b.id());
                    if (f.getReverse()) c = -c;
                }
                if (c != 0) return c;
            }
            return Integer.compare(a.doc().doc, b.doc().doc);
        }

        private static Long date(LeafReaderContext leaf, int doc) throws IOException {
            var dates = leaf.reader().getSortedNumericDocValues(Schema.DATE);
            return dates != null && dates.advanceExact(doc) ? dates.nextValue() : null;
        }

        private static BytesRef id(LeafReaderContext leaf, int doc) throws IOException {
            var ids = leaf.reader().getSortedSetDocValues(Schema.ID);
            return ids != null && ids.advanceExact(doc) ? BytesRef.deepCopyOf(ids.lookupOrd(ids.nextOrd())) : new BytesRef();
        }
    }

    /**
     * The first pass: top stories, and each story's matching articles (the page itself when no story on it has a
     * second one). One slice (no executor). No top-articles collector beside them: a story of one match has that
     * match as its leader, already kept with its score (issue 29: a third collector ranking every match again).
     */
    private record FirstPass(Sort sort, int n) implements CollectorManager<Collector, FirstPass.Collected> {
        record Collected(FirstPassGroupingCollector<Long> groups, StoryCounts counts) {
        }

        @Override
        public Collector newCollector() throws IOException {
            // Totals are exact (every match is counted per story anyway): no threshold to skip hits by.
            // One selector for both collectors that read each match's story: it reads the story once per match.
            StorySelector stories = new StorySelector();
            return new Holder(new FirstPassGroupingCollector<>(stories, sort, n),
                    new StoryCounts(stories, sort.needsScores()));
        }

        @Override
        public Collected reduce(Collection<Collector> collectors) {
            if (collectors.size() != 1) throw new IllegalStateException("story collapse runs on one slice");
            Holder h = (Holder) collectors.iterator().next();
            return new Collected(h.groups, h.counts);
        }
    }

    /** The two first-pass collectors as one. */
    private static final class Holder extends org.apache.lucene.search.FilterCollector {
        final FirstPassGroupingCollector<Long> groups;
        final StoryCounts counts;

        Holder(FirstPassGroupingCollector<Long> groups, StoryCounts counts) {
            super(MultiCollector.wrap(groups, counts));
            this.groups = groups;
            this.counts = counts;
        }
    }

    /**
     * Matching articles per story (the story's key, as {@link StorySelector} reads it): the number of stories, of
     * articles, and whether the first stories have one article each. Kept in arrays, not an object per story: each
     * story a slot (its key's value in a table of longs), each match a list cell chained from its story's slot.
     */
    private static final class StoryCounts extends SimpleCollector {
        private final StorySelector selector;
        /** Per story key: its slot. */
        private final LongIntHashMap slots = new LongIntHashMap();
        /** Per slot: the number of matches, the first and the last of them. */
        private int[] sizes = new int[64];
        private int[] firsts = new int[64];
        private int[] lasts = new int[64];
        /** Per match (in the order collected): its document (global), its score (when scored), the story's next. */
        private int[] docs = new int[256];
        private float[] scores;
        private int[] nexts = new int[256];
        private final boolean scored;
        private Scorable scorer;
        private int docBase;
        private long articles;

        StoryCounts(StorySelector selector, boolean scored) {
            this.selector = selector;
            this.scored = scored;
            this.scores = scored ? new float[256] : null;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            selector.setNextReader(context);
            docBase = context.docBase;
        }

        @Override
        public void setScorer(Scorable scorer) {
            this.scorer = scorer;
        }

        @Override
        public void collect(int doc) throws IOException {
            selector.advanceTo(doc);
            int match = (int) articles++;
            if (match == docs.length) {
                docs = Arrays.copyOf(docs, 2 * match);
                nexts = Arrays.copyOf(nexts, 2 * match);
                if (scored) scores = Arrays.copyOf(scores, 2 * match);
            }
            docs[match] = docBase + doc;
            if (scored) scores[match] = scorer.score();
            nexts[match] = -1;
            int at = slots.indexOf(selector.key());
            if (slots.indexExists(at)) {
                int slot = slots.indexGet(at);
                nexts[lasts[slot]] = match;
                lasts[slot] = match;
                sizes[slot]++;
            } else {
                int slot = slots.size();
                if (slot == sizes.length) {
                    sizes = Arrays.copyOf(sizes, 2 * slot);
                    firsts = Arrays.copyOf(firsts, 2 * slot);
                    lasts = Arrays.copyOf(lasts, 2 * slot);
                }
                slots.indexInsert(at, selector.key(), slot);
                sizes[slot] = 1;
                firsts[slot] = match;
                lasts[slot] = match;
            }
        }

        /** The matching documents of the story of this key (one of the collected). */
        Matches matches(long key) {
            int slot = slots.get(key);
            int[] storyDocs = new int[sizes[slot]];
            float[] storyScores = new float[sizes[slot]];
            int i = 0;
            for (int m = firsts[slot]; m >= 0; m = nexts[m], i++) {
                storyDocs[i] = docs[m];
                storyScores[i] = scored ? scores[m] : Float.NaN;
            }
            return new Matches(i, storyDocs, storyScores);
        }

        @Override
        public ScoreMode scoreMode() {
            return scored ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
        }

        long articles() {
            return articles;
        }

        int stories() {
            return slots.size();
        }

        /**
         * The cards of stories of one matching article each: that article leads, with its score under relevance, as
         * {@link #withOthers} gives a leader of several (a page of single-article stories used to show no score at
         * all: the sorted top-articles collector this replaced leaves ScoreDoc.score NaN).
         */
        List<Card> leaders(List<SearchGroup<Long>> page) {
            List<Card> cards = new ArrayList<>(page.size());
            for (SearchGroup<Long> g : page) {
                int first = firsts[slots.get(g.groupValue)];
                cards.add(new Card(new ScoreDoc(docs[first], scored ? scores[first] : Float.NaN), 1, List.of()));
            }
            return cards;
        }

        /** Whether each of these stories has one matching article. */
        boolean single(List<SearchGroup<Long>> stories) {
            for (SearchGroup<Long> g : stories) {
                int at = slots.indexOf(g.groupValue);
                if (!slots.indexExists(at) || sizes[slots.indexGet(at)] != 1) return false;
            }
            return true;
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
