package news.dispatch.solr;

import java.io.IOException;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;

import news.dispatch.entity.QueryAliases;
import news.dispatch.index.Schema;
import news.dispatch.search.BadRequestException;
import news.dispatch.search.ExpansionGuard;
import news.dispatch.search.QueryAliasMap;
import news.dispatch.search.QueryReader;
import news.dispatch.search.ReadQuery;

/**
 * A query read as the embedded index reads it, for the notes it answers with (warnings, the lenient fallback, a
 * Cyrillic word's Latin spelling): by every analysis chain of the collection's articles, with the names of the
 * fields they carry. Solr parses the text itself.
 */
final class SolrQueryReader {
    private static final long CHAINS_TTL_NANOS = 30_000_000_000L;

    private final CompletableFuture<Language> language;
    private final SolrCalls calls;
    private final SolrCarriedFields carried;
    private volatile Chains chains;

    /** The query reader and the alias notes: built off the start-up path, they take the gazetteers. */
    private record Language(QueryReader reader, QueryAliasMap aliases) {
    }

    private record Chains(Set<String> names, long asked) {
    }

    SolrQueryReader(SolrCalls calls, SolrCarriedFields carried) {
        this.calls = calls;
        this.carried = carried;
        this.language = CompletableFuture.supplyAsync(() -> {
            QueryAliasMap aliases = new QueryAliasMap(QueryAliases.load().groups());
            return new Language(new QueryReader(Schema.queryAnalyzer(aliases.synonyms()), aliases), aliases);
        });
    }

    /** Whether the reader is built (the gazetteers loaded), so that searches can be read. */
    boolean ready() {
        return language.isDone() && !language.isCompletedExceptionally();
    }

    /** The query read by every chain of the collection, refused as {@link #guarded(String, Set)} refuses it. */
    ReadQuery guarded(String query) throws IOException {
        return guarded(query, chains());
    }

    /**
     * The query read by {@code chains} as the embedded index reads it, refused where the embedded index refuses it
     * before searching (too many wildcard terms, too many alternatives): Solr would search it, slowly or not at all.
     */
    ReadQuery guarded(String query, Set<String> chains) throws IOException {
        ReadQuery read = read(query, chains);
        ExpansionGuard.checkWithoutIndex(read.query());
        return read;
    }

    /** The query read by every chain of the collection, unguarded: its words are looked for in one article. */
    ReadQuery read(String query) throws IOException {
        return read(query, chains());
    }

    private ReadQuery read(String query, Set<String> chains) throws IOException {
        return language.join().reader().read(query, chains, carried.names());
    }

    /**
     * The analysis chains of the collection's articles (a facet over {@link Schema#ANALYSIS}), asked again after
     * {@link #CHAINS_TTL_NANOS}: a query needs one reading per chain. A collection made before the field existed
     * has none, and is read as English.
     */
    Set<String> chains() throws IOException {
        Chains known = chains;
        if (known != null && System.nanoTime() - known.asked() < CHAINS_TTL_NANOS) return known.names();
        Set<String> names = new TreeSet<>();
        try {
            SolrQuery q = new SolrQuery("*:*").setRows(0).setFacet(true).setFacetMinCount(1).setFacetLimit(-1)
                    .addFacetField(Schema.ANALYSIS);
            FacetField f = calls.query(q).getFacetField(Schema.ANALYSIS);
            if (f != null && f.getValues() != null) f.getValues().forEach(c -> names.add(c.getName()));
        } catch (BadRequestException olderSchema) {
            // No such field: an English-only collection of an older configset.
        }
        chains = new Chains(Collections.unmodifiableSet(names), System.nanoTime());
        return chains.names();
    }
}
