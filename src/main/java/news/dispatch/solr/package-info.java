/**
 * The SolrCloud backend: the configset and collection ({@link news.dispatch.solr.SolrInit}), the indexer that runs
 * the indexing pipeline into a collection ({@link news.dispatch.solr.SolrIndexer}, its sink
 * {@link news.dispatch.solr.SolrSink}) and the {@code NewsSearcher} that
 * serves from it ({@link news.dispatch.solr.SolrSearcher}). Sharding, replication and recovery are SolrCloud's;
 * nothing here distributes anything itself.
 *
 * <p>Another backend behind {@code search}'s interfaces: it imports {@code corpus}, {@code entity}, {@code index} and
 * {@code search}; never {@code web} or {@code cli}.
 */
package news.dispatch.solr;
