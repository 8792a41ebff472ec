package news.dispatch.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.grouping.GroupSelector;
import org.apache.lucene.search.grouping.SearchGroup;
import org.apache.lucene.util.BytesRef;

import news.dispatch.index.Schema;

/**
 * Groups hits by their story ({@link Schema#STORY}, a binary doc value). An article without one (an index written
 * before stories) is a story of its own, under its id: never lumped together with other such articles.
 */
final class StorySelector extends GroupSelector<BytesRef> {
    private BinaryDocValues stories;
    private SortedSetDocValues ids;
    private BytesRef current;
    /** The document {@link #current} is the story of, in this leaf; -1 before the first. */
    private int currentDoc = -1;
    private State currentState;
    private Set<BytesRef> wanted;

    @Override
    public void setNextReader(LeafReaderContext ctx) throws IOException {
        stories = ctx.reader().getBinaryDocValues(Schema.STORY);
        ids = ctx.reader().getSortedSetDocValues(Schema.ID);
        currentDoc = -1;
    }

    @Override
    public void setScorer(Scorable scorer) {
    }

    /**
     * The story of {@code doc}. Asked again for the same document (the collapse's collectors share one selector: each
     * needs every match's story), it answers from the first reading: a story is a compressed doc value, read once.
     */
    @Override
    public State advanceTo(int doc) throws IOException {
        if (doc == currentDoc) return currentState;
        currentDoc = doc;
        currentState = read(doc);
        return currentState;
    }

    private State read(int doc) throws IOException {
        if (stories != null && stories.advanceExact(doc)) {
            current = stories.binaryValue();
        } else if (ids != null && ids.advanceExact(doc)) {
            current = ids.lookupOrd(ids.nextOrd());
        } else {
            current = new BytesRef("#" + doc);
        }
        return wanted == null || wanted.contains(current) ? State.ACCEPT : State.SKIP;
    }

    @Override
    public BytesRef currentValue() {
        return current;
    }

    @Override
    public BytesRef copyValue() {
        return BytesRef.deepCopyOf(current);
    }

    @Override
    public void setGroups(Collection<SearchGroup<BytesRef>> groups) {
        currentDoc = -1;
        wanted = new HashSet<>();
        for (SearchGroup<BytesRef> g : groups) wanted.add(g.groupValue);
    }
}
