/**
 * The SolrCloud backend: the configset and collection ({@link news.dispatch.solr.SolrInit}), the article sink
 * that indexes into a collection ({@link news.dispatch.solr.SolrIndexer}) and the {@code NewsSearcher} that
 * serves from it ({@link news.dispatch.solr.SolrSearcher}). Sharding, replication and recovery are SolrCloud's;
 * nothing here distributes anything itself.
 */
package news.dispatch.solr;
