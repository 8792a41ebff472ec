package news.dispatch.search;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FilterSortedDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.FieldComparator;
import org.apache.lucene.search.FieldComparatorSource;
import org.apache.lucene.search.Pruning;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSelector;
import org.apache.lucene.search.comparators.TermOrdValComparator;
import org.apache.lucene.util.BytesRef;

import news.dispatch.index.Schema;

/**
 * The order by article id that breaks ties between stories, as {@code KeywordField.newSortField(ID, false, MIN)}
 * sorts (the same comparator, ordinals and bytes), with the ids' labels read once per reader generation.
 *
 * <p>Why: the comparator copies the id of every article that enters the top stories or the top articles, and each
 * copy looks its ordinal up in the segment's compressed term dictionary (a block decompressed per look-up): about a
 * twentieth of a collapsed search's first pass on Reuters (issue 29). Ordinals and ids do not change within a
 * generation; the cache holds at most one label per id of the index.
 */
final class IdOrder {
    private final List<LeafReaderContext> leaves;
    /** Per leaf of the generation's reader, its ids by ordinal; a leaf's array is made on first use. */
    private final AtomicReferenceArray<AtomicReferenceArray<BytesRef>> perLeaf;

    IdOrder(IndexReader reader) {
        this.leaves = reader.leaves();
        this.perLeaf = new AtomicReferenceArray<>(leaves.size());
    }

    /** The tie-break sort field: ids ascending, read through this generation's labels. */
    SortField sortField() {
        return new SortField(Schema.ID, new FieldComparatorSource() {
            @Override
            public FieldComparator<?> newComparator(String field, int numHits, Pruning pruning, boolean reversed) {
                // As SortedSetSortField builds it: missing ids first (there are none), selector MIN.
                return new TermOrdValComparator(numHits, field, false, reversed, pruning) {
                    @Override
                    protected SortedDocValues getSortedDocValues(LeafReaderContext context, String field)
                            throws IOException {
                        SortedDocValues values = SortedSetSelector.wrap(DocValues.getSortedSet(context.reader(), field),
                                SortedSetSelector.Type.MIN);
                        return cached(context, values);
                    }
                };
            }
        }, false);
    }

    private SortedDocValues cached(LeafReaderContext context, SortedDocValues values) {
        // Only this generation's leaves: another reader's leaf at the same position has other ordinals.
        boolean ours = context.ord < leaves.size() && leaves.get(context.ord).reader() == context.reader();
        if (!ours || values.getValueCount() == 0) return values;
        AtomicReferenceArray<BytesRef> labels = perLeaf.get(context.ord);
        if (labels == null) {
            perLeaf.compareAndSet(context.ord, null, new AtomicReferenceArray<>(values.getValueCount()));
            labels = perLeaf.get(context.ord);
        }
        if (labels.length() != values.getValueCount()) return values;
        AtomicReferenceArray<BytesRef> known = labels;
        return new FilterSortedDocValues(values) {
            @Override
            public BytesRef lookupOrd(int ord) throws IOException {
                BytesRef label = known.get(ord);
                if (label == null) {
                    label = BytesRef.deepCopyOf(in.lookupOrd(ord));
                    known.set(ord, label);
                }
                // The comparator copies the bytes and never changes them; a reference of its own all the same.
                return new BytesRef(label.bytes, label.offset, label.length);
            }
        };
    }
}
