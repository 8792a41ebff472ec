package news.dispatch.solr;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.request.SolrQuery;

/**
 * {@code dispatch solr init}: uploads the configset (named after the collection) and creates the collection with
 * the shards and replicas asked for. Run again, it uploads the configset anew and reloads the collection, so a new
 * alias table or schema change reaches a running cluster; the shard layout of an existing collection is kept.
 */
public final class SolrInit {
    private SolrInit() {
    }

    public static void run(SolrTarget target, int shards, int replicas, PrintStream out) throws Exception {
        try (CloudSolrClient client = SolrClients.open(target, 120)) {
            String configName = target.collection();
            Path zip = Files.createTempFile("dispatch-configset-", ".zip");
            try {
                Files.write(zip, Configset.zip());
                new ConfigSetAdminRequest.Upload().setConfigSetName(configName).setUploadFile(zip, "application/zip")
                        .setOverwrite(true).setCleanup(true).process(client);
            } finally {
                Files.deleteIfExists(zip);
            }
            out.println("Uploaded configset '" + configName + "' to " + target.zkAddress());
            List<String> existing = CollectionAdminRequest.listCollections(client);
            if (existing.contains(target.collection())) {
                CollectionAdminRequest.reloadCollection(target.collection()).process(client);
                out.println("Collection '" + target.collection() + "' exists: reloaded with the new configset "
                        + "(its shards and replicas are kept).");
            } else {
                CollectionAdminRequest.createCollection(target.collection(), configName, shards, replicas)
                        .process(client);
                out.println("Created collection '" + target.collection() + "': " + shards + " shard(s) × "
                        + replicas + " replica(s).");
            }
            // Created means the replicas exist; a query proves they answer.
            client.query(target.collection(), new SolrQuery("*:*").setRows(0));
        }
    }
}
