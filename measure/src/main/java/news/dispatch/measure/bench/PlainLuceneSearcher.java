package news.dispatch.measure.bench;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import news.dispatch.index.Schema;
import news.dispatch.search.SearchRequest;

/**
 * The search baseline: what a plain Lucene program does for the same request on the same index. The classic
 * parser over title^2 and body with all words required, filters as FILTER clauses, BM25 or date order, one
 * SortedSetDocValues facet count (countries) and the UnifiedHighlighter's stock output for title and body; no
 * drill-sideways, aliases, date histogram, cursors or query guards.
 */
final class PlainLuceneSearcher implements Closeable {
    private static final int SNIPPETS = 3;

    private final Directory dir;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final SortedSetDocValuesReaderState facetState;
    private final FacetsConfig config = Schema.facetsConfig();
    private final Analyzer analyzer = Schema.indexAnalyzer();
    private final UnifiedHighlighter highlighter;

    PlainLuceneSearcher(Path indexDir) throws IOException {
        this.dir = FSDirectory.open(indexDir);
        this.reader = DirectoryReader.open(dir);
        this.searcher = new IndexSearcher(reader);
        this.facetState = new DefaultSortedSetDocValuesReaderState(reader, config);
        this.highlighter = UnifiedHighlighter.builder(searcher, analyzer).withMaxLength(1_000_000).build();
    }

    /** Answers one request; returns the number of hits shown, so the work cannot be optimized away. */
    int search(SearchRequest request) throws IOException {
        Query words = parse(request.query());
        BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(words, Occur.MUST);
        String facetField = config.getDimConfig(Schema.COUNTRIES_DIM).indexFieldName;
        for (String c : request.countries()) {
            filtered.add(new TermQuery(DrillDownQuery.term(facetField, Schema.COUNTRIES_DIM, c)), Occur.FILTER);
        }
        for (String p : request.persons()) {
            filtered.add(new TermQuery(DrillDownQuery.term(facetField, Schema.PERSONS_DIM, p)), Occur.FILTER);
        }
        if (request.from() != null || request.to() != null) {
            filtered.add(LongField.newRangeQuery(Schema.DATE, millis(request.from(), 0, Long.MIN_VALUE),
                    millis(request.to(), 1, Long.MAX_VALUE) - 1), Occur.FILTER);
        }
        Query query = filtered.build();
        FacetsCollectorManager.FacetsResult result = request.sort() == SearchRequest.Sort.RELEVANCE
                ? FacetsCollectorManager.search(searcher, query, request.size(), new FacetsCollectorManager())
                : FacetsCollectorManager.search(searcher, query, request.size(), byDate(request.sort()),
                new FacetsCollectorManager());
        TopDocs top = result.topDocs();
        new SortedSetDocValuesFacetCounts(facetState, result.facetsCollector())
                .getTopChildren(request.facets(), Schema.COUNTRIES_DIM);
        Map<String, String[]> marked = highlighter.highlightFields(new String[] {Schema.TITLE, Schema.BODY}, words,
                top, new int[] {1, SNIPPETS});
        StoredFields stored = searcher.storedFields();
        int shown = 0;
        for (ScoreDoc hit : top.scoreDocs) {
            if (stored.document(hit.doc, java.util.Set.of(Schema.ID)).get(Schema.ID) != null) shown++;
        }
        return shown + marked.size();
    }

    private Query parse(String text) {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {Schema.TITLE, Schema.BODY}, analyzer,
                Map.of(Schema.TITLE, 2f, Schema.BODY, 1f));
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException("the baseline cannot parse '" + text + "': " + e.getMessage(), e);
        }
    }

    private static Sort byDate(SearchRequest.Sort sort) {
        boolean newest = sort == SearchRequest.Sort.NEWEST;
        return new Sort(LongField.newSortField(Schema.DATE, newest, SortedNumericSelector.Type.MIN));
    }

    private static long millis(LocalDate day, int plusDays, long none) {
        return day == null ? none : day.plusDays(plusDays).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    @Override
    public void close() throws IOException {
        reader.close();
        dir.close();
    }
}
