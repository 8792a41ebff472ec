package news.dispatch.search;

import java.util.List;
import java.util.Map;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * The facet state of a reader that holds no facet value at all: an index that was never given an article (a first
 * {@code watch} whose feeds were down), or whose last article was removed. Lucene's own state refuses such a reader
 * ("field $facets was not indexed with SortedSetDocValues"); this one counts nothing, so every search, timeline,
 * export and stats answer is empty instead of failing, and the server keeps following the index.
 */
final class EmptyFacetState extends SortedSetDocValuesReaderState {
    private final IndexReader reader;
    private final FacetsConfig config;

    private EmptyFacetState(IndexReader reader, FacetsConfig config) {
        this.reader = reader;
        this.config = config;
    }

    /** The facet state for {@code reader}: Lucene's (with cached labels) when it has facet values, else an empty one. */
    static SortedSetDocValuesReaderState of(IndexReader reader, FacetsConfig config) throws java.io.IOException {
        FieldInfo facets = FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
        if (facets != null && facets.getDocValuesType() == DocValuesType.SORTED_SET) {
            return new LabelCachingFacetState(reader, config);
        }
        return new EmptyFacetState(reader, config);
    }

    @Override
    public SortedSetDocValues getDocValues() {
        return DocValues.emptySortedSet();
    }

    @Override
    public String getField() {
        return FacetsConfig.DEFAULT_INDEX_FIELD_NAME;
    }

    @Override
    public IndexReader getReader() {
        return reader;
    }

    @Override
    public int getSize() {
        return 0;
    }

    @Override
    public FacetsConfig getFacetsConfig() {
        return config;
    }

    @Override
    public OrdRange getOrdRange(String dim) {
        return null;
    }

    @Override
    public Map<String, OrdRange> getPrefixToOrdRange() {
        return Map.of();
    }

    @Override
    public DimTree getDimTree(String dim) {
        return null;
    }

    @Override
    public Iterable<String> getDims() {
        return List.of();
    }

    @Override
    public long ramBytesUsed() {
        return 0;
    }
}
