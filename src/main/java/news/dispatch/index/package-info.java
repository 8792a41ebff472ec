/**
 * Writing the Lucene index: the schema in one place ({@link news.dispatch.index.Schema}), an article with its
 * entities as a Lucene document ({@link news.dispatch.index.ArticleDocument}), the indexing pipeline both backends
 * run ({@link news.dispatch.index.IndexingPipeline} into an {@link news.dispatch.index.IndexSink}), the indexer and its
 * incremental runs ({@link news.dispatch.index.Indexer}, {@link news.dispatch.index.IndexFreshness}), story grouping, the analyzers
 * search shares with it, and the live writer that feeds add to while the server searches.
 *
 * <p>It imports {@code corpus} and {@code entity}; never {@code search}, {@code web}, {@code cli} or HTTP.
 */
package news.dispatch.index;
