package news.dispatch.solr;

import java.util.concurrent.TimeUnit;

import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;

/**
 * SolrCloud clients with a time limit on every call: a cluster that cannot answer makes a request fail within
 * seconds, never hang. HTTP goes through the JDK's client (Solr's Jetty client would clash with Javalin's Jetty).
 */
public final class SolrClients {
    static final int CONNECT_SECONDS = 5;
    static final int REQUEST_SECONDS = 20;
    static final int ZK_SECONDS = 10;

    private SolrClients() {
    }

    /**
     * A client of the target's collection. ZooKeeper that cannot be reached is a {@link ClusterUnavailableException}
     * with one sentence saying so.
     */
    public static CloudSolrClient open(SolrTarget target) {
        return open(target, REQUEST_SECONDS);
    }

    static CloudSolrClient open(SolrTarget target, int requestSeconds) {
        var http = new HttpJdkSolrClient.Builder()
                .withConnectionTimeout(CONNECT_SECONDS, TimeUnit.SECONDS)
                .withIdleTimeout(requestSeconds, TimeUnit.SECONDS)
                .withRequestTimeout(requestSeconds, TimeUnit.SECONDS);
        CloudSolrClient client = new CloudSolrClient.Builder(target.zkHosts(), target.chroot())
                .withHttpClientBuilder(http)
                .withZkConnectTimeout(ZK_SECONDS, TimeUnit.SECONDS)
                .withZkClientTimeout(ZK_SECONDS * 3, TimeUnit.SECONDS)
                .withDefaultCollection(target.collection())
                .build();
        try {
            client.connect(ZK_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            closeQuietly(client);
            throw new ClusterUnavailableException("ZooKeeper at " + target.zkAddress() + " cannot be reached ("
                    + ClusterUnavailableException.reason(e) + "); check --solr and that the cluster is running.", e);
        }
        return client;
    }

    static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // Closing after a failure: the failure is what the user needs to hear about.
        }
    }
}
