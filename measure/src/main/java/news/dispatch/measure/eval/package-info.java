/**
 * {@code ./dispatch eval}: entity quality against hand-tagged data (CoNLL-2003, worldwide newswire, Reuters-21578
 * places and people), story grouping against labelled pairs, extraction speed, and the checks of the top persons
 * facet. Scores are precision, recall and F1 ({@link news.dispatch.measure.eval.Score}). Product packages only;
 * nothing in the product imports this.
 */
package news.dispatch.measure.eval;
