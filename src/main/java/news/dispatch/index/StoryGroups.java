package news.dispatch.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
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
 * them through their band buckets (never all pairs) and rewrites the story doc value of the members whose story id
 * changed, with its numeric key ({@link StoryKeys}: what a collapsed search groups by). A rebuild, or a run that touched much of the index, walks every band bucket once instead. The buckets are
 * read from the signatures each run already reads ({@link StorySignature#band}), not from indexed terms.
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
    private final StoryKeys keys;

    public StoryGroups() {
        this(THRESHOLD);
    }

    public StoryGroups(double threshold) {
        this(threshold, new StoryKeys());
    }

    StoryGroups(double threshold, StoryKeys keys) {
        this.threshold = threshold;
        this.keys = keys;
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
            Components components = all ? everyBucket(s) : walk(s, seeds);
            Map<Integer, String> moved = moved(s, components);
            rewrite(writer, s, moved);
            int changed = moved.size();
            return new Regrouped(s.live, all ? s.live : seeds.size(), components.comparisons, changed,
                    started - opening, System.nanoTime() - started);
        }
    }

    /**
     * Rewrites in place the story of each moved article, and the story key ({@link StoryKeys}) of every article whose
     * key is not its story's: a moved one, a new one whose own id's key another story holds, or one of an index
     * written before keys (all of whose articles get theirs in its first run).
     */
    private void rewrite(IndexWriter writer, Snapshot s, Map<Integer, String> moved) throws IOException {
        String[] stories = new String[s.ids.length];
        Set<String> distinct = new HashSet<>();
        for (int doc = 0; doc < s.ids.length; doc++) {
            if (s.ids[doc] == null) continue;
            String story = moved.get(doc);
            if (story == null) story = s.stories[doc] != null ? s.stories[doc] : s.ids[doc];
            stories[doc] = story;
            distinct.add(story);
        }
        Map<String, Long> keyOf = keys.assign(distinct);
        for (int doc = 0; doc < s.ids.length; doc++) {
            if (s.ids[doc] == null) continue;
            long key = keyOf.get(stories[doc]);
            boolean storyMoved = moved.containsKey(doc);
            if (!storyMoved && key == s.keys[doc]) continue;
            var keyField = new NumericDocValuesField(Schema.STORY_KEY, key);
            Term id = new Term(Schema.ID, s.ids[doc]);
            if (storyMoved) {
                writer.updateDocValues(id, new BinaryDocValuesField(Schema.STORY, new BytesRef(stories[doc])), keyField);
            } else {
                writer.updateDocValues(id, keyField);
            }
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
        for (int doc = 0; doc < n; doc++) {
            Member m = members.get(doc);
            ids[doc] = m.id();
            stories[doc] = m.story();
            signatures[doc] = m.signature();
            times[doc] = m.time() == null ? NO_TIME : m.time();
        }
        long[] keys = new long[n];
        java.util.Arrays.fill(keys, NO_KEY);
        Snapshot s = new Snapshot(ids, stories, signatures, times, keys, n);
        Components c = everyBucket(s);
        Map<String, String> changes = new HashMap<>();
        moved(s, c).forEach((doc, story) -> changes.put(ids[doc], story));
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
    /** An article without a story key (keys are never negative). */
    private static final long NO_KEY = -1;

    /**
     * Union-find over every band bucket: each pair in a bucket compared unless already in one group. The buckets are
     * read from the signatures, band by band: the live signed articles sorted by the band's key.
     */
    private Components everyBucket(Snapshot s) {
        Components c = new Components(s.ids.length);
        long[] entries = new long[s.ids.length];
        List<Integer> dated = new ArrayList<>();
        List<Integer> undated = new ArrayList<>();
        for (int b = 0; b < StorySignature.BANDS; b++) {
            int n = 0;
            for (int d = 0; d < s.ids.length; d++) {
                if (s.ids[d] != null && s.signatures[d] != null) entries[n++] = (s.signatures[d].band(b) << 32) | d;
            }
            java.util.Arrays.sort(entries, 0, n);
            for (int from = 0, to; from < n; from = to) {
                to = from + 1;
                while (to < n && entries[to] >>> 32 == entries[from] >>> 32) to++;
                if (to - from < 2) continue;
                dated.clear();
                undated.clear();
                for (int i = from; i < to; i++) {
                    int d = (int) entries[i];
                    (s.times[d] == NO_TIME ? undated : dated).add(d);
                }
                compareBucket(s, c, dated, undated);
            }
        }
        return c.withAllLive(s);
    }

    /** The pairs of one bucket worth comparing: dated ones within the window, undated ones unless it is boilerplate. */
    private void compareBucket(Snapshot s, Components c, List<Integer> dated, List<Integer> undated) {
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

    /**
     * Breadth-first from the seeds through their band buckets, all seeds at once, one level a step: the groups that
     * hold a seed. Each step finds the buckets of the level's articles in one pass over every signature (the bands
     * are not indexed), so the cost is a pass per level, not per seed.
     */
    private Components walk(Snapshot s, Set<Integer> seeds) {
        Components c = new Components(s.ids.length);
        java.util.BitSet reached = new java.util.BitSet(s.ids.length);
        List<Integer> level = new ArrayList<>();
        for (int seed : seeds) {
            reached.set(seed);
            if (s.signatures[seed] != null) level.add(seed);
        }
        while (!level.isEmpty()) {
            long[] keys = new long[level.size() * StorySignature.BANDS];
            int k = 0;
            for (int doc : level) for (long key : s.signatures[doc].bands()) keys[k++] = key;
            java.util.Arrays.sort(keys);
            keys = java.util.Arrays.stream(keys).distinct().toArray();
            List<List<Integer>> buckets = bucketsOf(s, keys);
            List<Integer> next = new ArrayList<>();
            for (int doc : level) {
                for (long key : s.signatures[doc].bands()) {
                    List<Integer> bucket = buckets.get(java.util.Arrays.binarySearch(keys, key));
                    boolean large = bucket.size() > MAX_UNDATED_BUCKET;
                    for (int d : bucket) {
                        if (d == doc) continue;
                        boolean timed = s.times[doc] != NO_TIME && s.times[d] != NO_TIME;
                        // The same pairs as a pass over every bucket compares (and links).
                        if (timed ? Math.abs(s.times[doc] - s.times[d]) > WINDOW_MILLIS : large) continue;
                        if (c.find(doc) == c.find(d)) continue;
                        c.comparisons++;
                        if (!linked(s, doc, d)) continue;
                        c.union(doc, d);
                        if (!reached.get(d)) {
                            reached.set(d);
                            next.add(d);
                        }
                    }
                }
            }
            level = next;
        }
        return c.withReached(reached);
    }

    /** The live signed articles holding each of the sorted band keys, in one pass over every signature. */
    private static List<List<Integer>> bucketsOf(Snapshot s, long[] keys) {
        List<List<Integer>> buckets = new ArrayList<>(keys.length);
        for (int i = 0; i < keys.length; i++) buckets.add(new ArrayList<>(2));
        for (int d = 0; d < s.ids.length; d++) {
            if (s.ids[d] == null || s.signatures[d] == null) continue;
            for (int b = 0; b < StorySignature.BANDS; b++) {
                int at = java.util.Arrays.binarySearch(keys, s.signatures[d].band(b));
                if (at >= 0) buckets.get(at).add(d);
            }
        }
        return buckets;
    }

    /** Groups found as union-find roots, listed for the articles they cover. */
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
            java.util.BitSet live = new java.util.BitSet(s.ids.length);
            for (int doc = 0; doc < s.ids.length; doc++) if (s.ids[doc] != null) live.set(doc);
            return withReached(live);
        }

        /** The groups of these articles (every member of a reached article's group is reached). */
        Components withReached(java.util.BitSet docs) {
            Map<Integer, List<Integer>> byRoot = new HashMap<>();
            for (int doc = docs.nextSetBit(0); doc >= 0; doc = docs.nextSetBit(doc + 1)) {
                byRoot.computeIfAbsent(find(doc), k -> new ArrayList<>()).add(doc);
            }
            explicit.addAll(byRoot.values());
            return this;
        }

        List<List<Integer>> groups() {
            return explicit;
        }
    }

    /** Each live article's id, current story, signature, date and story key, by global doc id (null where deleted). */
    private record Snapshot(String[] ids, String[] stories, StorySignature[] signatures, long[] times, long[] keys,
                            int live) {
        static Snapshot read(DirectoryReader reader) throws IOException {
            int max = reader.maxDoc();
            String[] ids = new String[max];
            String[] stories = new String[max];
            StorySignature[] signatures = new StorySignature[max];
            long[] times = new long[max];
            java.util.Arrays.fill(times, NO_TIME);
            long[] keys = new long[max];
            java.util.Arrays.fill(keys, NO_KEY);
            int live = 0;
            for (LeafReaderContext ctx : reader.leaves()) {
                LeafReader leaf = ctx.reader();
                Bits liveDocs = leaf.getLiveDocs();
                SortedSetDocValues idValues = leaf.getSortedSetDocValues(Schema.ID);
                BinaryDocValues storyValues = leaf.getBinaryDocValues(Schema.STORY);
                BinaryDocValues signatureValues = leaf.getBinaryDocValues(Schema.STORY_SIGNATURE);
                SortedNumericDocValues dates = leaf.getSortedNumericDocValues(Schema.DATE);
                NumericDocValues keyValues = leaf.getNumericDocValues(Schema.STORY_KEY);
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
                    if (keyValues != null && keyValues.advanceExact(doc)) keys[global] = keyValues.longValue();
                }
            }
            return new Snapshot(ids, stories, signatures, times, keys, live);
        }
    }
}
