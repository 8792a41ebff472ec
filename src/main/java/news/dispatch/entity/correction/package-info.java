/**
 * The corrections a user makes to the entities of an index: one rule
 * ({@link news.dispatch.entity.correction.EntityRule}), the overrides file beside the index
 * ({@link news.dispatch.entity.correction.EntityRulesFile}), the rules applied to an article's entities
 * ({@link news.dispatch.entity.correction.EntityRules}) and what they changed
 * ({@link news.dispatch.entity.correction.Correction}).
 *
 * <p>It imports {@code corpus}, {@code news.dispatch.entity} and {@code entity.person} (one name per person); no
 * Lucene: applying the rules to an index is the index's job.
 */
package news.dispatch.entity.correction;
