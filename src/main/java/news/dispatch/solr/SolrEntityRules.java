package news.dispatch.solr;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.ZkClientClusterStateProvider;
import org.apache.solr.common.cloud.SolrZkClient;
import org.apache.solr.common.cloud.ZkStateReader;

import news.dispatch.entity.correction.EntityRule;
import news.dispatch.entity.correction.EntityRulesFile;
import news.dispatch.entity.correction.EntityRulesStore;

/**
 * A collection's entity corrections, in the same text as the embedded index's rules file ({@link EntityRulesFile}),
 * kept in ZooKeeper beside the collection's own state ({@code /collections/NAME/dispatch-entities.tsv}). Why there:
 * ZooKeeper is the cluster's replicated store of record (a quorum keeps it through the loss of any Solr node, and
 * every indexer and command on any machine reads the same rules); a document in the collection would be counted
 * and searched as an article, and a configset file is replaced whole by {@code solr init}. The node goes with the
 * collection when it is deleted, so a new collection of the same name starts without rules.
 *
 * <p>Changes are a compare-and-set on the node's version (two commands at once lose no rule), as the file's lock
 * does for the embedded index.
 */
public final class SolrEntityRules implements EntityRulesStore {
    static final String NODE = "dispatch-entities.tsv";

    private final SolrZkClient zk;
    private final String path;
    private final String collection;

    public SolrEntityRules(CloudSolrClient client, String collection) {
        this.zk = ZkClientClusterStateProvider.from(client).getZkStateReader().getZkClient();
        this.collection = collection;
        this.path = ZkStateReader.COLLECTIONS_ZKNODE + "/" + collection + "/" + NODE;
    }

    @Override
    public String where() {
        return "ZooKeeper " + path;
    }

    @Override
    public List<EntityRule> read() {
        return zkCall(() -> {
            if (!zk.exists(path)) {
                requireCollection();
                return List.of();
            }
            return EntityRulesFile.parse(new String(zk.getData(path, null, null), StandardCharsets.UTF_8), where());
        });
    }

    /** Written if no one wrote meanwhile, else read and changed again. */
    @Override
    public List<EntityRule> update(UnaryOperator<List<EntityRule>> change) {
        requireCollection();
        List<List<EntityRule>> written = new ArrayList<>(1);
        zkCall(() -> {
            zk.atomicUpdate(path, (byte[] before) -> {
                List<EntityRule> rules = before == null ? new ArrayList<>()
                        : new ArrayList<>(EntityRulesFile.parse(new String(before, StandardCharsets.UTF_8), where()));
                List<EntityRule> after = change.apply(rules);
                written.clear();
                written.add(List.copyOf(after));
                return EntityRulesFile.format(after).getBytes(StandardCharsets.UTF_8);
            });
            return null;
        });
        return written.getFirst();
    }

    private void requireCollection() {
        boolean exists = zkCall(() -> zk.exists(ZkStateReader.COLLECTIONS_ZKNODE + "/" + collection));
        if (!exists) {
            throw new IllegalArgumentException("There is no collection '" + collection + "' on this cluster: create it "
                    + "with ./dispatch solr init first.");
        }
    }

    private <T> T zkCall(Retry.Call<T> call) {
        try {
            return call.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClusterUnavailableException("interrupted while reading the entity rules from ZooKeeper", e);
        } catch (Exception e) {
            throw new ClusterUnavailableException("ZooKeeper could not read or write the entity rules of collection '"
                    + collection + "' (" + ClusterUnavailableException.reason(e) + ").", e);
        }
    }
}
