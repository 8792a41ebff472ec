package news.dispatch.solr;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where a collection lives: ZooKeeper hosts ({@code host:port,host:port}), an optional chroot ({@code /solr}) and
 * the collection's name, as the command line gives them ({@code --solr zk1:2181,zk2:2181/solr --collection news}).
 */
public record SolrTarget(List<String> zkHosts, Optional<String> chroot, String collection) {

    public SolrTarget {
        zkHosts = List.copyOf(zkHosts);
        if (zkHosts.isEmpty()) throw new IllegalArgumentException("--solr needs at least one ZooKeeper host:port");
        if (collection == null || !collection.matches("[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException("--collection must be a name of letters, digits, '.', '_' or '-', not '"
                    + collection + "'");
        }
    }

    /** Parses {@code host:port[,host:port…][/chroot]}. */
    public static SolrTarget parse(String zk, String collection) {
        String hosts = zk.strip();
        Optional<String> chroot = Optional.empty();
        int slash = hosts.indexOf('/');
        if (slash >= 0) {
            String root = hosts.substring(slash);
            if (!root.equals("/")) chroot = Optional.of(root);
            hosts = hosts.substring(0, slash);
        }
        List<String> list = Arrays.stream(hosts.split(",")).map(String::strip).filter(h -> !h.isEmpty()).toList();
        for (String h : list) {
            if (!h.matches("[^:\\s]+:\\d{1,5}")) {
                throw new IllegalArgumentException("--solr takes ZooKeeper addresses as host:port[,host:port][/chroot], "
                        + "not '" + zk + "'");
            }
        }
        return new SolrTarget(list, chroot, collection);
    }

    public String zkAddress() {
        return String.join(",", zkHosts) + chroot.orElse("");
    }
}
