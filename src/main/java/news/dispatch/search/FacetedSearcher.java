package news.dispatch.search;

import java.io.IOException;

import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

import news.dispatch.index.Schema;

/**
 * A searcher with the facet state of its reader. The state costs milliseconds to build, so it is built once per
 * reader, by the SearcherManager's factory, never per request.
 */
final class FacetedSearcher extends IndexSearcher {
    final SortedSetDocValuesReaderState facetState;

    private FacetedSearcher(IndexReader reader) throws IOException {
        super(reader);
        this.facetState = new DefaultSortedSetDocValuesReaderState(reader, Schema.facetsConfig());
    }

    static final class Factory extends SearcherFactory {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
            return new FacetedSearcher(reader);
        }
    }
}
