/**
 * {@code ./dispatch bench}: each section (indexing, search in-process and over HTTP, growth, start-up, heap, health
 * and stats, research requests, SolrCloud) runs Dispatch and a plain-Lucene baseline on the same corpus in the same
 * run and prints a Markdown table. Product packages only; nothing in the product imports this.
 */
package news.dispatch.measure.bench;
