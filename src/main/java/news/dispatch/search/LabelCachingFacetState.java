package news.dispatch.search;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiDocValues.MultiSortedSetDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;

/**
 * The facet state of one reader generation, remembering the label of every facet ordinal it has looked up.
 *
 * <p>Why: on an index of several segments, a value's count ({@code Facets.getSpecificValue}) is a binary search
 * over the global ordinals, and every step decompresses a block of the segment's term dictionary. A search asks
 * for about sixty such counts (both counts of each listed person, country and organization), which cost it about
 * a tenth of its CPU on Reuters. Ordinals and labels do not change within a generation, so each label is read
 * once per generation; the binary search then compares cached labels. The cache holds at most one label per
 * ordinal of the facet field, so no request can make it grow beyond the index's own dictionary.
 */
final class LabelCachingFacetState extends DefaultSortedSetDocValuesReaderState {
    private final AtomicReferenceArray<BytesRef> labels;

    LabelCachingFacetState(IndexReader reader, FacetsConfig config) throws IOException {
        super(reader, config);
        this.labels = new AtomicReferenceArray<>(getSize());
    }

    /**
     * The facet field's doc values with cached label lookups. A single segment's own doc values are handed out
     * as they are: their lookups seek that segment's dictionary directly, without a binary search over ordinals.
     */
    @Override
    public SortedSetDocValues getDocValues() throws IOException {
        SortedSetDocValues values = super.getDocValues();
        // labels is null while the superclass constructor reads the dimensions' ordinal ranges.
        if (labels == null || !(values instanceof MultiSortedSetDocValues multi)) return values;
        // The facet counts read the ordinal map from a MultiSortedSetDocValues: this stays one.
        return new CachedLabels(multi);
    }

    private final class CachedLabels extends MultiSortedSetDocValues {
        CachedLabels(MultiSortedSetDocValues multi) {
            super(multi.values, multi.docStarts, multi.mapping, multi.cost());
        }

        /** {@code lookupTerm}'s binary search calls this too, so it runs on cached labels. */
        @Override
        public BytesRef lookupOrd(long ord) throws IOException {
            int i = Math.toIntExact(ord);
            BytesRef known = labels.get(i);
            if (known == null) {
                known = BytesRef.deepCopyOf(super.lookupOrd(ord));
                labels.set(i, known);
            }
            // A reference of its own: a caller may move offset and length, never the shared bytes.
            return new BytesRef(known.bytes, known.offset, known.length);
        }
    }
}
