/**
 * Live news: polling RSS and Atom feeds (conditional GETs, robots.txt, a pause per site), fetching the linked pages,
 * turning items into articles and adding them to the index while it is served ({@link news.dispatch.feed.FeedWatcher}
 * writes through {@code index.LiveIndexWriter}), with each feed's status for {@code /api/feeds}.
 *
 * <p>A source of articles beside the indexer: it imports {@code corpus} and {@code index}; never {@code search},
 * {@code web} or {@code cli}.
 */
package news.dispatch.feed;
