package news.dispatch.search;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.FieldComparator;
import org.apache.lucene.search.FieldComparatorSource;
import org.apache.lucene.search.LeafFieldComparator;
import org.apache.lucene.search.Pruning;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSelector;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

import news.dispatch.index.Schema;

/**
 * The order by article id that breaks ties between stories, as {@code KeywordField.newSortField(ID, false, MIN)}
 * sorts (ids as bytes, ascending; an article without one first), compared as this reader generation's global
 * ordinals of the ids, which are in the ids' byte order.
 *
 * <p>Why: Lucene's comparator copies the bytes of the id of every article that enters the top stories (looked up in
 * the segment's compressed term dictionary, then copied). When the order is by date and the index runs oldest to
 * newest, nearly every story enters the top ones in turn, so the copies grow with the matches: about a twentieth of
 * a collapsed search's first pass on Reuters, and more at 16× the corpus (issue 29). An ordinal is an int to copy
 * and compare; ordinals do not change within a generation, and across its segments the ordinal map (built once per
 * generation, on first use; none on a single segment) gives them in one order.
 */
final class IdOrder {
    private final List<LeafReaderContext> leaves;
    private volatile OrdinalMap globalOrds;

    IdOrder(IndexReader reader) {
        this.leaves = reader.leaves();
    }

    /** The tie-break sort field: ids ascending, compared by this generation's global ordinals. */
    SortField sortField() {
        return new SortField(Schema.ID, new FieldComparatorSource() {
            @Override
            public FieldComparator<?> newComparator(String field, int numHits, Pruning pruning, boolean reversed) {
                return new ByOrdinal(numHits);
            }
        }, false);
    }

    /** Segment ordinal to this generation's ordinal, for one of its leaves. */
    private LongValues toGlobal(LeafReaderContext context) throws IOException {
        // Only this generation's leaves: another reader's leaf at the same position has other ordinals.
        boolean ours = context.ord < leaves.size() && leaves.get(context.ord).reader() == context.reader();
        if (!ours) throw new IllegalStateException("the id order of one index generation was asked of another's");
        if (leaves.size() == 1) return LongValues.IDENTITY;
        OrdinalMap map = globalOrds;
        if (map == null) {
            synchronized (this) {
                if (globalOrds == null) {
                    SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = DocValues.getSortedSet(leaves.get(i).reader(), Schema.ID);
                    }
                    globalOrds = OrdinalMap.build(null, values, PackedInts.DEFAULT);
                }
                map = globalOrds;
            }
        }
        return map.getGlobalOrds(context.ord);
    }

    /** The comparator over global ordinals: an article without an id is −1, so it comes first, as before. */
    private final class ByOrdinal extends FieldComparator<Integer> {
        private final int[] values;
        private int bottom;

        ByOrdinal(int numHits) {
            this.values = new int[numHits];
        }

        @Override
        public int compare(int slot1, int slot2) {
            return Integer.compare(values[slot1], values[slot2]);
        }

        @Override
        public void setTopValue(Integer value) {
            throw new UnsupportedOperationException("stories are paged by offset, not searched after a value");
        }

        @Override
        public Integer value(int slot) {
            return values[slot];
        }

        @Override
        public LeafFieldComparator getLeafComparator(LeafReaderContext context) throws IOException {
            SortedDocValues ids = SortedSetSelector.wrap(DocValues.getSortedSet(context.reader(), Schema.ID),
                    SortedSetSelector.Type.MIN);
            LongValues global = toGlobal(context);
            return new LeafFieldComparator() {
                private int ord(int doc) throws IOException {
                    return ids.advanceExact(doc) ? (int) global.get(ids.ordValue()) : -1;
                }

                @Override
                public void setBottom(int slot) {
                    bottom = values[slot];
                }

                @Override
                public int compareBottom(int doc) throws IOException {
                    return Integer.compare(bottom, ord(doc));
                }

                @Override
                public int compareTop(int doc) {
                    throw new UnsupportedOperationException("stories are paged by offset, not searched after a value");
                }

                @Override
                public void copy(int slot, int doc) throws IOException {
                    values[slot] = ord(doc);
                }

                @Override
                public void setScorer(Scorable scorer) {
                }
            };
        }
    }
}
