/**
 * The parity check: one corpus in the embedded index and in a SolrCloud collection, asked the same searches and
 * timelines, their answers compared (totals, stories, facet counts, top hits, timeline counts).
 */
package news.dispatch.measure.parity;
