package news.dispatch.search;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.index.FilterSortedSetDocValues;
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
     * The facet field's doc values with cached label lookups. On a single segment (a fresh build is merged into
     * one) a lookup would seek the segment's dictionary and decompress a block of it for every count asked — about
     * a twelfth of a search's CPU on Reuters (issue 29) — so its doc values get the same cache.
     */
    @Override
    public SortedSetDocValues getDocValues() throws IOException {
        SortedSetDocValues values = super.getDocValues();
        // labels is null while the superclass constructor reads the dimensions' ordinal ranges.
        if (labels == null) return values;
        // The facet counts read the ordinal map from a MultiSortedSetDocValues: this stays one. A single segment's
        // counts read its own doc values from the leaf, whatever this returns.
        if (values instanceof MultiSortedSetDocValues multi) return new CachedLabels(multi);
        return new CachedSegmentLabels(values);
    }

    /** A label of the cache, read once per generation; a reference of its own, as a caller may move it. */
    private BytesRef label(long ord, SortedSetDocValues values) throws IOException {
        int i = Math.toIntExact(ord);
        BytesRef known = labels.get(i);
        if (known == null) {
            known = BytesRef.deepCopyOf(values.lookupOrd(ord));
            labels.set(i, known);
        }
        return new BytesRef(known.bytes, known.offset, known.length);
    }

    /** A single segment's doc values, its labels cached and looked up by a binary search over them. */
    private final class CachedSegmentLabels extends FilterSortedSetDocValues {
        CachedSegmentLabels(SortedSetDocValues in) {
            super(in);
        }

        @Override
        public BytesRef lookupOrd(long ord) throws IOException {
            return label(ord, in);
        }

        /** {@link SortedSetDocValues#lookupTerm}'s own binary search, which the segment's doc values replace. */
        @Override
        public long lookupTerm(BytesRef key) throws IOException {
            long low = 0;
            long high = getValueCount() - 1;
            while (low <= high) {
                long mid = (low + high) >>> 1;
                int cmp = lookupOrd(mid).compareTo(key);
                if (cmp < 0) {
                    low = mid + 1;
                } else if (cmp > 0) {
                    high = mid - 1;
                } else {
                    return mid;
                }
            }
            return -(low + 1);
        }
    }

    private final class CachedLabels extends MultiSortedSetDocValues {
        /** The labels as the multi-segment doc values read them (this object's own lookupOrd is the cache). */
        private final SortedSetDocValues ordinals;

        CachedLabels(MultiSortedSetDocValues multi) {
            super(multi.values, multi.docStarts, multi.mapping, multi.cost());
            this.ordinals = multi;
        }

        /** {@code lookupTerm}'s binary search calls this too, so it runs on cached labels. */
        @Override
        public BytesRef lookupOrd(long ord) throws IOException {
            return label(ord, ordinals);
        }
    }
}
