package news.dispatch.cli;

import java.util.concurrent.Callable;

import news.dispatch.solr.SolrInit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dispatch solr init}: prepares a SolrCloud collection for Dispatch. */
@Command(name = "solr", mixinStandardHelpOptions = true, description = "Work with a SolrCloud cluster.",
        subcommands = SolrCommand.Init.class)
public final class SolrCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("Say what to do: ./dispatch solr init --solr ZKHOST:PORT[/chroot] --collection NAME");
        return 1;
    }

    @Command(name = "init", mixinStandardHelpOptions = true,
            description = "Upload Dispatch's configset (schema, settings, aliases as synonyms) and create the collection; "
                    + "run again to update the configset of an existing collection.")
    static final class Init implements Callable<Integer> {
        @Mixin
        SolrOptions solr = new SolrOptions();

        @Option(names = "--shards", description = "Shards of a new collection. Default: 2") int shards = 2;

        @Option(names = "--replicas", description = "Replicas of each shard. Default: 1") int replicas = 1;

        @Override
        public Integer call() throws Exception {
            if (shards < 1 || replicas < 1) throw new IllegalArgumentException("--shards and --replicas must be at least 1");
            if (!solr.given()) throw new IllegalArgumentException("solr init needs --solr ZKHOST:PORT[/chroot]");
            SolrInit.run(solr.target(), shards, replicas, System.err);
            return 0;
        }
    }
}
