package news.dispatch.index;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Groups the articles of an index into stories: two articles are linked when they share an LSH band of their
 * {@link StorySignature}, their estimated similarity is at least {@link #THRESHOLD} and they were published at most
 * {@link #WINDOW_HOURS} apart (an undated article is within any window); a story is a connected
 * group of linked articles, and its id is the smallest article id in it (plain string order). Both are functions of
 * the set of articles alone, so a rebuild and any sequence of incremental runs agree.
 *
 * <p>An incremental run regroups only what it can have changed: the stories reachable from the articles it wrote
 * and the remaining members of the stories those articles (and the removed ones) belonged to before. It walks from
 * them through the band terms (postings, never all pairs) and rewrites the story doc value of the members whose
 * story id changed. A rebuild, or a run that touched much of the index, walks every band bucket once instead.
 */
public final class StoryGroups {
    /** Estimated Jaccard similarity of word 3-shingles from which two articles are one story: chosen by
     * {@code dispatch eval stories} on the labelled pairs (see docs/guide.md, "Stories"). */
    public static final double THRESHOLD = 0.5;
    /**
     * Copies and rewrites of a wire story appear within hours; the same template filled in another day (weekly figures,
     * the Fed's daily operations, dividends) is as similar but another story. Measured with the threshold.
     */
    public static final long WINDOW_HOURS = 36;
    private static final long WINDOW_MILLIS = WINDOW_HOURS * 3_600_000L;
    /**
     * A band shared by more articles than this is boilerplate more than a story: its undated members are not compared
     * through it (dated members only within the window, which bounds the work). Without it, 100,000 generated articles
     * of one template would be 10^10 comparisons.
     */
    static final int MAX_UNDATED_BUCKET = 1_000;

    /**
     * What one regrouping did. {@code flushNanos}: opening a reader on the writer (it flushes what the run wrote, which
     * the commit would do anyway); {@code nanos}: the grouping itself.
     */
    public record Regrouped(int articles, int seeds, long comparisons, int changed, long flushNanos, long nanos) {
    }

    private final double threshold;

    public StoryGroups() {
        this(THRESHOLD);
    }

    public StoryGroups(double threshold) {
        this.threshold = threshold;
    }

    /**
     * Regroups after articles were written or removed. {@code touched}: ids written by the run;
     * {@code formerStories}: the story ids that the written and removed articles had before ({@code null} = regroup
     * everything, as after a rebuild).
     */
    public Regrouped regroup(IndexWriter writer, Collection<String> touched, Collection<String> formerStories)
            throws IOException {
        long opening = System.nanoTime();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            long started = System.nanoTime();
            Snapshot s = Snapshot.read(reader);
            Set<Integer> seeds = new HashSet<>();
            boolean all = formerStories == null;
            if (!all) {
                Set<String> ids = new HashSet<>(touched);
                Set<String> stories = new HashSet<>(formerStories);
                for (int doc = 0; doc < s.ids.length; doc++) {
                    if (s.ids[doc] == null) continue;
                    if (ids.contains(s.ids[doc]) || stories.contains(s.stories[doc])) seeds.add(doc);
                }
                // Walking from most of the index costs more than one pass over every bucket.
                all = seeds.size() > s.live / 4;
            }
            Components components = all ? everyBucket(reader, s) : walk(reader, s, seeds);
            Map<Integer, String> moved = moved(s, components);
            for (var m : moved.entrySet()) {
                writer.updateBinaryDocValue(new Term(Schema.ID, s.ids[m.getKey()]), Schema.STORY, new BytesRef(m.getValue()));
            }
            int changed = moved.size();
            return new Regrouped(s.live, all ? s.live : seeds.size(), components.comparisons, changed,
                    started - opening, System.nanoTime() - started);
        }
    }

    /** The story ids of these articles as the reader sees them (absent ids are left out). */
    public static Set<String> storiesOf(DirectoryReader reader, Collection<String> ids) throws IOException {
        Snapshot s = Snapshot.read(reader);
        Set<String> wanted = new HashSet<>(ids);
        Set<String> stories = new HashSet<>();
        for (int doc = 0; doc < s.ids.length; doc++) {
            if (s.ids[doc] != null && wanted.contains(s.ids[doc]) && s.stories[doc] != null) stories.add(s.stories[doc]);
        }
        return stories;
    }

    /**
     * An article as grouping reads it, for a store other than a Lucene index (a SolrCloud collection): its id, its
     * current story (null: none yet), its signature (null: no words) and its date in epoch milliseconds (null: undated).
     */
    public record Member(String id, String story, StorySignature signature, Long time) {
    }

    /**
     * Regroups a whole store given as its members, by the same rule as {@link #regroup} over a whole index (the band
     * buckets are built here from the signatures): the new story id of each member whose story changes.
     */
    public Relinked changes(List<Member> members) {
        int n = members.size();
        String[] ids = new String[n];
        String[] stories = new String[n];
        StorySignature[] signatures = new StorySignature[n];
        long[] times = new long[n];
        Map<String, List<Integer>> buckets = new HashMap<>();
        for (int doc = 0; doc < n; doc++) {
            Member m = members.get(doc);
            ids[doc] = m.id();
            stories[doc] = m.story();
            signatures[doc] = m.signature();
            times[doc] = m.time() == null ? NO_TIME : m.time();
            if (m.signature() == null) continue;
            for (String band : m.signature().bands()) buckets.computeIfAbsent(band, k -> new ArrayList<>(2)).add(doc);
        }
        Snapshot s = new Snapshot(ids, stories, signatures, times, n);
        Components c = new Components(n);
        List<Integer> dated = new ArrayList<>();
        List<Integer> undated = new ArrayList<>();
        for (List<Integer> bucket : buckets.values()) {
            if (bucket.size() >= 2) compareBucket(s, c, bucket, dated, undated);
        }
        Map<String, String> changes = new HashMap<>();
        moved(s, c.withAllLive(s)).forEach((doc, story) -> changes.put(ids[doc], story));
        return new Relinked(changes, c.comparisons);
    }

    /** What {@link #changes} found: the new story of each member whose story changes, and the pairs compared. */
    public record Relinked(Map<String, String> stories, long comparisons) {
    }

    /** The members whose story is not their group's (the smallest id in it), with the story they belong to. */
    private static Map<Integer, String> moved(Snapshot s, Components components) {
        Map<Integer, String> moved = new HashMap<>();
        for (List<Integer> members : components.groups()) {
            String story = null;
            for (int doc : members) if (story == null || s.ids[doc].compareTo(story) < 0) story = s.ids[doc];
            for (int doc : members) if (!story.equals(s.stories[doc])) moved.put(doc, story);
        }
        return moved;
    }

    private boolean linked(Snapshot s, int a, int b) {
        long ta = s.times[a], tb = s.times[b];
        if (ta != NO_TIME && tb != NO_TIME && Math.abs(ta - tb) > WINDOW_MILLIS) return false;
        return s.signatures[a].similarity(s.signatures[b]) >= threshold;
    }

    private static final long NO_TIME = Long.MIN_VALUE;

    /** Union-find over every band bucket: each pair in a bucket compared unless already in one group. */
    private Components everyBucket(DirectoryReader reader, Snapshot s) throws IOException {
        Components c = new Components(s.ids.length);
        Terms terms = MultiTerms.getTerms(reader, Schema.STORY_BAND);
        if (terms == null) return c.withAllLive(s);
        TermsEnum te = terms.iterator();
        PostingsEnum postings = null;
        List<Integer> bucket = new ArrayList<>();
        List<Integer> dated = new ArrayList<>();
        List<Integer> undated = new ArrayList<>();
        while (te.next() != null) {
            if (te.docFreq() < 2) continue;
            postings = te.postings(postings, PostingsEnum.NONE);
            bucket.clear();
            for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) bucket.add(d);
            compareBucket(s, c, bucket, dated, undated);
        }
        return c.withAllLive(s);
    }

    /** Compares the pairs of one band bucket that can be linked ({@code dated}, {@code undated}: scratch lists). */
    private void compareBucket(Snapshot s, Components c, List<Integer> bucket, List<Integer> dated,
                               List<Integer> undated) {
        dated.clear();
        undated.clear();
        for (int d : bucket) {
            if (s.ids[d] == null || s.signatures[d] == null) continue;
            (s.times[d] == NO_TIME ? undated : dated).add(d);
        }
        // Dated members in time order: each is compared with those that follow it within the window only.
        dated.sort((a, b) -> Long.compare(s.times[a], s.times[b]));
        for (int i = 0; i < dated.size(); i++) {
            int a = dated.get(i);
            for (int j = i + 1; j < dated.size() && s.times[dated.get(j)] - s.times[a] <= WINDOW_MILLIS; j++) {
                compare(s, c, a, dated.get(j));
            }
        }
        if (undated.isEmpty() || dated.size() + undated.size() > MAX_UNDATED_BUCKET) return;
        for (int i = 0; i < undated.size(); i++) {
            for (int j = i + 1; j < undated.size(); j++) compare(s, c, undated.get(i), undated.get(j));
            for (int d : dated) compare(s, c, undated.get(i), d);
        }
    }

    private void compare(Snapshot s, Components c, int a, int b) {
        if (c.find(a) == c.find(b)) return;
        c.comparisons++;
        if (linked(s, a, b)) c.union(a, b);
    }

    /** Breadth-first from the seeds through the band terms: the groups that hold a seed. */
    private Components walk(DirectoryReader reader, Snapshot s, Set<Integer> seeds) throws IOException {
        Components c = new Components(s.ids.length);
        Set<Integer> done = new HashSet<>();
        for (int seed : seeds) {
            if (!done.add(seed)) continue;
            List<Integer> group = new ArrayList<>(List.of(seed));
            ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(seed));
            while (!queue.isEmpty()) {
                int doc = queue.poll();
                if (s.signatures[doc] == null) continue;
                for (String band : s.signatures[doc].bands()) {
                    PostingsEnum p = MultiTerms.getTermPostingsEnum(reader, Schema.STORY_BAND, new BytesRef(band),
                            PostingsEnum.NONE);
                    if (p == null) continue;
                    List<Integer> bucket = new ArrayList<>();
                    for (int d = p.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = p.nextDoc()) {
                        if (s.ids[d] != null && s.signatures[d] != null) bucket.add(d);
                    }
                    boolean large = bucket.size() > MAX_UNDATED_BUCKET;
                    for (int d : bucket) {
                        if (d == doc || done.contains(d)) continue;
                        boolean timed = s.times[doc] != NO_TIME && s.times[d] != NO_TIME;
                        // The same pairs as a pass over every bucket compares (and links).
                        if (timed ? Math.abs(s.times[doc] - s.times[d]) > WINDOW_MILLIS : large) continue;
                        c.comparisons++;
                        if (linked(s, doc, d)) {
                            done.add(d);
                            group.add(d);
                            queue.add(d);
                        }
                    }
                }
            }
            c.explicit.add(group);
        }
        return c;
    }

    /** Groups found: either listed explicitly (a walk) or as union-find roots (every bucket). */
    private static final class Components {
        final int[] parent;
        final List<List<Integer>> explicit = new ArrayList<>();
        long comparisons;

        Components(int size) {
            parent = new int[size];
            for (int i = 0; i < size; i++) parent[i] = i;
        }

        int find(int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        void union(int a, int b) {
            int ra = find(a), rb = find(b);
            if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }

        Components withAllLive(Snapshot s) {
            Map<Integer, List<Integer>> byRoot = new HashMap<>();
            for (int doc = 0; doc < s.ids.length; doc++) {
                if (s.ids[doc] != null) byRoot.computeIfAbsent(find(doc), k -> new ArrayList<>()).add(doc);
            }
            explicit.addAll(byRoot.values());
            return this;
        }

        List<List<Integer>> groups() {
            return explicit;
        }
    }

    /** Each live article's id, current story, signature and date, by global doc id (null where deleted). */
    private record Snapshot(String[] ids, String[] stories, StorySignature[] signatures, long[] times, int live) {
        static Snapshot read(DirectoryReader reader) throws IOException {
            int max = reader.maxDoc();
            String[] ids = new String[max];
            String[] stories = new String[max];
            StorySignature[] signatures = new StorySignature[max];
            long[] times = new long[max];
            java.util.Arrays.fill(times, NO_TIME);
            int live = 0;
            for (LeafReaderContext ctx : reader.leaves()) {
                LeafReader leaf = ctx.reader();
                Bits liveDocs = leaf.getLiveDocs();
                SortedSetDocValues idValues = leaf.getSortedSetDocValues(Schema.ID);
                BinaryDocValues storyValues = leaf.getBinaryDocValues(Schema.STORY);
                BinaryDocValues signatureValues = leaf.getBinaryDocValues(Schema.STORY_SIGNATURE);
                SortedNumericDocValues dates = leaf.getSortedNumericDocValues(Schema.DATE);
                for (int doc = 0; doc < leaf.maxDoc(); doc++) {
                    if (liveDocs != null && !liveDocs.get(doc)) continue;
                    if (idValues == null || !idValues.advanceExact(doc)) continue;
                    int global = ctx.docBase + doc;
                    ids[global] = idValues.lookupOrd(idValues.nextOrd()).utf8ToString();
                    live++;
                    if (storyValues != null && storyValues.advanceExact(doc)) {
                        stories[global] = storyValues.binaryValue().utf8ToString();
                    }
                    if (signatureValues != null && signatureValues.advanceExact(doc)) {
                        BytesRef b = signatureValues.binaryValue();
                        signatures[global] = StorySignature.fromBytes(b.bytes, b.offset, b.length);
                    }
                    if (dates != null && dates.advanceExact(doc)) times[global] = dates.nextValue();
                }
            }
            return new Snapshot(ids, stories, signatures, times, live);
        }
    }
}
