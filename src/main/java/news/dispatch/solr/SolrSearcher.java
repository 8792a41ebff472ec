package news.dispatch.solr;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.SolrQuery;

import news.dispatch.search.ArticleView;
import news.dispatch.search.Health;
import news.dispatch.search.IndexField;
import news.dispatch.search.IndexStats;
import news.dispatch.search.NewsSearcher;
import news.dispatch.search.QueryLimits;
import news.dispatch.search.SearchRequest;
import news.dispatch.search.SearchResponse;
import news.dispatch.search.SearchResponse.FacetValue;
import news.dispatch.search.Timeline;

/**
 * The search engine over a SolrCloud collection: the same answers as the embedded index, computed by Solr. The
 * query is read here too ({@link SolrQueryReader}: warnings, the lenient fallback, how it was read) and sent to
 * Solr's edismax parser with the same fields and weights ({@link SolrSearchQuery}); the synonyms in the configset
 * are the same aliases. Facets are multi-select ({@link SolrSearchFacets}), highlighting is Solr's unified
 * highlighter with our escaping ({@link SolrHighlights}), related articles come from MoreLikeThis, deep paging from
 * {@code cursorMark} ({@link SolrSearch}). A shard with no live replica makes the answer {@code partial}; a cluster
 * that cannot answer is a {@link ClusterUnavailableException} (503), within the client's time limits
 * ({@link SolrCalls}). This class opens the collection and hands each question to the class that answers it.
 */
public final class SolrSearcher implements NewsSearcher {
    private final SolrCalls calls;
    /** The fields the articles' inputs carry, as the collection keeps them. */
    private final SolrCarriedFields carried;
    private final SolrQueryReader reader;
    private final SolrSearch search;
    private final SolrArticleView articles;
    private final SolrCounts counts;
    private final SolrTimeline timeline;
    private final SolrStats stats;

    private SolrSearcher(SolrCalls calls) {
        this.calls = calls;
        this.carried = new SolrCarriedFields(calls);
        this.reader = new SolrQueryReader(calls, carried);
        SolrSearchQuery query = new SolrSearchQuery(reader, carried);
        this.search = new SolrSearch(reader, query, new SolrSearchFacets(query, calls, carried), calls);
        this.articles = new SolrArticleView(calls, reader);
        this.counts = new SolrCounts(reader, query, calls);
        this.timeline = new SolrTimeline(reader, query, calls);
        this.stats = new SolrStats(calls);
    }

    /**
     * Connects to the collection and checks that it answers. ZooKeeper unreachable or a missing collection is a
     * {@link ClusterUnavailableException} with one sentence.
     */
    public static SolrSearcher open(SolrTarget target) {
        return open(target, QueryLimits.TIME_BUDGET);
    }

    /** As {@link #open(SolrTarget)}, with another time budget per search than {@link QueryLimits#TIME_BUDGET}. */
    public static SolrSearcher open(SolrTarget target, Duration timeBudget) {
        CloudSolrClient client = SolrClients.open(target);
        try {
            if (client.getClusterStateProvider().getState(target.collection()) == null) {
                throw new ClusterUnavailableException("The cluster at " + target.zkAddress() + " has no collection '"
                        + target.collection() + "'; create it with: ./dispatch solr init --solr " + target.zkAddress()
                        + " --collection " + target.collection(), null);
            }
        } catch (RuntimeException e) {
            SolrClients.closeQuietly(client);
            throw e;
        }
        return new SolrSearcher(new SolrCalls(client, target.collection(), timeBudget));
    }

    @Override
    public SearchResponse search(SearchRequest request) throws IOException {
        return search.search(request);
    }

    @Override
    public ArticleView article(String id) throws IOException {
        return article(id, null, 0);
    }

    @Override
    public ArticleView article(String id, String query) throws IOException {
        return article(id, query, 0);
    }

    @Override
    public ArticleView article(String id, String query, int matchesFrom) throws IOException {
        return articles.of(id, query, matchesFrom);
    }

    @Override
    public List<FacetValue> entities(String dim, String prefix, SearchRequest within, int size) throws IOException {
        return counts.entities(dim, prefix, within, size);
    }

    @Override
    public long count(SearchRequest request) throws IOException {
        return counts.count(request);
    }

    @Override
    public List<String> unheld(String dim, List<String> values) throws IOException {
        return counts.unheld(dim, values);
    }

    @Override
    public Timeline timeline(List<Timeline.Wanted> series, Timeline.Interval interval, LocalDate from, LocalDate to)
            throws IOException {
        return timeline.of(series, interval, from, to);
    }

    @Override
    public IndexStats stats() throws IOException {
        return stats.read();
    }

    /** The index's own fields and those the collection's articles carry, as the embedded index lists them. */
    @Override
    public List<IndexField> fields() throws IOException {
        List<IndexField> fields = new ArrayList<>(IndexField.builtIn());
        fields.addAll(carried.fields());
        return fields;
    }

    @Override
    public Health health() throws IOException {
        if (!reader.ready()) return new Health(Health.STARTING, 0);
        return new Health(Health.READY, (int) calls.query(new SolrQuery("*:*").setRows(0)).getResults().getNumFound());
    }

    /** Solr makes new articles visible on its own (soft commits): nothing to do. */
    @Override
    public void maybeRefresh() {
    }

    @Override
    public void close() throws IOException {
        calls.close();
    }
}
