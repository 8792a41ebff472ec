package news.dispatch.solr;

import java.io.IOException;
import java.time.Duration;

import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.util.NamedList;

import news.dispatch.search.BadRequestException;
import news.dispatch.search.SearchTimeoutException;

/**
 * Every read the searcher makes of its collection, answered as the embedded index answers: a request Solr refuses
 * as bad is a {@link BadRequestException} (400), a cluster that cannot answer a {@link ClusterUnavailableException}
 * (503), and a search stopped by the time budget a {@link SearchTimeoutException}, as the embedded index's is.
 */
final class SolrCalls {
    private final CloudSolrClient client;
    private final String collection;
    /** Solr's timeAllowed per search: the embedded index's budget, answered the same way (503). */
    private final Duration timeBudget;

    SolrCalls(CloudSolrClient client, String collection, Duration timeBudget) {
        this.client = client;
        this.collection = collection;
        this.timeBudget = timeBudget;
    }

    String collection() {
        return collection;
    }

    QueryResponse query(SolrQuery q) throws IOException {
        return call(() -> client.query(collection, q, SolrRequest.METHOD.POST));
    }

    /** A search within the time budget: Solr stops at it, and an answer it stopped is refused, not half shown. */
    QueryResponse timed(SolrQuery q) throws IOException {
        q.set("timeAllowed", String.valueOf(timeBudget.toMillis()));
        QueryResponse r = query(q);
        if (timedOut(r)) throw new SearchTimeoutException(timeBudget);
        return r;
    }

    /** One article by its id (a real-time get), or null. */
    SolrDocument byId(String id) throws IOException {
        return call(() -> client.getById(collection, id));
    }

    /** The collection's status with each core's index details. */
    NamedList<Object> status() throws IOException {
        return call(() -> client.request(CollectionAdminRequest.collectionStatus(collection).setWithCoreInfo(true)));
    }

    void close() throws IOException {
        client.close();
    }

    /** Whether a shard with no live replica left the answer without its articles. */
    static boolean partial(QueryResponse r) {
        Object p = r.getResponseHeader() == null ? null : r.getResponseHeader().get("partialResults");
        return Boolean.TRUE.equals(p) || "true".equals(String.valueOf(p));
    }

    /**
     * Solr stopped at timeAllowed: it says so beside partialResults ("Query limits: [TimeAllowedLimit:LIMIT
     * EXCEEDED]" in Solr 9.10), unlike a shard that is down.
     */
    private static boolean timedOut(QueryResponse r) {
        NamedList<?> header = r.getResponseHeader();
        if (header == null) return false;
        Object details = header.get("partialResultsDetails");
        return details != null && String.valueOf(details).contains("TimeAllowed");
    }

    private <T> T call(Retry.Call<T> call) throws IOException {
        try {
            return onceMoreIfStale(call);
        } catch (SolrException e) {
            if (e.code() == 400) {
                throw new BadRequestException("The cluster could not search this: " + shortMessage(e) + ".");
            }
            throw unavailable(e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadRequestException || e instanceof ClusterUnavailableException) throw e;
            throw unavailable(e);
        } catch (Exception e) {
            throw unavailable(e);
        }
    }

    /**
     * Runs a read, and runs it once more at once when it failed on the connection itself (EOF, reset): a pooled
     * keep-alive connection to a node that restarted fails on its first use, and the client then opens a new one.
     * Reads change nothing, so asking twice is safe; a node really down fails the second time too.
     */
    private static <T> T onceMoreIfStale(Retry.Call<T> call) throws Exception {
        try {
            return call.run();
        } catch (Exception e) {
            if (!brokenConnection(e)) throw e;
            return call.run();
        }
    }

    private static boolean brokenConnection(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.io.EOFException || t instanceof java.net.SocketException) return true;
            if (t instanceof SolrException) return false;
        }
        return false;
    }

    private static ClusterUnavailableException unavailable(Exception e) {
        return new ClusterUnavailableException("The cluster cannot answer right now ("
                + ClusterUnavailableException.reason(e) + "); try again shortly.", e);
    }

    private static String shortMessage(SolrException e) {
        String m = String.valueOf(e.getMessage());
        int cut = m.indexOf('\n');
        m = cut > 0 ? m.substring(0, cut) : m;
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }
}
