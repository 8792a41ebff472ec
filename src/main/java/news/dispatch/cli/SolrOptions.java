package news.dispatch.cli;

import news.dispatch.solr.SolrTarget;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code --solr} and {@code --collection}, shared by every command that can work on a SolrCloud collection instead
 * of the embedded {@code --index} folder (index, serve, solr init, entities, bench), so they read and are documented
 * alike. Inherited by subcommands ({@code entities merge … --solr …}), as {@code --index} is.
 */
public final class SolrOptions {
    @Option(names = "--solr", paramLabel = "ZKHOST:PORT[/chroot]",
            description = "A SolrCloud cluster's ZooKeeper: work on its --collection instead of the --index folder.",
            scope = ScopeType.INHERIT)
    String solr;

    @Option(names = "--collection", paramLabel = "NAME", description = "The SolrCloud collection (with --solr). Default: dispatch",
            scope = ScopeType.INHERIT)
    String collection = "dispatch";

    /** Whether {@code --solr} was given. */
    public boolean given() {
        return solr != null;
    }

    /** The collection the options name; only when {@link #given()}. */
    public SolrTarget target() {
        return SolrTarget.parse(solr, collection);
    }

    public String collection() {
        return collection;
    }
}
