package news.dispatch.search;

import java.util.Set;

import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.SearcherFactory;

import news.dispatch.index.IndexFreshness;
import news.dispatch.index.Schema;

/**
 * A searcher with what belongs to its reader: the facet state (milliseconds to build) and the index figures of
 * {@code /api/stats} (a facet pass). Both are computed once per reader generation, never per request.
 */
final class FacetedSearcher extends IndexSearcher {
    final SortedSetDocValuesReaderState facetState;
    /**
     * Whether every document of this generation has its entities' about set: the last commit says so. An index
     * written before (or half-way through the run that re-extracts it) has not, and searches read every mention.
     */
    final boolean knowsAbout;
    /**
     * The analysis chains of this generation's articles ({@link news.dispatch.index.LanguageChains}): the readings a
     * query needs. Empty for an index written before articles had one (English only, as it was read then).
     */
    final Set<String> chains;
    /** The names of the carried fields this generation's articles have ({@code bias}, …): a query may name them. */
    final Set<String> carried;
    /** How this generation runs a query's chain filters: see {@link ChainFilters}. */
    final ChainFilters chainFilters;
    /** The order by article id that breaks ties between stories, its ids read once per generation. */
    final IdOrder idOrder;
    private volatile IndexStats stats;
    private volatile List<IndexField> carriedFields;

    private FacetedSearcher(IndexReader reader) throws IOException {
        super(reader);
        this.facetState = EmptyFacetState.of(reader, Schema.facetsConfig());
        this.knowsAbout = reader instanceof DirectoryReader d
                && IndexFreshness.hasAboutSets(d.getIndexCommit().getUserData());
        this.chains = chains(reader);
        this.chainFilters = ChainFilters.of(reader);
        this.idOrder = new IdOrder(reader);
        this.carried = carried(facetState);
        // No IndexSearcher.setTimeout: DrillSideways' scorer refuses the time-limited windows it scores in. The
        // budget is asked by the reader instead (ExitableDirectoryReader: terms, doc values, points).
    }

    private static Set<String> chains(IndexReader reader) throws IOException {
        java.util.SortedSet<String> found = new java.util.TreeSet<>();
        Terms terms = MultiTerms.getTerms(reader, Schema.ANALYSIS);
        if (terms == null) return Set.of();
        TermsEnum each = terms.iterator();
        for (BytesRef term = each.next(); term != null; term = each.next()) found.add(term.utf8ToString());
        // In order: the query of every request reads the chains in the same order (its text in the response too).
        return java.util.Collections.unmodifiableSortedSet(found);
    }

    private static Set<String> carried(SortedSetDocValuesReaderState state) {
        java.util.SortedSet<String> names = new java.util.TreeSet<>();
        for (String dim : state.getDims()) {
            String name = Schema.carriedName(dim);
            if (name != null) names.add(name);
        }
        return java.util.Collections.unmodifiableSortedSet(names);
    }

    /**
     * The carried fields of this generation with their distinct values and articles, and whether each is a facet
     * ({@link IndexField#carried}): one counting pass over every article, on first use.
     */
    List<IndexField> carriedFields() throws IOException {
        List<IndexField> known = carriedFields;
        if (known != null) return known;
        synchronized (this) {
            if (carriedFields == null) {
                List<IndexField> fields = new java.util.ArrayList<>();
                if (!carried.isEmpty()) {
                    FacetsCollector all = search(new MatchAllDocsQuery(), new FacetsCollectorManager());
                    var counts = new SortedSetDocValuesFacetCounts(facetState, all);
                    for (String name : carried) {
                        FacetResult r = counts.getTopChildren(1, Schema.carriedField(name));
                        fields.add(IndexField.carried(name, r == null ? 0 : r.childCount,
                                r == null ? 0 : r.value.intValue()));
                    }
                }
                carriedFields = List.copyOf(fields);
            }
            return carriedFields;
        }
    }

    /** The mode a request's entity filters and counts are read in here: about, unless asked otherwise or unknown. */
    MentionScope mentions(SearchRequest request) {
        return knowsAbout && request.mentions() != MentionScope.ALL ? MentionScope.ABOUT : MentionScope.ALL;
    }

    /** The figures of this reader generation, computed on first use. */
    IndexStats stats() throws IOException {
        IndexStats known = stats;
        if (known != null) return known;
        synchronized (this) {
            if (stats == null) stats = computeStats();
            return stats;
        }
    }

    private IndexStats computeStats() throws IOException {
        IndexCommit commit = ((DirectoryReader) getIndexReader()).getIndexCommit();
        long bytes = 0;
        for (String file : commit.getFileNames()) {
            try {
                bytes += commit.getDirectory().fileLength(file);
            } catch (IOException vanished) {
                // A newer commit's merge removed it meanwhile; this generation is on its way out.
            }
        }
        FacetsCollector all = search(new MatchAllDocsQuery(), new FacetsCollectorManager());
        var counts = new SortedSetDocValuesFacetCounts(facetState, all);
        Map<String, Integer> values = new LinkedHashMap<>();
        for (String dim : List.of(Schema.PERSONS_DIM, Schema.COUNTRIES_DIM, Schema.DAY_DIM)) {
            FacetResult r = counts.getTopChildren(1, dim);
            values.put(dim, r == null ? 0 : r.childCount);
        }
        return new IndexStats(getIndexReader().numDocs(), bytes, commit.getUserData().get("indexed_at"), values);
    }

    static final class Factory extends SearcherFactory {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
            return new FacetedSearcher(reader);
        }
    }
}
