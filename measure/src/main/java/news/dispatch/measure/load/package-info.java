/**
 * {@code ./dispatch load}: concurrent clients drive {@code /api/search} of a server on this machine at each
 * concurrency level in turn, counting errors, lost requests, latencies and the server's heap. Product packages only;
 * nothing in the product imports this.
 */
package news.dispatch.measure.load;
