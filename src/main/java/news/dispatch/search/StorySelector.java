package news.dispatch.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.internal.hppc.LongHashSet;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.grouping.GroupSelector;
import org.apache.lucene.search.grouping.SearchGroup;
import org.apache.lucene.util.BytesRef;

import news.dispatch.index.Schema;

/**
 * Groups hits by their story's key ({@link Schema#STORY_KEY}, a number unique per story): a long read per match and
 * hashed as one, where the story id's bytes cost a decompression and a byte hash per match (issue 29). An article
 * without a key (an index written before keys) gets one for this search from its story ({@link Schema#STORY}), else
 * its own id: negative, never an index's key, and an article without either a story or a key is a story of its own.
 */
final class StorySelector extends GroupSelector<Long> {
    private NumericDocValues keys;
    private BinaryDocValues stories;
    private SortedSetDocValues ids;
    /** This search's keys of the stories of articles without one: -1, -2, … in the order first met. */
    private final Map<BytesRef, Long> unkeyed = new HashMap<>();
    /** Keys of articles without a story or an id, each its own: from the far end of the negative ones. */
    private long anonymous;
    private long current;
    /** The document {@link #current} is the story of, in this leaf; -1 before the first. */
    private int currentDoc = -1;
    private State currentState;
    private LongHashSet wanted;

    @Override
    public void setNextReader(LeafReaderContext ctx) throws IOException {
        keys = ctx.reader().getNumericDocValues(Schema.STORY_KEY);
        stories = ctx.reader().getBinaryDocValues(Schema.STORY);
        ids = ctx.reader().getSortedSetDocValues(Schema.ID);
        currentDoc = -1;
    }

    @Override
    public void setScorer(Scorable scorer) {
    }

    /**
     * The story of {@code doc}. Asked again for the same document (the collapse's collectors share one selector: each
     * needs every match's story), it answers from the first reading.
     */
    @Override
    public State advanceTo(int doc) throws IOException {
        if (doc == currentDoc) return currentState;
        currentDoc = doc;
        current = read(doc);
        currentState = wanted == null || wanted.contains(current) ? State.ACCEPT : State.SKIP;
        return currentState;
    }

    /** The story key of {@code doc}, which {@link #advanceTo} was last called with. */
    long key() {
        return current;
    }

    private long read(int doc) throws IOException {
        if (keys != null && keys.advanceExact(doc)) return keys.longValue();
        BytesRef story;
        if (stories != null && stories.advanceExact(doc)) {
            story = stories.binaryValue();
        } else if (ids != null && ids.advanceExact(doc)) {
            story = ids.lookupOrd(ids.nextOrd());
        } else {
            return Long.MIN_VALUE + anonymous++;
        }
        Long key = unkeyed.get(story);
        if (key == null) unkeyed.put(BytesRef.deepCopyOf(story), key = -1L - unkeyed.size());
        return key;
    }

    @Override
    public Long currentValue() {
        return current;
    }

    @Override
    public Long copyValue() {
        return current;
    }

    @Override
    public void setGroups(Collection<SearchGroup<Long>> groups) {
        currentDoc = -1;
        wanted = new LongHashSet();
        for (SearchGroup<Long> g : groups) wanted.add(g.groupValue);
    }
}
