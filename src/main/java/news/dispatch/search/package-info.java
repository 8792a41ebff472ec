/**
 * Answering searches: a {@link news.dispatch.search.SearchRequest} becomes a query (the query language, aliases,
 * entity filters, dates), facet counts, highlights and stories, returned as a
 * {@link news.dispatch.search.SearchResponse}; also one article for reading, the timeline, exports walked with a
 * cursor, index figures and health. {@link news.dispatch.search.NewsSearcher} is what callers see; the embedded
 * index ({@link news.dispatch.search.LuceneSearcher}) and SolrCloud ({@code solr}) implement it.
 *
 * <p>It imports {@code entity} and {@code index}; nothing of HTTP or Javalin, and never {@code web} or {@code cli}:
 * a request arrives already checked, and errors are exceptions whose message is for the user.
 */
package news.dispatch.search;
